import { graphql } from '../../gql';

/**
 * The view itself: one revision's changes for one executable on one environment.
 * Every argument may be missing (the API picks the latest revision and the
 * default executable and environment); the ids it answers with go into the address.
 */
export const ChangesPageQuery = graphql(`
  query ChangesPage($revisionId: ID, $executableId: ID, $environmentId: ID, $trendDepth: Int) {
    changes(
      revisionId: $revisionId
      executableId: $executableId
      environmentId: $environmentId
      trendDepth: $trendDepth
    ) {
      trendDepth
      revision {
        id
        commitId
        date
        tag
        branch {
          id
          name
        }
        project {
          id
          name
        }
        ...RevisionInfo_Revision
      }
      executable {
        id
        name
        ...ChangesDetails_Executable
      }
      environment {
        id
        name
        ...ChangesDetails_Environment
      }
      report {
        id
        ...ReportBadge_Report
      }
      previousRevision {
        ...RevisionNav_Revision
      }
      previousReport {
        id
        ...ReportBadge_Report
      }
      nextRevision {
        ...RevisionNav_Revision
      }
      nextReport {
        id
        ...ReportBadge_Report
      }
      quantities {
        unitsTitle
        ...ChangesTable_Quantity
      }
    }
  }
`);

/**
 * What the pickers offer: every environment, and the executables grouped by
 * project. Only tracked projects are offered (Codespeed's Changes view lists
 * them alone); the page adds the shown executable when a link names another.
 */
export const ChangesControlsQuery = graphql(`
  query ChangesControls {
    environments(first: 500) {
      nodes {
        id
        name
      }
    }
    projects(first: 500) {
      nodes {
        id
        name
        trackChanges
        defaultBranch
        branches {
          id
          name
        }
        executables {
          id
          name
        }
      }
    }
  }
`);

/**
 * The revision picker: the latest 20 revisions of a branch with their dates and
 * tags, and the reports of this executable and environment so each can show its
 * colour and summary. One request: the reports of the project's newest
 * revisions, matched to the revisions by id in the browser.
 */
export const ChangesRevisionChoicesQuery = graphql(`
  query ChangesRevisionChoices($projectId: ID!, $branch: String, $executableId: ID!, $environmentId: ID!) {
    revisions(projectId: $projectId, branch: $branch, first: 20) {
      nodes {
        id
        commitId
        date
        tag
      }
    }
    reports(projectId: $projectId, executableId: $executableId, environmentId: $environmentId, first: 100) {
      nodes {
        id
        colour
        summary
        revision {
          id
        }
      }
    }
  }
`);
