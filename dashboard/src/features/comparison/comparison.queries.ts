import { graphql } from '../../gql';

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
        id
        benchmarkType
        defaultOnComparison
        ...ComparisonBenchmarkPicker_Benchmark
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
