import { useApolloClient } from '@apollo/client/react';
import { useFreshRows } from '../../components/useFreshRows';
import { graphql } from '../../gql';
import { useCoalesced } from '../../lib/useCoalesced';
import { useLiveSubscription } from '../../live/useLiveSubscription';

/** Every report as it is recomputed; Home asks again for its lists, so that one came is enough. */
const HomeReportUpdatedSubscription = graphql(`
  subscription HomeReportUpdated {
    reportUpdated {
      revision {
        id
      }
    }
  }
`);

/**
 * Keeps Home's report lists (and project cards) current: each burst of
 * `reportUpdated` events asks again for them once, and the rows that arrive
 * are highlighted. Returns the ref of the element holding the lists.
 */
export function useLiveReportLists<T extends HTMLElement>() {
  const client = useApolloClient();
  const { ref, arm } = useFreshRows<T>('.report-row');
  const refetch = useCoalesced(() => {
    arm();
    void client.refetchQueries({ include: ['LatestReports', 'HomeStatus'] });
  }, 150);
  useLiveSubscription(HomeReportUpdatedSubscription, {}, refetch, refetch);
  return ref;
}
