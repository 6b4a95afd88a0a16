import { graphql } from '../../gql';

/**
 * What the sidebar offers: environments, tracked projects with their
 * executables and branches, benchmarks, and tagged revisions for a baseline
 * (the comparison page's TAG columns: tagged revisions that have results,
 * filtered by COMPARISON_COMMIT_TAGS when set, as Codespeed's baseline list).
 */
export const TimelineOptionsQuery = graphql(`
  query TimelineOptions {
    environments(first: 500) {
      nodes {
        ...TimelineSidebar_Environment
      }
    }
    projects(first: 500) {
      nodes {
        ...ExecutablePicker_Project
      }
    }
    benchmarks(first: 500) {
      nodes {
        ...BenchmarkPicker_Benchmark
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    comparisonColumns {
      ...BaselinePicker_Column
    }
  }
`);

/** The benchmarks past the options' first page (app/useAllPages): a picker offers every one. */
export const TimelineBenchmarksPageQuery = graphql(`
  query TimelineBenchmarksPage($after: String!) {
    benchmarks(first: 500, after: $after) {
      nodes {
        ...BenchmarkPicker_Benchmark
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One or several benchmarks on one plot, with what the API filled in from the settings. */
export const TimelineQuery = graphql(`
  query Timeline($input: TimelineInput!) {
    timeline(input: $input) {
      scope {
        ...TimelineScope_Scope
      }
      benchmarks {
        ...TimelinePlots_BenchmarkTimeline
      }
    }
  }
`);

/** A page of the grid: the last results of a page of benchmarks. */
export const TimelineGridQuery = graphql(`
  query TimelineGrid($input: TimelineGridInput!) {
    timelineGrid(input: $input) {
      scope {
        ...TimelineScope_Scope
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...GridCard_BenchmarkTimeline
      }
    }
  }
`);

/** What a timeline shows once the API applied the defaults: the sidebar shows these as selected. */
export const TimelineScopeFragment = graphql(`
  fragment TimelineScope_Scope on TimelineScope {
    environment {
      id
      name
    }
    executables {
      id
    }
    branches
    limit
    baseline {
      executable {
        id
        name
      }
      revision {
        id
        tag
        commitId
      }
    }
  }
`);
