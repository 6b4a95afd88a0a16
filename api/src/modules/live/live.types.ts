import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import type { Colour } from '../../analytics/summary.js';
import { ReportColour } from '../reports/report.entity.js';

/*
 * What subscriptions send. Ids rather than nested objects: a view that
 * subscribes already has the projects, benchmarks and executables it shows,
 * and an event must not cost a database read per watcher.
 */

@ObjectType({ description: 'A revision as live events carry it: where it belongs and how a plot labels it.' })
export class LiveRevision {
  @Field(() => ID, { description: 'The revision’s id.' })
  id!: number;

  @Field(() => ID, { description: 'Its project.' })
  projectId!: number;

  @Field(() => ID, { description: 'Its branch.' })
  branchId!: number;

  @Field({ description: 'The commit id (hash, or revision number for Subversion).' })
  commitId!: string;

  @Field({ description: 'When the commit was made; it orders the branch’s history.' })
  date!: Date;

  @Field({ description: 'A release tag, empty when untagged; a tagged revision can be a baseline.' })
  tag!: string;
}

@ObjectType({ description: 'One result just stored: enough to draw its point without asking again.' })
export class AddedResult {
  @Field(() => LiveRevision, { description: 'The revision measured.' })
  revision!: LiveRevision;

  @Field(() => ID, { description: 'The executable measured.' })
  executableId!: number;

  @Field(() => ID, { description: 'The benchmark run.' })
  benchmarkId!: number;

  @Field(() => ID, { description: 'The machine it ran on.' })
  environmentId!: number;

  @Field(() => Float, { description: 'The measured value, in the benchmark’s units.' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Standard deviation of the samples behind the value.' })
  stdDev!: number | null;

  @Field(() => Float, { nullable: true, description: 'Smallest sample.' })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest sample.' })
  max!: number | null;

  @Field(() => Float, { nullable: true, description: 'First quartile of the samples.' })
  q1!: number | null;

  @Field(() => Float, { nullable: true, description: 'Third quartile of the samples.' })
  q3!: number | null;

  @Field({ description: 'When the measurement was taken.' })
  date!: Date;
}

@ObjectType({
  description:
    'Results of one committed batch (the part that matches the subscription’s filter). A result submitted again replaces the earlier one, so a view replaces its point.',
})
export class ResultsAddedEvent {
  @Field(() => [AddedResult], { description: 'The results stored, at least one.' })
  results!: AddedResult[];
}

@ObjectType({ description: 'A report computed again after new results: its one-line summary and colour.' })
export class ReportUpdatedEvent {
  @Field(() => LiveRevision, { description: 'The revision the report is for.' })
  revision!: LiveRevision;

  @Field(() => ID, { description: 'The executable the report is for.' })
  executableId!: number;

  @Field(() => ID, { description: 'The environment the report is for.' })
  environmentId!: number;

  @Field({ description: 'One line such as "Average time down 25.0%", or "no significant changes".' })
  summary!: string;

  @Field(() => ReportColour, { description: 'Red for a regression, green for an improvement; lighter for trends.' })
  colour!: Colour;
}

@ObjectType({ description: 'A revision whose commit metadata changed: filled in from version control, or edited.' })
export class RevisionUpdatedEvent {
  @Field(() => LiveRevision, { description: 'The revision, as it now is.' })
  revision!: LiveRevision;

  @Field({ description: 'Commit author.' })
  author!: string;

  @Field({ description: 'Commit message.' })
  message!: string;
}

@InputType({ description: 'Which results to watch; every field given must match, an omitted field matches all.' })
export class ResultsAddedFilter {
  @Field(() => ID, { nullable: true, description: 'Only results of this project.' })
  projectId?: string;

  @Field(() => ID, { nullable: true, description: 'Only results of revisions of this branch.' })
  branchId?: string;

  @Field(() => ID, { nullable: true, description: 'Only results of this executable.' })
  executableId?: string;

  @Field(() => ID, { nullable: true, description: 'Only results of this benchmark.' })
  benchmarkId?: string;

  @Field(() => ID, { nullable: true, description: 'Only results measured on this environment.' })
  environmentId?: string;
}

@InputType({ description: 'Which reports to watch; every field given must match, an omitted field matches all.' })
export class ReportUpdatedFilter {
  @Field(() => ID, { nullable: true, description: 'Only reports of this project.' })
  projectId?: string;

  @Field(() => ID, { nullable: true, description: 'Only reports of revisions of this branch.' })
  branchId?: string;

  @Field(() => ID, { nullable: true, description: 'Only the reports of this revision.' })
  revisionId?: string;

  @Field(() => ID, { nullable: true, description: 'Only reports of this executable.' })
  executableId?: string;

  @Field(() => ID, { nullable: true, description: 'Only reports of this environment.' })
  environmentId?: string;
}

@InputType({ description: 'Which revisions to watch; every field given must match, an omitted field matches all.' })
export class RevisionUpdatedFilter {
  @Field(() => ID, { nullable: true, description: 'Only revisions of this project.' })
  projectId?: string;

  @Field(() => ID, { nullable: true, description: 'Only revisions of this branch.' })
  branchId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this revision.' })
  revisionId?: string;
}
