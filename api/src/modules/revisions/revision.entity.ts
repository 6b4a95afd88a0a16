import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Branch } from '../branches/branch.entity.js';
import { Project } from '../projects/project.entity.js';

export type RevisionEnrichment = 'none' | 'pending' | 'ready' | 'failed';

@ObjectType({ description: 'One commit of a branch that has (or had) results.' })
@Entity({ tableName: 'revision' })
@Unique({ properties: ['branch', 'commitId'] })
@Index({ properties: ['branch', 'orderedAt', 'id'] })
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

  /** Exposed through a field resolver, which hides it when SHOW_AUTHOR_EMAIL_ADDRESS is off. */
  @Property({ type: 'string', length: 100, default: '' })
  authorEmail: Opt<string> = '';

  /**
   * Position on the branch: the date, until version control places the revision
   * along the branch's first-parent history (rebased commits share one date).
   * Optional on create: a new revision sits at its date (SQL writers that leave
   * it out get the same from migration 0004's trigger).
   */
  @Property({
    type: 'datetime',
    columnType: 'timestamptz',
    onCreate: (revision: Revision) => revision.orderedAt ?? revision.date,
  })
  orderedAt!: Opt<Date>;

  /** Where version control enrichment stands: none (no repository), pending, ready, failed. */
  @Property({ type: 'string', columnType: 'text', default: 'none' })
  enrichment: Opt<RevisionEnrichment> = 'none';

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  enrichedAt: Date | null = null;

  /** How many commits the log since the previous revision holds (only the newest 500 are stored). */
  @Property({ type: 'integer', nullable: true })
  commitCount: number | null = null;

  @ManyToOne(() => Project, { deleteRule: 'cascade' })
  project!: Rel<Project>;

  @ManyToOne(() => Branch, { deleteRule: 'cascade' })
  branch!: Rel<Branch>;
}
