import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../lib/connection.js';

@ObjectType({ description: 'One point of a series: the result of an executable at a revision of the branch.' })
export class TimelinePoint {
  @Field(() => ID, { description: 'The revision measured.' })
  revisionId!: number;

  @Field({ description: 'Commit id of the revision.' })
  commitId!: string;

  @Field({ description: 'Date of the revision: where the point sits on a date axis.' })
  date!: Date;

  @Field({
    description:
      'The revision’s place in its branch’s history, as an ISO 8601 time in UTC to the microsecond (`2026-08-05T00:00:00.000001Z`): its date, or, where version control knows the first-parent history, a moment after its parent’s (rebased commits share one date, and are set a microsecond apart: finer than a DateTimeISO). A series’ points come in this order, then by revision id; it places the revisions of several series on one axis.',
  })
  orderedAt!: string;

  @Field({ description: 'Tag of the revision, empty when untagged.' })
  tag!: string;

  @Field(() => Float, { description: 'The measured value, in the benchmark’s units.' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Standard deviation of the samples behind the value.' })
  stdDev!: number | null;

  @Field(() => Float, { nullable: true, description: 'Smallest sample (lower extreme of a median benchmark’s band).' })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest sample (upper extreme of a median benchmark’s band).' })
  max!: number | null;

  @Field(() => Float, { nullable: true, description: 'First quartile of the samples (median benchmarks).' })
  q1!: number | null;

  @Field(() => Float, { nullable: true, description: 'Third quartile of the samples (median benchmarks).' })
  q3!: number | null;
}

@ObjectType({ description: 'One line of a chart: an executable’s results on one branch, oldest first.' })
export class TimelineSeries {
  executableId!: number;
  branchId!: number;

  @Field(() => [TimelinePoint], {
    description:
      'The newest results of the series, oldest first, in history order on the branch (`orderedAt`, then id).',
  })
  points!: TimelinePoint[];
}

@ObjectType({ description: 'The timeline of one benchmark: a series per executable and branch, and the baseline.' })
export class BenchmarkTimeline {
  benchmarkId!: number;

  @Field(() => [TimelineSeries], {
    description: 'A series per executable and branch that has results; in the order of the executables, then branches.',
  })
  series!: TimelineSeries[];

  @Field(() => Float, {
    nullable: true,
    description: 'The baseline executable’s value at the baseline revision; null without a baseline or a result there.',
  })
  baselineValue!: number | null;
}

@ObjectType({ description: 'The baseline a timeline is drawn against.' })
export class TimelineBaseline {
  executableId!: number;
  revisionId!: number;
}

@ObjectType({ description: 'What a timeline shows once defaults from the settings are applied.' })
export class TimelineScope {
  environmentId!: number | null;
  executableIds!: number[];

  @Field(() => [String], {
    nullable: true,
    description: 'The branch names asked for; null means each project’s default branch.',
  })
  branches!: string[] | null;

  @Field(() => Int, { description: 'Points per series at most.' })
  limit!: number;

  @Field(() => TimelineBaseline, { nullable: true, description: 'The baseline, when one was asked for.' })
  baseline!: TimelineBaseline | null;
}

@ObjectType({ description: 'Timelines of one or several benchmarks (Codespeed’s Timeline view).' })
export class Timeline {
  @Field(() => TimelineScope, { description: 'What is shown: environment, executables, branches, limit, baseline.' })
  scope!: TimelineScope;

  @Field(() => [BenchmarkTimeline], {
    description: 'One timeline per benchmark, in the order asked; empty when nothing has results yet.',
  })
  benchmarks!: BenchmarkTimeline[];
}

@ObjectType({
  description:
    'A page of the timeline grid: benchmarks with results, by name, with their last points. A page may hold fewer than `first`: a benchmark without points on the chosen branches is not drawn.',
})
export class TimelineGrid extends Connection(BenchmarkTimeline, false) {
  @Field(() => TimelineScope, { description: 'What is shown: environment, executables, branches, limit, baseline.' })
  scope!: TimelineScope;
}
