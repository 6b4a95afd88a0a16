import { graphql } from '../gql';

/** New results of the shown environment (and executable or benchmark when only one is shown): what a plot needs to draw them. */
export const LiveResultsSubscription = graphql(`
  subscription LiveResults($filter: ResultsAddedFilter) {
    resultsAdded(filter: $filter) {
      results {
        benchmarkId
        executableId
        environmentId
        value
        stdDev
        min
        max
        q1
        q3
        revision {
          id
          branchId
          commitId
          date
          tag
        }
      }
    }
  }
`);

/** Reports as they are recomputed; the views ask again for what they show, so only the ids matter here. */
export const LiveReportsSubscription = graphql(`
  subscription LiveReports($filter: ReportUpdatedFilter) {
    reportUpdated(filter: $filter) {
      executableId
      environmentId
      revision {
        id
        branchId
      }
    }
  }
`);

/** Revisions whose commit metadata changed (version control filled it in, or an admin edited it); which one is enough. */
export const LiveRevisionsSubscription = graphql(`
  subscription LiveRevisions($filter: RevisionUpdatedFilter) {
    revisionUpdated(filter: $filter) {
      revision {
        id
        branchId
      }
    }
  }
`);
