import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Connection, PageArgs } from '../../lib/connection.js';
import { createOne, deleteOne, updateOne } from '../../lib/crud.js';
import { DeleteInput, DeletePayload } from '../../lib/delete.js';
import { parseId } from '../../lib/errors.js';
import { findByIdOrName } from '../../lib/lookup.js';
import { paginate } from '../../lib/paginate.js';
import type { Context } from '../../server/context.js';
import { Branch } from '../branches/branch.entity.js';
import { Executable } from '../executables/executable.entity.js';
import { Project, RepositoryType } from './project.entity.js';
import { CreateProjectInput, ProjectPayload, UpdateProjectInput } from './project.inputs.js';

@ObjectType({ description: 'A page of projects, in the order they were created.' })
export class ProjectConnection extends Connection(Project) {}

const nameTaken = (name: string | undefined) => `a project named ${JSON.stringify(name)} already exists`;

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'The projects whose performance is tracked.' })
  projects(@Args() page: PageArgs, @Ctx() { em }: Context) {
    return paginate(em, Project, {}, page, { id: 'asc' });
  }

  @Query(() => Project, { nullable: true, description: 'One project, by id or by name.' })
  project(
    @Ctx() { em }: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Its id.' }) id?: string,
    @Arg('name', () => String, { nullable: true, description: 'Its name.' }) name?: string,
  ) {
    return findByIdOrName(em, Project, id, name);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether a repository password is stored; the password itself is never returned.',
  })
  hasRepositoryPassword(@Root() project: Project): boolean {
    return project.repositoryPassword !== '';
  }

  @FieldResolver(() => [Branch], { description: 'The branches of the project, by name.' })
  branches(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.children(Branch, 'project', project.id, { name: 'asc' });
  }

  @FieldResolver(() => [Executable], { description: 'The executables of the project, by name.' })
  executables(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.children(Executable, 'project', project.id, { name: 'asc' });
  }

  @Authorized()
  @Mutation(() => ProjectPayload, { description: 'Registers a project; results can also create one by naming it.' })
  async createProject(
    @Arg('input', { description: 'The project to create.' }) input: CreateProjectInput,
    @Ctx() { em }: Context,
  ) {
    const project = await createOne(
      em,
      Project,
      {
        name: input.name,
        repositoryType: input.repositoryType ?? RepositoryType.NONE,
        repositoryUrl: input.repositoryUrl ?? '',
        repositoryUser: input.repositoryUser ?? '',
        repositoryPassword: input.repositoryPassword ?? '',
        commitBrowsingUrl: input.commitBrowsingUrl ?? '',
        trackChanges: input.trackChanges ?? true,
        defaultBranch: input.defaultBranch ?? '',
      },
      nameTaken(input.name),
    );
    return { project };
  }

  @Authorized()
  @Mutation(() => ProjectPayload, { description: 'Changes a project’s name, repository or settings.' })
  async updateProject(
    @Arg('input', { description: 'Which project, and what to change.' }) { id, ...patch }: UpdateProjectInput,
    @Ctx() { em }: Context,
  ) {
    const project = await updateOne(em, Project, parseId(id), patch, nameTaken(patch.name));
    return { project };
  }

  @Authorized()
  @Mutation(() => DeletePayload, {
    description: 'Deletes a project with its branches, revisions, executables, and their results and reports.',
  })
  async deleteProject(
    @Arg('input', { description: 'Which project to delete.' }) input: DeleteInput,
    @Ctx() { em, services }: Context,
  ) {
    const deletedId = await deleteOne(em, Project, parseId(input.id));
    await services.enrichment.forgetProject(deletedId);
    return { deletedId: String(deletedId) };
  }
}
