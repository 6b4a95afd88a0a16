import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ComparisonColumnKind {
  LATEST = 'LATEST',
  TAG = 'TAG',
}

registerEnumType(ComparisonColumnKind, {
  name: 'ComparisonColumnKind',
  description: 'How a comparison column picks its revision.',
  valuesConfig: {
    LATEST: {
      description: 'The newest revision of a branch with results of the executable; it moves with the branch.',
    },
    TAG: { description: 'A tagged revision (a release); it never moves.' },
  },
});

export enum ComparisonChartType {
  NORMAL_BARS = 'normal bars',
  STACKED_BARS = 'stacked bars',
  RELATIVE_BARS = 'relative bars',
}

registerEnumType(ComparisonChartType, {
  name: 'ComparisonChartType',
  description: 'How the comparison chart draws its bars (the CHART_TYPE setting).',
  valuesConfig: {
    NORMAL_BARS: { description: 'One bar per column and environment, side by side.' },
    STACKED_BARS: { description: 'The benchmarks of a column stacked into one bar.' },
    RELATIVE_BARS: { description: 'Bars relative to the baseline, around 1.' },
  },
});

export enum ComparisonChartOrientation {
  VERTICAL = 'vertical',
  HORIZONTAL = 'horizontal',
}

registerEnumType(ComparisonChartOrientation, {
  name: 'ComparisonChartOrientation',
  description: 'Which way the comparison chart’s bars run (the CHART_ORIENTATION setting).',
  valuesConfig: {
    VERTICAL: { description: 'Benchmarks along the horizontal axis, bars upwards.' },
    HORIZONTAL: { description: 'Benchmarks down the vertical axis, bars to the right.' },
  },
});

@ObjectType({ description: 'An executable at a revision: one column (a set of bars) of the comparison page.' })
export class ComparisonColumn {
  @Field({ description: 'Stable, URL-safe identifier of the column, to pass in `columnKeys` and keep in links.' })
  key!: string;

  @Field(() => ComparisonColumnKind, { description: 'Latest revision of a branch, or a tagged revision.' })
  kind!: ComparisonColumnKind;

  @Field({ description: 'What a legend shows: "cpython 3.13 @ main (latest)", "cpython @ 1.0".' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'The tag of a TAG column; null for a LATEST column.' })
  tag!: string | null;

  projectId!: number;
  executableId!: number;
  branchId!: number;
  revisionId!: number;
}

@ObjectType({ description: 'The value of one benchmark in one series.' })
export class ComparisonPoint {
  @Field(() => ID, { description: 'The benchmark’s id: the same as `benchmark { id }`, cheaper in large comparisons.' })
  benchmarkId!: number;

  @Field(() => Float, { description: 'The measured value, in the quantity’s units.' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Standard deviation of the samples, when sent.' })
  stdDev!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The value divided by the baseline’s value for the same benchmark and environment; null without a baseline, or when the baseline has no value (or zero) there.',
  })
  normalized!: number | null;
}

@ObjectType({ description: 'The values of one column on one environment, within one quantity.' })
export class ComparisonSeries {
  @Field({ description: 'The key of the column.' })
  columnKey!: string;

  @Field(() => ComparisonColumn, { description: 'The column.' })
  column!: ComparisonColumn;

  @Field(() => [ComparisonPoint], {
    description: 'One point per benchmark of the quantity that has a value here, in the quantity’s benchmark order.',
  })
  points!: ComparisonPoint[];

  @Field(() => Float, {
    nullable: true,
    description:
      'Geometric mean of the normalized values, over the benchmarks that have a value both here and in the baseline; null without a baseline or without such benchmarks.',
  })
  geometricMean!: number | null;

  environmentId!: number;
  revisionId!: number;
}

@ObjectType({ description: 'The benchmarks of one quantity (units title), and the series measuring them.' })
export class ComparisonQuantity {
  @Field({ description: 'The quantity ("Time", "Memory"), which gets a chart of its own.' })
  unitsTitle!: string;

  @Field({ description: 'The unit of values ("seconds"), taken from the quantity’s first benchmark by name.' })
  units!: string;

  @Field({ description: 'Whether a lower value is better, taken from the quantity’s first benchmark by name.' })
  lessIsBetter!: boolean;

  @Field(() => [ComparisonSeries], {
    description:
      'One series per chosen column and environment with a value: columns in the order chosen, then environments.',
  })
  series!: ComparisonSeries[];

  benchmarkIds!: number[];
}

@ObjectType({
  description: 'Executables at chosen revisions side by side, per quantity, optionally normalized to a baseline.',
})
export class Comparison {
  @Field(() => [ComparisonColumn], { description: 'The columns compared, in order: those asked for, or the defaults.' })
  columns!: ComparisonColumn[];

  @Field(() => ComparisonColumn, {
    nullable: true,
    description: 'The column values are normalized to (asked for, or the default); null when not normalized.',
  })
  baseline!: ComparisonColumn | null;

  @Field(() => [ComparisonQuantity], { description: 'One entry per quantity with values, by units title.' })
  quantities!: ComparisonQuantity[];

  environmentIds!: number[];
}

@ObjectType({ description: 'How the comparison chart is drawn by default, from the settings.' })
export class ComparisonSettings {
  @Field(() => ComparisonChartType, { description: 'CHART_TYPE: normal, stacked or relative bars.' })
  chartType!: ComparisonChartType;

  @Field(() => ComparisonChartOrientation, { description: 'CHART_ORIENTATION: vertical or horizontal bars.' })
  orientation!: ComparisonChartOrientation;

  @Field({
    description:
      'NORMALIZATION: whether the page normalizes by default; `comparison` then uses the first column as baseline when DEF_BASELINE names none.',
  })
  normalization!: boolean;
}
