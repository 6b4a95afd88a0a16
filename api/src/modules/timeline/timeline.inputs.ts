import { ArrayMaxSize, ArrayMinSize, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A baseline: the value of an executable at one revision, usually a tagged release.' })
export class TimelineBaselineInput {
  @Field(() => ID, { description: 'The executable whose value is the baseline.' })
  executableId!: string;

  @Field(() => ID, { description: 'The revision of that executable’s project to take the value at.' })
  revisionId!: string;
}

/**
 * What the timeline and its grid share. Never in the schema itself: type-graphql
 * copies the fields of a registered parent input into each child.
 */
@InputType({ description: 'What a timeline shows; shared by `TimelineInput` and `TimelineGridInput`.' })
export abstract class TimelineScopeInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The environment (machine). Default: the one named by DEF_ENVIRONMENT, else the first environment with results.',
  })
  environmentId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The executables, one series each per branch. Default: every executable of a tracked project with results on the environment.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  executableIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Branch names; each executable gets a series on each of these branches its project has. Default: each project’s default branch.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @MaxLength(32, { each: true })
  branches?: string[] | null;

  @Field(() => TimelineBaselineInput, {
    nullable: true,
    description: 'A baseline to draw beside the series, returned as one value per benchmark. None when omitted.',
  })
  baseline?: TimelineBaselineInput | null;
}

@InputType({
  description: 'Which timelines to draw: benchmarks, executables, environment, branches, points, baseline.',
})
export class TimelineInput extends TimelineScopeInput {
  @Field(() => [ID], {
    nullable: true,
    description:
      'The benchmarks, one chart each, in this order. Default: the one named by DEF_BENCHMARK, else the first by name with results.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  benchmarkIds?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many points per series: its newest `limit` results, in revision order (Codespeed offered 10, 50, 200, 1000). Default: DEF_TIMELINE_LIMIT.',
  })
  @Min(1)
  limit?: number | null;
}

@InputType({ description: 'A page of the timeline grid: small charts of every benchmark with results.' })
export class TimelineGridInput extends TimelineScopeInput {
  @Field(() => Int, {
    nullable: true,
    description:
      'How many points per series: its newest `limit` results, in revision order. Default: 15, as Codespeed’s grid.',
  })
  @Min(1)
  limit?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many benchmarks per page, 1 to 500. Default: TIMELINE_GRID_LIMIT.',
  })
  @Min(1)
  @Max(500)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}
