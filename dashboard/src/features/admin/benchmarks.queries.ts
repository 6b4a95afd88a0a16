import { graphql } from '../../gql';

export const AdminBenchmarksQuery = graphql(`
  query AdminBenchmarks {
    benchmarks(first: 500) {
      totalCount
      nodes {
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
