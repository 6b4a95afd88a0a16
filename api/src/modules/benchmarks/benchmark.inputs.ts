import { Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { NotNullWhenGiven } from '../../lib/validation.js';
import { Benchmark, BenchmarkType, DataType } from './benchmark.entity.js';

@InputType({ description: 'A new benchmark.' })
export class CreateBenchmarkInput {
  @Field({ description: 'Unique name; clients send it in the `benchmark` field of results.' })
  @Length(1, 100)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The benchmark this one belongs under, if any.' })
  parentId?: string | null;

  @Field(() => BenchmarkType, { nullable: true, description: 'Cross-project or own-project. Default: CROSS_PROJECT.' })
  benchmarkType?: BenchmarkType;

  @Field(() => DataType, { nullable: true, description: 'Whether values are means or medians. Default: MEAN.' })
  dataType?: DataType;

  @Field({ nullable: true, description: 'What the benchmark does.' })
  description?: string;

  @Field({ nullable: true, description: 'The quantity measured ("Time", "Memory"). Default: "Time".' })
  @Length(1, 30)
  unitsTitle?: string;

  @Field({ nullable: true, description: 'The unit of values ("seconds", "MB"). Default: "seconds".' })
  @MaxLength(20)
  units?: string;

  @Field({ nullable: true, description: 'True when a lower value is an improvement. Default: true.' })
  lessIsBetter?: boolean;

  @Field({ nullable: true, description: 'Whether it is selected by default on the comparison page. Default: true.' })
  defaultOnComparison?: boolean;
}

@InputType({ description: 'Changes to a benchmark; omitted fields stay as they are.' })
export class UpdateBenchmarkInput {
  @Field(() => ID, { description: 'The benchmark to change.' })
  id!: string;

  @Field({ nullable: true, description: 'New unique name.' })
  @NotNullWhenGiven()
  @Length(1, 100)
  name?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The benchmark this one belongs under; null to make it top-level. It may not be a descendant.',
  })
  parentId?: string | null;

  @Field(() => BenchmarkType, { nullable: true, description: 'Cross-project or own-project.' })
  @NotNullWhenGiven()
  benchmarkType?: BenchmarkType;

  @Field(() => DataType, { nullable: true, description: 'Whether values are means or medians.' })
  @NotNullWhenGiven()
  dataType?: DataType;

  @Field({ nullable: true, description: 'What the benchmark does.' })
  @NotNullWhenGiven()
  description?: string;

  @Field({ nullable: true, description: 'The quantity measured ("Time", "Memory").' })
  @NotNullWhenGiven()
  @Length(1, 30)
  unitsTitle?: string;

  @Field({ nullable: true, description: 'The unit of values ("seconds", "MB").' })
  @NotNullWhenGiven()
  @MaxLength(20)
  units?: string;

  @Field({ nullable: true, description: 'True when a lower value is an improvement.' })
  @NotNullWhenGiven()
  lessIsBetter?: boolean;

  @Field({ nullable: true, description: 'Whether it is selected by default on the comparison page.' })
  @NotNullWhenGiven()
  defaultOnComparison?: boolean;
}

@ObjectType({ description: 'The benchmark a mutation created or changed.' })
export class BenchmarkPayload {
  @Field(() => Benchmark, { description: 'The benchmark as stored.' })
  benchmark!: Benchmark;
}
