import { graphql } from '../../gql';

/** What the page reads of a benchmark to check a link and pick the defaults; the picker reads the rest. */
export const ComparisonPage_BenchmarkFragment = graphql(`
  fragment ComparisonPage_Benchmark on Benchmark {
    id
    benchmarkType
    defaultOnComparison
    ...ComparisonBenchmarkPicker_Benchmark
  }
`);

/**
 * What the controls offer: every column, benchmark and environment, and the
 * chart's defaults from the settings. Read once; the comparison itself is a
 * second query that changes with the selection.
 */
export const ComparisonOptionsQuery = graphql(`
  query ComparisonOptions {
    comparisonSettings {
      chartType
      orientation
      normalization
    }
    comparisonColumns {
      key
      label
      ...ComparisonColumnPicker_Column
    }
    benchmarks(first: 500) {
      nodes {
        ...ComparisonPage_Benchmark
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    environments(first: 500) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The benchmarks past the options' first page (app/useAllPages): the picker offers every one. */
export const ComparisonBenchmarksPageQuery = graphql(`
  query ComparisonBenchmarksPage($after: String!) {
    benchmarks(first: 500, after: $after) {
      nodes {
        ...ComparisonPage_Benchmark
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The values of the chosen columns, per quantity; omitted inputs take the API's defaults. */
export const ComparisonQuery = graphql(`
  query Comparison($input: ComparisonInput) {
    comparison(input: $input) {
      columns {
        key
        label
      }
      baseline {
        key
        label
      }
      environments {
        id
        name
      }
      quantities {
        unitsTitle
        ...ComparisonQuantitySection_Quantity
      }
    }
  }
`);
