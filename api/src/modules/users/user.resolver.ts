import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { refusalsAsErrors } from '../../lib/crud.js';
import type { Context } from '../../server/context.js';
import { User } from './user.entity.js';
import { CreateUserInput, UserPayload } from './users.inputs.js';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The user the request is made as; null when anonymous.' })
  viewer(@Ctx() { user }: Context): User | null {
    return user;
  }

  @Authorized('ADMIN')
  @Mutation(() => UserPayload, { description: 'Creates a user (admins only).' })
  async createUser(
    @Arg('input', { description: 'The user to create.' }) input: CreateUserInput,
    @Ctx() { em, services }: Context,
  ) {
    const user = await refusalsAsErrors(
      { field: 'username', message: `a user named ${JSON.stringify(input.username)} already exists` },
      () =>
        services.users.createUser(em, {
          username: input.username,
          password: input.password,
          isAdmin: input.isAdmin ?? false,
        }),
    );
    return { user };
  }
}
