import { useApolloClient } from '@apollo/client/react';
import { useFreshRows } from '../../components/useFreshRows';
import { graphql } from '../../gql';
import { useCoalesced } from '../../lib/useCoalesced';
import { useLiveSubscription } from '../../live/useLiveSubscription';

/** Reports of what the view shows as they are recomputed; the view asks again, so that one came is enough. */
const ChangesReportUpdatedSubscription = graphql(`
  subscription ChangesReportUpdated($filter: ReportUpdatedFilter) {
    reportUpdated(filter: $filter) {
      revision {
        id
      }
    }
  }
`);

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
  const refetch = useCoalesced(() => {
    arm();
    void client.refetchQueries({ include: ['ChangesPage'] });
  }, 150);
  const filter = target && {
    executableId: target.executableId,
    environmentId: target.environmentId,
    branchId: target.branchId,
  };
  useLiveSubscription(ChangesReportUpdatedSubscription, filter && { filter }, refetch, refetch);
  return ref;
}
