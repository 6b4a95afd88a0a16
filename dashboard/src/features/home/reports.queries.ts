import { graphql } from '../../gql';

/** A page of the latest reports, all or only the significant ones, newest revision first. */
export const LatestReportsQuery = graphql(`
  query LatestReports($first: Int!, $significantOnly: Boolean!) {
    reports(first: $first, significantOnly: $significantOnly) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        ...ReportRow_Report
      }
    }
  }
`);
