import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { BenchmarkInfo } from '../../analytics/changes-table.js';

export enum Significance {
  IMPROVED = 'green',
  REGRESSED = 'red',
  NONE = 'none',
}

registerEnumType(Significance, {
  name: 'Significance',
  description: 'Whether a change or trend passes its threshold, and in which direction for the benchmark.',
  valuesConfig: {
    IMPROVED: { description: 'Beyond the threshold, for the better (green).' },
    REGRESSED: { description: 'Beyond the threshold, for the worse (red).' },
    NONE: { description: 'Within the threshold, or nothing to compare with.' },
  },
});

@ObjectType({ description: 'A change in percent; infinite when the earlier value was zero.' })
export class PercentChange {
  @Field(() => Float, { nullable: true, description: 'The change in percent; null when infinite.' })
  percent!: number | null;

  @Field({ description: 'True when the earlier value was zero and this one is not: the change is ±∞.' })
  infinite!: boolean;

  @Field(() => Significance, { description: 'Whether it passes the threshold, and which way.' })
  significance!: Significance;
}

@ObjectType({ description: 'One benchmark’s line of a changes table.' })
export class ChangesRow {
  /** Resolved to the Benchmark type by the resolver. */
  benchmarkInfo!: BenchmarkInfo;

  @Field(() => Float, { description: 'The result at this revision.' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Its standard deviation.' })
  stdDev!: number | null;

  @Field(() => Float, { nullable: true, description: 'Its smallest sample.' })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: 'Its largest sample.' })
  max!: number | null;

  @Field(() => PercentChange, {
    nullable: true,
    description: 'Against the previous revision; null when it has no result.',
  })
  change!: PercentChange | null;

  @Field(() => PercentChange, {
    nullable: true,
    description: 'Against the average of the trend window (up to three older revisions); null without one.',
  })
  trend!: PercentChange | null;
}

@ObjectType({ description: 'The changes of one quantity (units title), such as Time or Memory.' })
export class ChangesQuantity {
  @Field({ description: 'The quantity ("Time").' })
  unitsTitle!: string;

  @Field({ description: 'Its units ("seconds").' })
  units!: string;

  @Field({ description: 'Whether less is better for this quantity.' })
  lessIsBetter!: boolean;

  @Field({ description: 'Whether any row has a standard deviation (show the column).' })
  hasStdDev!: boolean;

  @Field({ description: 'Whether any row has a minimum.' })
  hasMin!: boolean;

  @Field({ description: 'Whether any row has a maximum.' })
  hasMax!: boolean;

  @Field(() => Int, { description: 'Decimal places that show the smallest value with two significant digits.' })
  precision!: number;

  @Field(() => PercentChange, { nullable: true, description: 'Average change of the quantity (mean of ratios − 1).' })
  averageChange!: PercentChange | null;

  @Field(() => PercentChange, { nullable: true, description: 'Average trend of the quantity.' })
  averageTrend!: PercentChange | null;

  @Field(() => [ChangesRow], { description: 'One row per benchmark with a result at this revision, by name.' })
  rows!: ChangesRow[];
}
