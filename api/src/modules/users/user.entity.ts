import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A person or robot allowed to write to Speedgraph.' })
@Entity({ tableName: 'app_user' })
export class User {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field({ description: 'Unique login name.' })
  @Property({ type: 'string', length: 150, unique: true })
  username!: string;

  /** scrypt hash; never exposed. */
  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @Field({ description: 'Admins may manage users and every token.' })
  @Property({ type: 'boolean', default: false })
  isAdmin: boolean = false;

  @Field({ description: 'When the user was created.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
