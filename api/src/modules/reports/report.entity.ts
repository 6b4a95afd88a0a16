import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { Environment } from '../environments/environment.entity.js';
import { Executable } from '../executables/executable.entity.js';
import { Revision } from '../revisions/revision.entity.js';

/**
 * The changes table of a revision against the previous one, per executable and
 * environment (Codespeed's Report). Filled after ingestion by the reports module.
 */
@Entity({ tableName: 'report' })
@Unique({ properties: ['revision', 'executable', 'environment'] })
export class Report {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Revision, { deleteRule: 'cascade' })
  revision!: Rel<Revision>;

  @ManyToOne(() => Executable, { deleteRule: 'cascade' })
  executable!: Rel<Executable>;

  @ManyToOne(() => Environment, { deleteRule: 'cascade' })
  environment!: Rel<Environment>;

  @Property({ type: 'string', length: 64, default: '' })
  summary: string = '';

  @Property({ type: 'string', length: 16, default: 'none' })
  colour: string = 'none';

  @Property({ type: 'json', nullable: true })
  table: unknown = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}
