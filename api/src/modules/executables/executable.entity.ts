import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Project } from '../projects/project.entity.js';

@ObjectType({ description: 'A build or variant of a project that is benchmarked, such as "cpython 3.13 --jit".' })
@Entity({ tableName: 'executable' })
@Unique({ properties: ['project', 'name'] })
export class Executable {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field({ description: 'Name, unique within its project.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field({ description: 'Free text about how this executable is built or run.' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @ManyToOne(() => Project, { deleteRule: 'cascade' })
  project!: Rel<Project>;
}
