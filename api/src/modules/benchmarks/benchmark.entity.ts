import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum BenchmarkType {
  CROSS_PROJECT = 'cross-project',
  OWN_PROJECT = 'own-project',
}

export enum DataType {
  MEAN = 'mean',
  MEDIAN = 'median',
}

registerEnumType(BenchmarkType, {
  name: 'BenchmarkType',
  description: 'Whether a benchmark compares across projects or only within its own.',
  valuesConfig: {
    CROSS_PROJECT: { description: 'Comparable across projects; shown on the comparison page by default.' },
    OWN_PROJECT: { description: 'Meaningful only within one project.' },
  },
});

registerEnumType(DataType, {
  name: 'DataType',
  description: 'What a result value summarises.',
  valuesConfig: {
    MEAN: { description: 'The value is a mean; std dev gives its spread.' },
    MEDIAN: { description: 'The value is a median; quartiles and extrema give its spread.' },
  },
});

@ObjectType({ description: 'A measured quantity of a workload, such as the time of "float" or the memory of "nbody".' })
@Entity({ tableName: 'benchmark' })
export class Benchmark {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field({ description: 'Unique name, as clients send it in the `benchmark` field.' })
  @Property({ type: 'string', length: 100, unique: true })
  name!: string;

  @ManyToOne(() => Benchmark, { nullable: true, deleteRule: 'set null' })
  parent: Rel<Benchmark> | null = null;

  @Field(() => BenchmarkType, { description: 'Cross-project or own-project.' })
  @Enum({ items: () => BenchmarkType, type: 'string', default: BenchmarkType.CROSS_PROJECT })
  benchmarkType: BenchmarkType = BenchmarkType.CROSS_PROJECT;

  @Field(() => DataType, { description: 'Whether values are means or medians.' })
  @Enum({ items: () => DataType, type: 'string', default: DataType.MEAN })
  dataType: DataType = DataType.MEAN;

  @Field({ description: 'What the benchmark does.' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field({ description: 'The quantity measured ("Time", "Memory"); benchmarks of one quantity are averaged together.' })
  @Property({ type: 'string', length: 30, default: 'Time' })
  unitsTitle: string = 'Time';

  @Field({ description: 'The unit of values ("seconds", "MB").' })
  @Property({ type: 'string', length: 20, default: 'seconds' })
  units: string = 'seconds';

  @Field({ description: 'True when a lower value is an improvement (times), false when higher is (throughput).' })
  @Property({ type: 'boolean', default: true })
  lessIsBetter: boolean = true;

  @Field({ description: 'Whether the benchmark is selected by default on the comparison page.' })
  @Property({ type: 'boolean', default: true })
  defaultOnComparison: boolean = true;
}
