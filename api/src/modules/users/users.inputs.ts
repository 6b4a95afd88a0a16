import { Length, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { ApiToken } from './api-token.entity.js';
import { User } from './user.entity.js';

@InputType({ description: 'A new user who may write to Speedgraph.' })
export class CreateUserInput {
  @Field({ description: 'Unique login name.' })
  @Length(1, 150)
  // A colon would split wrongly in HTTP Basic credentials (`user:password`).
  @Matches(/^[^\s:]+$/, { message: 'username must not contain spaces or colons' })
  username!: string;

  @Field({ description: 'Password, at least 8 characters; only its hash is stored.' })
  @MinLength(8)
  @MaxLength(1000)
  password!: string;

  @Field({ nullable: true, description: 'Whether the user may manage users and every token. Default: false.' })
  isAdmin?: boolean;
}

@ObjectType({ description: 'The user a mutation created.' })
export class UserPayload {
  @Field(() => User, { description: 'The user as stored.' })
  user!: User;
}

@InputType({ description: 'A new API token for the signed-in user.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for ("CI of project X").' })
  @Length(1, 100)
  name!: string;
}

@ObjectType({ description: 'A new API token, with its secret: shown this once, never again.' })
export class CreateApiTokenPayload {
  @Field({
    description: 'The secret to send as `Authorization: Bearer <token>`. Store it now: it cannot be shown again.',
  })
  token!: string;

  @Field(() => ApiToken, { description: 'The token as stored (without its secret).' })
  apiToken!: ApiToken;
}
