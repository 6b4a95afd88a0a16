import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'A machine that runs benchmarks. Environments are created by an admin, never by a result upload.',
})
@Entity({ tableName: 'environment' })
export class Environment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field({ description: 'Unique name, as clients send it in the `environment` field.' })
  @Property({ type: 'string', length: 100, unique: true })
  name!: string;

  @Field({ description: 'Processor model.' })
  @Property({ type: 'string', length: 100, default: '' })
  cpu: string = '';

  @Field({ description: 'Installed memory, as free text ("32 GiB").' })
  @Property({ type: 'string', length: 100, default: '' })
  memory: string = '';

  @Field({ description: 'Operating system.' })
  @Property({ type: 'string', length: 100, default: '' })
  os: string = '';

  @Field({ description: 'Kernel version.' })
  @Property({ type: 'string', length: 100, default: '' })
  kernel: string = '';
}
