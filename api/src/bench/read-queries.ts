/**
 * The GraphQL documents of the read figures: what the dashboard's views ask
 * for to draw each page (values, their spread, labels), nothing more.
 */

const POINT = 'revisionId commitId date tag value stdDev min max q1 q3';

const BENCHMARK_TIMELINE = `
  benchmark { id name units unitsTitle lessIsBetter dataType }
  baselineValue
  series { executable { id name } branch { id name } points { ${POINT} } }`;

export const TIMELINE = `query BenchTimeline($input: TimelineInput!) {
  timeline(input: $input) { benchmarks { ${BENCHMARK_TIMELINE} } }
}`;

export const TIMELINE_GRID = `query BenchTimelineGrid($input: TimelineGridInput!) {
  timelineGrid(input: $input) {
    nodes { ${BENCHMARK_TIMELINE} }
    pageInfo { hasNextPage endCursor }
  }
}`;

const PERCENT = '{ percent infinite significance }';

export const CHANGES = `query BenchChanges($revisionId: ID!, $executableId: ID!, $environmentId: ID!, $trendDepth: Int!) {
  changes(revisionId: $revisionId, executableId: $executableId, environmentId: $environmentId, trendDepth: $trendDepth) {
    trendDepth
    quantities {
      unitsTitle units lessIsBetter hasStdDev hasMin hasMax precision
      averageChange ${PERCENT}
      averageTrend ${PERCENT}
      rows { benchmark { id name description } value stdDev min max change ${PERCENT} trend ${PERCENT} }
    }
  }
}`;

export const COMPARISON_COLUMNS = `query BenchComparisonColumns {
  comparisonColumns { key kind label tag executable { id name } branch { id name } revision { id commitId } }
}`;

export const COMPARISON = `query BenchComparison($input: ComparisonInput!) {
  comparison(input: $input) {
    columns { key label }
    baseline { key }
    environments { id name }
    quantities {
      unitsTitle units lessIsBetter
      benchmarks { id name }
      series { columnKey environment { id } revision { id } geometricMean points { benchmarkId value stdDev normalized } }
    }
  }
}`;
