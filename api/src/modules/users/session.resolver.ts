import { Arg, Ctx, Field, InputType, Mutation, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { unauthenticated } from '../../lib/errors.js';
import type { Context } from '../../server/context.js';
import { checkPassword } from './password-check.js';
import { CreateApiTokenPayload } from './users.inputs.js';

@InputType({ description: 'A user name and password, as typed into the dashboard’s sign-in form.' })
class SignInInput {
  @Field({ description: 'The user name.' })
  @MaxLength(150)
  username!: string;

  @Field({ description: 'The password.' })
  @MaxLength(1000)
  password!: string;
}

/**
 * Signing in is getting an API token: the dashboard keeps it and sends it as
 * any client would, and signing out revokes it (`revokeApiToken`).
 */
@Resolver()
export class SessionResolver {
  @Mutation(() => CreateApiTokenPayload, {
    description: 'Checks a user name and password and issues an API token for the dashboard (shown once).',
  })
  async signIn(
    @Arg('input', { description: 'The credentials.' }) input: SignInInput,
    @Ctx() { services, em, clientAddress }: Context,
  ): Promise<CreateApiTokenPayload> {
    const user = await checkPassword(() =>
      services.users.userForPassword(input.username, input.password, clientAddress),
    );
    // One message for both cases, so the form does not reveal which user names exist.
    if (!user) throw unauthenticated('Wrong user name or password');
    return services.users.createToken(em, em.merge(user), 'dashboard sign-in');
  }
}
