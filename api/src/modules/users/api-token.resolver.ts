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
import { DeleteInput, DeletePayload } from '../../lib/delete.js';
import { forbidden, notFound, parseId } from '../../lib/errors.js';
import { paginate } from '../../lib/paginate.js';
import type { Context } from '../../server/context.js';
import { ApiToken } from './api-token.entity.js';
import { User } from './user.entity.js';
import { CreateApiTokenInput, CreateApiTokenPayload } from './users.inputs.js';

@ObjectType({ description: 'A page of API tokens, in the order they were created.' })
export class ApiTokenConnection extends Connection(ApiToken) {}

@ArgsType()
class ApiTokensArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Whose tokens (admins only); the caller’s when omitted.' })
  userId?: string | null;
}

/** Resolvers run after `@Authorized()`, so the caller is known. */
const caller = (ctx: Context): User => ctx.user!;

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized()
  @Query(() => ApiTokenConnection, { description: 'The caller’s API tokens, or (for an admin) another user’s.' })
  apiTokens(@Args() { userId, ...page }: ApiTokensArgs, @Ctx() ctx: Context) {
    const me = caller(ctx);
    const owner = userId ? parseId(userId, 'userId') : me.id;
    if (owner !== me.id && !me.isAdmin) throw forbidden('Only an admin may list another user’s tokens');
    return paginate(ctx.em, ApiToken, { user: owner }, page, { id: 'asc' });
  }

  @FieldResolver(() => User, { description: 'The user the token acts as.' })
  user(@Root() token: ApiToken, @Ctx() { loaders }: Context) {
    return loaders.require(User, token.user.id);
  }

  @Authorized()
  @Mutation(() => CreateApiTokenPayload, {
    description: 'Issues an API token for the caller. The secret is in the answer and nowhere else.',
  })
  createApiToken(
    @Arg('input', { description: 'What the token is for.' }) input: CreateApiTokenInput,
    @Ctx() ctx: Context,
  ) {
    // The caller was loaded by another EntityManager: hand this one a reference, not that entity.
    const owner = ctx.em.getReference(User, caller(ctx).id);
    return ctx.services.users.createToken(ctx.em, owner, input.name);
  }

  @Authorized()
  @Mutation(() => DeletePayload, {
    description: 'Revokes an API token: requests that send it fail from then on. Admins may revoke anyone’s.',
  })
  async revokeApiToken(
    @Arg('input', { description: 'Which token to revoke.' }) input: DeleteInput,
    @Ctx() ctx: Context,
  ) {
    const id = parseId(input.id);
    // Someone else's token is "not found" to a non-admin: its existence is not theirs to learn.
    if (!(await ctx.services.users.revokeToken(ctx.em, caller(ctx), id))) throw notFound('API token', 'id', input.id);
    return { deletedId: String(id) };
  }
}
