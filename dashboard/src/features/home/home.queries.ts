import { graphql } from '../../gql';

/**
 * What Home needs first: whether this Speedgraph holds anything (else the
 * first-run guide), and the projects for the overview.
 */
export const HomeStatusQuery = graphql(`
  query HomeStatus {
    projects(first: 50) {
      totalCount
      nodes {
        id
        name
        trackChanges
        ...ProjectCard_Project
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
