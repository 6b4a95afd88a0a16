import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'What to compare. Every field is optional; omitted ones take the defaults described.' })
export class ComparisonInput {
  @Field(() => [String], {
    nullable: true,
    description:
      'Columns to compare, by key (from `comparisonColumns`), in the order to show them. Default: the LATEST columns of the executables named in COMP_EXECUTABLES, else every LATEST column.',
  })
  @ArrayMaxSize(200)
  @MaxLength(40, { each: true })
  columnKeys?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Benchmarks to compare. Default: every cross-project benchmark shown by default on comparison.',
  })
  @ArrayMaxSize(5000)
  benchmarkIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Environments to compare on. Default: every environment with a value among the columns.',
  })
  @ArrayMaxSize(500)
  environmentIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Normalize values to this column (any column offered, compared or not). Omitted: DEF_BASELINE (a column key, or "executable@tag", "executable@branch"), else with NORMALIZATION the first column. Null: no normalization.',
  })
  @MaxLength(40)
  baselineColumnKey?: string | null;
}
