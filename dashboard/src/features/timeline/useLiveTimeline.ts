import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient, TypedDocumentNode } from '@apollo/client';
import { graphql } from '../../gql';
import type { TimelineQueryVariables } from '../../gql/graphql';
import { useCoalesced } from '../../lib/useCoalesced';
import { useLiveSubscription } from '../../live/useLiveSubscription';
import { markFresh } from './freshPoints';
import { TimelineQuery } from './timeline.queries';
import { mergeResults, type AddedResult, type CachedTimeline } from './timelineCache';

/** New results of the shown environment (and executable or benchmark when only one is shown): what a plot needs to draw them. */
const TimelineResultsAddedSubscription = graphql(`
  subscription TimelineResultsAdded($filter: ResultsAddedFilter) {
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

/** What the timeline shows, as the API answered it. */
export interface LiveTimelineScope {
  environmentId: string | null | undefined;
  executableIds: readonly string[];
  /** The plotted benchmarks; null for the grid. */
  benchmarkIds: readonly string[] | null;
}

// The Timeline query as the cache holds it: every field, fragments unmasked (see CachedTimeline).
const CachedTimelineQuery = TimelineQuery as unknown as TypedDocumentNode<CachedTimeline, TimelineQueryVariables>;

/**
 * Keeps the timeline live: new results of the shown environment go straight
 * into the plotted series in Apollo's cache (no new query) and pulse for a
 * moment; the grid, with its pages of mini-plots, asks again for its page.
 */
export function useLiveTimeline(scope: LiveTimelineScope | null): void {
  const client = useApolloClient();
  const grid = scope?.benchmarkIds === null;
  const refetch = useCoalesced(
    () => void client.refetchQueries({ include: [grid ? 'TimelineGrid' : 'Timeline'] }),
    200,
  );

  const environmentId = scope?.environmentId;
  const one = (ids: readonly string[] | null | undefined) => (ids?.length === 1 ? ids[0] : undefined);
  // One subscription per view, narrowed on the server as far as one filter can say; the rest is sorted out here.
  const filter = environmentId
    ? { environmentId, executableId: one(scope?.executableIds), benchmarkId: one(scope?.benchmarkIds) }
    : null;

  useLiveSubscription(
    TimelineResultsAddedSubscription,
    filter && { filter },
    (data) => {
      if (grid) refetch();
      else if (putIntoPlots(client, data.resultsAdded.results)) refetch();
    },
    refetch,
  );
}

/** Writes the results into every timeline on screen; true when one of them needs asking again. */
function putIntoPlots(client: ApolloClient, results: readonly AddedResult[]): boolean {
  let again = false;
  const fresh: string[] = [];
  for (const query of client.getObservableQueries('active')) {
    if (query.queryName !== 'Timeline') continue;
    client.cache.updateQuery(
      { query: CachedTimelineQuery, variables: query.variables as TimelineQueryVariables },
      (cached) => {
        if (!cached) return undefined;
        const merged = mergeResults(cached, results);
        fresh.push(...merged.fresh);
        again ||= merged.refetch;
        return merged.data ?? undefined;
      },
    );
  }
  markFresh(fresh);
  return again;
}
