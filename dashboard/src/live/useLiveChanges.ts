import { useEffect, useMemo } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { coalesce } from './coalesce';
import { LiveReportsSubscription } from './live.queries';
import { useFreshRows } from './useFreshRows';
import { useLiveSubscription } from './useLiveSubscription';

/** What the changes view shows: one executable on one environment, at a revision of a branch. */
export interface LiveChangesTarget {
  executableId: string;
  environmentId: string;
  branchId: string;
}

/**
 * Keeps the changes view current: a report of its executable and environment
 * on its branch (its own revision's, or a new revision's, which changes the
 * "next" link) makes it ask again, and the table rows that changed are
 * highlighted. Returns the ref of the element holding the tables.
 */
export function useLiveChanges<T extends HTMLElement>(target: LiveChangesTarget | null) {
  const client = useApolloClient();
  const { ref, arm } = useFreshRows<T>('.changes-tables tbody tr');
  const refetch = useMemo(
    () =>
      coalesce(() => {
        arm();
        void client.refetchQueries({ include: ['ChangesPage'] });
      }, 150),
    [client, arm],
  );
  useEffect(() => refetch.cancel, [refetch]);
  const filter = target && {
    executableId: target.executableId,
    environmentId: target.environmentId,
    branchId: target.branchId,
  };
  useLiveSubscription(LiveReportsSubscription, filter && { filter }, refetch, refetch);
  return ref;
}
