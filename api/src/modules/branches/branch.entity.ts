import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Project } from '../projects/project.entity.js';

@ObjectType({ description: 'A line of development of a project; revisions belong to one branch.' })
@Entity({ tableName: 'branch' })
@Unique({ properties: ['project', 'name'] })
export class Branch {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field({ description: 'Branch name, unique within its project.' })
  @Property({ type: 'string', length: 32 })
  name!: string;

  @ManyToOne(() => Project, { deleteRule: 'cascade' })
  project!: Rel<Project>;

  @Field({ description: 'Whether the latest revision of this branch is offered as a column on the comparison page.' })
  @Property({ type: 'boolean', default: true })
  displayOnComparisonPage: boolean = true;
}
