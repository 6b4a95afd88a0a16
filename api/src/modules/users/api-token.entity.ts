import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from './user.entity.js';

@ObjectType({
  description:
    'A secret that lets a client act as its user (`Authorization: Bearer <token>`). Only its hash is stored.',
})
@Entity({ tableName: 'api_token' })
export class ApiToken {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field({ description: 'What the token is for ("CI of project X").' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field({ description: 'The first characters of the token, to recognise it without revealing it.' })
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  /** SHA-256 of the token: tokens are random and long, so a fast hash is enough. */
  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @Field({ description: 'When the token was created.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When the token was last used, if ever.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;
}
