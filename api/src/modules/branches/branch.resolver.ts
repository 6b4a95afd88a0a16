import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Connection, PageArgs } from '../../lib/connection.js';
import { createOne, deleteOne, findOrFail, updateOne } from '../../lib/crud.js';
import { DeleteInput, DeletePayload } from '../../lib/delete.js';
import { parseId } from '../../lib/errors.js';
import { paginate } from '../../lib/paginate.js';
import type { Context } from '../../server/context.js';
import { Project } from '../projects/project.entity.js';
import { Branch } from './branch.entity.js';
import { BranchPayload, CreateBranchInput, UpdateBranchInput } from './branch.inputs.js';

@ObjectType({ description: 'A page of branches, in the order they were created.' })
export class BranchConnection extends Connection(Branch) {}

@ArgsType()
class BranchesArgs extends PageArgs {
  @Field(() => ID, { description: 'The project whose branches to list; none for an unknown project.' })
  projectId!: string;
}

const nameTaken = (name: string | undefined) => `the project already has a branch named ${JSON.stringify(name)}`;

@Resolver(() => Branch)
export class BranchResolver {
  @Query(() => BranchConnection, { description: 'The branches of a project.' })
  branches(@Args() { projectId, ...page }: BranchesArgs, @Ctx() { em }: Context) {
    return paginate(em, Branch, { project: parseId(projectId, 'projectId') }, page, { id: 'asc' });
  }

  @Query(() => Branch, { nullable: true, description: 'One branch, by id.' })
  branch(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() { em }: Context) {
    return em.findOne(Branch, { id: parseId(id) });
  }

  @FieldResolver(() => Project, { description: 'The project the branch belongs to.' })
  project(@Root() branch: Branch, @Ctx() { loaders }: Context) {
    return loaders.require(Project, branch.project.id);
  }

  @Authorized()
  @Mutation(() => BranchPayload, { description: 'Adds a branch to a project; results can also create one.' })
  async createBranch(
    @Arg('input', { description: 'The branch to create.' }) input: CreateBranchInput,
    @Ctx() { em }: Context,
  ) {
    const project = await findOrFail(em, Project, parseId(input.projectId, 'projectId'), 'projectId');
    const branch = await createOne(
      em,
      Branch,
      { project, name: input.name, displayOnComparisonPage: input.displayOnComparisonPage ?? true },
      nameTaken(input.name),
    );
    return { branch };
  }

  @Authorized()
  @Mutation(() => BranchPayload, { description: 'Renames a branch or changes whether it shows on comparisons.' })
  async updateBranch(
    @Arg('input', { description: 'Which branch, and what to change.' }) { id, ...patch }: UpdateBranchInput,
    @Ctx() { em }: Context,
  ) {
    const branch = await updateOne(em, Branch, parseId(id), patch, nameTaken(patch.name));
    return { branch };
  }

  @Authorized()
  @Mutation(() => DeletePayload, {
    description: 'Deletes a branch with its revisions and their results and reports.',
  })
  async deleteBranch(
    @Arg('input', { description: 'Which branch to delete.' }) input: DeleteInput,
    @Ctx() { em }: Context,
  ) {
    return { deletedId: String(await deleteOne(em, Branch, parseId(input.id))) };
  }
}
