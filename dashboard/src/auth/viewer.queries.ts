import { graphql } from '../gql';

/** Who the stored token signs in as; null when anonymous. */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      username
      isAdmin
    }
  }
`);
