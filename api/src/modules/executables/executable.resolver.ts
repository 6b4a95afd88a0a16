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
import { Executable } from './executable.entity.js';
import { CreateExecutableInput, ExecutablePayload, UpdateExecutableInput } from './executable.inputs.js';

@ObjectType({ description: 'A page of executables, in the order they were created.' })
export class ExecutableConnection extends Connection(Executable) {}

@ArgsType()
class ExecutablesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the executables of this project; all when omitted.' })
  projectId?: string | null;
}

const nameTaken = (name: string | undefined) => `the project already has an executable named ${JSON.stringify(name)}`;

@Resolver(() => Executable)
export class ExecutableResolver {
  @Query(() => ExecutableConnection, { description: 'The builds or variants of projects that are benchmarked.' })
  executables(@Args() { projectId, ...page }: ExecutablesArgs, @Ctx() { em }: Context) {
    const where = projectId ? { project: parseId(projectId, 'projectId') } : {};
    return paginate(em, Executable, where, page, { id: 'asc' });
  }

  @Query(() => Executable, { nullable: true, description: 'One executable, by id.' })
  executable(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() { em }: Context) {
    return em.findOne(Executable, { id: parseId(id) });
  }

  @FieldResolver(() => Project, { description: 'The project the executable belongs to.' })
  project(@Root() executable: Executable, @Ctx() { loaders }: Context) {
    return loaders.require(Project, executable.project.id);
  }

  @Authorized()
  @Mutation(() => ExecutablePayload, { description: 'Adds an executable to a project; results can also create one.' })
  async createExecutable(
    @Arg('input', { description: 'The executable to create.' }) input: CreateExecutableInput,
    @Ctx() { em }: Context,
  ) {
    const project = await findOrFail(em, Project, parseId(input.projectId, 'projectId'), 'projectId');
    const executable = await createOne(
      em,
      Executable,
      { project, name: input.name, description: input.description ?? '' },
      nameTaken(input.name),
    );
    return { executable };
  }

  @Authorized()
  @Mutation(() => ExecutablePayload, { description: 'Renames an executable or changes its description.' })
  async updateExecutable(
    @Arg('input', { description: 'Which executable, and what to change.' }) { id, ...patch }: UpdateExecutableInput,
    @Ctx() { em }: Context,
  ) {
    const executable = await updateOne(em, Executable, parseId(id), patch, nameTaken(patch.name));
    return { executable };
  }

  @Authorized()
  @Mutation(() => DeletePayload, { description: 'Deletes an executable with its results and reports.' })
  async deleteExecutable(
    @Arg('input', { description: 'Which executable to delete.' }) input: DeleteInput,
    @Ctx() { em }: Context,
  ) {
    return { deletedId: String(await deleteOne(em, Executable, parseId(input.id))) };
  }
}
