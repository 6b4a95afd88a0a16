import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Environment } from '../environments/environment.entity.js';
import { Executable } from '../executables/executable.entity.js';
import { Revision } from '../revisions/revision.entity.js';

export enum ReportColour {
  RED = 'red',
  GREEN = 'green',
  YELLOW = 'yellow',
  LIGHTGREEN = 'lightgreen',
  NONE = 'none',
}

registerEnumType(ReportColour, {
  name: 'ReportColour',
  description: 'How a report reads at a glance (Codespeed’s colour codes).',
  valuesConfig: {
    RED: { description: 'A significant regression.' },
    GREEN: { description: 'A significant improvement.' },
    YELLOW: { description: 'No significant change, but a trend getting worse.' },
    LIGHTGREEN: { description: 'No significant change, but a trend getting better.' },
    NONE: { description: 'Nothing significant.' },
  },
});

/**
 * The changes table of a revision against the previous one, per executable and
 * environment (Codespeed's Report), kept up to date after every ingestion.
 */
@ObjectType({
  description:
    'What changed at a revision for one executable on one environment: a one-line summary and a colour. The full table is the `changes` query.',
})
@Entity({ tableName: 'report' })
@Unique({ properties: ['revision', 'executable', 'environment'] })
export class Report {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Revision, { deleteRule: 'cascade' })
  revision!: Rel<Revision>;

  @ManyToOne(() => Executable, { deleteRule: 'cascade' })
  executable!: Rel<Executable>;

  @ManyToOne(() => Environment, { deleteRule: 'cascade' })
  environment!: Rel<Environment>;

  @Field({ description: 'One line such as "Average time down 25.0%", or "no significant changes".' })
  @Property({ type: 'string', length: 64, default: '' })
  summary: string = '';

  @Field(() => ReportColour, { description: 'Red for a regression, green for an improvement; lighter for trends.' })
  @Enum({ items: () => ReportColour, type: 'string', columnType: 'varchar(16)', default: ReportColour.NONE })
  colour: ReportColour = ReportColour.NONE;

  /** The changes table at the default trend depth, kept for feeds. */
  @Property({ type: 'json', nullable: true })
  table: unknown = null;

  @Field({ description: 'When the report was last computed.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}
