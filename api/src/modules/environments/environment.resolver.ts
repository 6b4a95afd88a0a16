import { Arg, Args, Authorized, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, PageArgs } from '../../lib/connection.js';
import { createOne, deleteOne, updateOne } from '../../lib/crud.js';
import { DeleteInput, DeletePayload } from '../../lib/delete.js';
import { badInput, parseId } from '../../lib/errors.js';
import { paginate } from '../../lib/paginate.js';
import type { Context } from '../../server/context.js';
import { Environment } from './environment.entity.js';
import { CreateEnvironmentInput, EnvironmentPayload, UpdateEnvironmentInput } from './environment.inputs.js';

@ObjectType({ description: 'A page of environments, in the order they were created.' })
export class EnvironmentConnection extends Connection(Environment) {}

@Resolver(() => Environment)
export class EnvironmentResolver {
  @Query(() => EnvironmentConnection, { description: 'The machines that run benchmarks.' })
  environments(@Args() page: PageArgs, @Ctx() { em }: Context) {
    return paginate(em, Environment, {}, page, { id: 'asc' });
  }

  @Query(() => Environment, { nullable: true, description: 'One environment, by id or by name.' })
  environment(
    @Ctx() { em }: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Its id.' }) id?: string,
    @Arg('name', () => String, { nullable: true, description: 'Its name.' }) name?: string,
  ) {
    if (id) return em.findOne(Environment, { id: parseId(id) });
    if (name) return em.findOne(Environment, { name });
    throw badInput('id', 'give an id or a name');
  }

  @Authorized()
  @Mutation(() => EnvironmentPayload, { description: 'Registers a machine; results can name it from then on.' })
  async createEnvironment(
    @Arg('input', { description: 'The environment to create.' }) input: CreateEnvironmentInput,
    @Ctx() { em }: Context,
  ) {
    const environment = await createOne(
      em,
      Environment,
      {
        name: input.name,
        cpu: input.cpu ?? '',
        memory: input.memory ?? '',
        os: input.os ?? '',
        kernel: input.kernel ?? '',
      },
      `an environment named ${JSON.stringify(input.name)} already exists`,
    );
    return { environment };
  }

  @Authorized()
  @Mutation(() => EnvironmentPayload, { description: 'Changes an environment’s name or description.' })
  async updateEnvironment(
    @Arg('input', { description: 'Which environment, and what to change.' }) { id, ...patch }: UpdateEnvironmentInput,
    @Ctx() { em }: Context,
  ) {
    const environment = await updateOne(
      em,
      Environment,
      parseId(id),
      patch,
      `an environment named ${JSON.stringify(patch.name)} already exists`,
    );
    return { environment };
  }

  @Authorized()
  @Mutation(() => DeletePayload, { description: 'Deletes an environment and every result and report measured on it.' })
  async deleteEnvironment(
    @Arg('input', { description: 'Which environment to delete.' }) input: DeleteInput,
    @Ctx() { em }: Context,
  ) {
    return { deletedId: String(await deleteOne(em, Environment, parseId(input.id))) };
  }
}
