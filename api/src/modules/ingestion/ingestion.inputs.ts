import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';

/**
 * Checked by checkSubmission (submission.ts), the rules both doors share, rather
 * than by class-validator decorators: see the resolver.
 */
@InputType({ description: 'One measurement to store. Names are found or created, except the environment.' })
export class ResultInput {
  @Field({ description: 'Commit id of the revision measured (a number for Subversion projects).' })
  commitId!: string;

  @Field({ description: 'Branch of the revision; created if new.' })
  branch!: string;

  @Field({ description: 'Project name; created (tracked, with this branch as default) if new.' })
  project!: string;

  @Field({ description: 'Executable name within the project; created if new.' })
  executable!: string;

  @Field({ description: 'Benchmark name; created if new.' })
  benchmark!: string;

  @Field({ description: 'Name of an existing environment: environments are never created by a submission.' })
  environment!: string;

  @Field(() => Float, { description: 'The measured value, in the benchmark’s units.' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Standard deviation of the samples.' })
  stdDev?: number;

  @Field(() => Float, { nullable: true, description: 'Smallest sample.' })
  min?: number;

  @Field(() => Float, { nullable: true, description: 'Largest sample.' })
  max?: number;

  @Field(() => Float, { nullable: true, description: 'First quartile of the samples.' })
  q1?: number;

  @Field(() => Float, { nullable: true, description: 'Third quartile of the samples.' })
  q3?: number;

  @Field({
    nullable: true,
    description: 'Date of the revision, used only when this submission creates it. Default: now.',
  })
  revisionDate?: Date;

  @Field({ nullable: true, description: 'When the measurement was taken. Default: the revision’s date.' })
  resultDate?: Date;

  @Field({ nullable: true, description: 'Description of the benchmark, used only when this submission creates it.' })
  benchmarkDescription?: string;

  @Field({
    nullable: true,
    description: 'Units of the benchmark ("seconds"), used only when this submission creates it.',
  })
  units?: string;

  @Field({
    nullable: true,
    description: 'Quantity of the benchmark ("Time"), used only when this submission creates it.',
  })
  unitsTitle?: string;

  @Field({
    nullable: true,
    description: 'Whether less is better, used only when this submission creates the benchmark. Default: true.',
  })
  lessIsBetter?: boolean;
}

export const MAX_BATCH = 10_000;

@InputType({ description: 'A batch of results, stored whole or not at all.' })
export class SubmitResultsInput {
  @Field(() => [ResultInput], { description: 'The results; up to 10,000 per batch.' })
  results!: ResultInput[];
}

@ObjectType({ description: 'What a stored batch did.' })
export class SubmitResultsPayload {
  @Field(() => Int, { description: 'Results that were new.' })
  created!: number;

  @Field(() => Int, { description: 'Results that replaced an earlier submission of the same measurement.' })
  replaced!: number;

  @Field(() => Int, { description: 'Distinct (revision, executable, environment) the batch touched: one report each.' })
  reportsQueued!: number;
}
