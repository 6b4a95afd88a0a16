import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Branch } from '../branches/branch.entity.js';
import { Project } from '../projects/project.entity.js';

@ObjectType({ description: 'One commit of a branch that has (or had) results.' })
@Entity({ tableName: 'revision' })
@Unique({ properties: ['branch', 'commitId'] })
@Index({ properties: ['branch', 'date'] })
export class Revision {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field({ description: 'The commit id (hash, or revision number for Subversion), unique within its branch.' })
  @Property({ type: 'string', length: 42 })
  commitId!: string;

  @Field({ description: 'A release tag; a tagged revision can serve as a baseline. Empty when untagged.' })
  @Property({ type: 'string', length: 100, default: '' })
  tag: string = '';

  @Field({ description: 'When the commit was made (or, without version control, when its first result arrived).' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  date!: Date;

  @Field({ description: 'Commit author, filled from version control when available.' })
  @Property({ type: 'string', length: 100, default: '' })
  author: string = '';

  @Field({ description: 'Commit message, filled from version control when available.' })
  @Property({ type: 'text', default: '' })
  message: string = '';

  @ManyToOne(() => Project, { deleteRule: 'cascade' })
  project!: Rel<Project>;

  @ManyToOne(() => Branch, { deleteRule: 'cascade' })
  branch!: Rel<Branch>;
}
