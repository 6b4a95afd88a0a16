import { graphql } from '../../gql';

export const BenchmarksSection_BenchmarkFragment = graphql(`
  fragment BenchmarksSection_Benchmark on Benchmark {
    id
    name
    description
    units
    unitsTitle
    lessIsBetter
    benchmarkType
    dataType
    defaultOnComparison
    parent {
      id
      name
    }
  }
`);

/** The first page of benchmarks; AdminBenchmarksPageQuery reads the rest (app/useAllPages). */
export const AdminBenchmarksQuery = graphql(`
  query AdminBenchmarks {
    benchmarks(first: 500) {
      totalCount
      nodes {
        ...BenchmarksSection_Benchmark
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AdminBenchmarksPageQuery = graphql(`
  query AdminBenchmarksPage($after: String!) {
    benchmarks(first: 500, after: $after) {
      nodes {
        ...BenchmarksSection_Benchmark
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateBenchmarkMutation = graphql(`
  mutation AdminCreateBenchmark($input: CreateBenchmarkInput!) {
    createBenchmark(input: $input) {
      benchmark {
        id
      }
    }
  }
`);

export const UpdateBenchmarkMutation = graphql(`
  mutation AdminUpdateBenchmark($input: UpdateBenchmarkInput!) {
    updateBenchmark(input: $input) {
      benchmark {
        id
      }
    }
  }
`);

export const DeleteBenchmarkMutation = graphql(`
  mutation AdminDeleteBenchmark($input: DeleteInput!) {
    deleteBenchmark(input: $input) {
      deletedId
    }
  }
`);
