import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Rel } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Benchmark } from '../benchmarks/benchmark.entity.js';
import { Environment } from '../environments/environment.entity.js';
import { Executable } from '../executables/executable.entity.js';
import { Revision } from '../revisions/revision.entity.js';

@ObjectType({
  description:
    'One measurement: a benchmark of an executable at a revision on an environment. A second submission for the same four replaces the first.',
})
@Entity({ tableName: 'result' })
@Unique({ name: 'result_measurement_unique', properties: ['revision', 'executable', 'environment', 'benchmark'] })
@Index({ properties: ['benchmark', 'environment', 'executable'] })
export class Result {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  @Field(() => Float, { description: 'The measured value, in the benchmark’s units.' })
  @Property({ type: 'double' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Standard deviation of the samples behind the value.' })
  @Property({ type: 'double', nullable: true })
  stdDev: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Smallest sample.' })
  @Property({ type: 'double', nullable: true })
  min: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Largest sample.' })
  @Property({ type: 'double', nullable: true })
  max: number | null = null;

  @Field(() => Float, { nullable: true, description: 'First quartile of the samples.' })
  @Property({ type: 'double', nullable: true })
  q1: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Third quartile of the samples.' })
  @Property({ type: 'double', nullable: true })
  q3: number | null = null;

  @Field({ description: 'When the measurement was taken.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  date!: Date;

  @ManyToOne(() => Revision, { deleteRule: 'cascade' })
  revision!: Rel<Revision>;

  @ManyToOne(() => Executable, { deleteRule: 'cascade' })
  executable!: Rel<Executable>;

  @ManyToOne(() => Benchmark, { deleteRule: 'cascade' })
  benchmark!: Rel<Benchmark>;

  @ManyToOne(() => Environment, { deleteRule: 'cascade' })
  environment!: Rel<Environment>;
}
