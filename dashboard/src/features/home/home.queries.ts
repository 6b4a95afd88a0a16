import { graphql } from '../../gql';

/** What Home says about this Speedgraph: how many projects and environments, and the first few names. */
export const HomeStatusQuery = graphql(`
  query HomeStatus {
    projects(first: 5) {
      totalCount
      nodes {
        id
        name
      }
    }
    environments(first: 5) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);
