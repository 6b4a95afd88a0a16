import { useEffect, useMemo } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { coalesce } from './coalesce';
import { LiveReportsSubscription } from './live.queries';
import { useFreshRows } from './useFreshRows';
import { useLiveSubscription } from './useLiveSubscription';

/**
 * Keeps Home's report lists (and project cards) current: each burst of
 * `reportUpdated` events asks again for them once, and the rows that arrive
 * are highlighted. Returns the ref of the element holding the lists.
 */
export function useLiveReportLists<T extends HTMLElement>() {
  const client = useApolloClient();
  const { ref, arm } = useFreshRows<T>('.report-row');
  const refetch = useMemo(
    () =>
      coalesce(() => {
        arm();
        void client.refetchQueries({ include: ['LatestReports', 'HomeStatus'] });
      }, 150),
    [client, arm],
  );
  useEffect(() => refetch.cancel, [refetch]);
  useLiveSubscription(LiveReportsSubscription, {}, refetch, refetch);
  return ref;
}
