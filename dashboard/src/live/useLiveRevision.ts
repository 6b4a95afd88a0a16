import { useEffect, useMemo } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { coalesce } from './coalesce';
import { LiveRevisionsSubscription } from './live.queries';
import { useLiveSubscription } from './useLiveSubscription';

/** The revision a view shows, once its project and branch are known. */
export interface LiveRevisionTarget {
  projectId: string;
  branchId: string;
  revisionId: string;
}

/**
 * Keeps a revision's commit log current without polling: the `queries` (by
 * operation name) are asked again, once per burst, when `revisionUpdated`
 * concerns the shown revision. That is its own metadata read from version
 * control or edited, or another revision of its branch read, which can move
 * the previous revision and so change the commits between the two. Watches
 * the project's events; an event that may have been missed (the server ended
 * the subscription) asks again too.
 */
export function useLiveRevision(target: LiveRevisionTarget | null, queries: readonly string[]): void {
  const client = useApolloClient();
  const key = queries.join('\n');
  const refetch = useMemo(
    () => coalesce(() => void client.refetchQueries({ include: key.split('\n') }), 150),
    [client, key],
  );
  useEffect(() => refetch.cancel, [refetch]);
  const variables = target && { filter: { projectId: target.projectId } };
  useLiveSubscription(
    LiveRevisionsSubscription,
    variables,
    ({ revisionUpdated: { revision } }) => {
      if (target && (revision.id === target.revisionId || revision.branchId === target.branchId)) refetch();
    },
    refetch,
  );
}
