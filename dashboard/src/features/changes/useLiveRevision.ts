import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useCoalesced } from '../../lib/useCoalesced';
import { useLiveSubscription } from '../../live/useLiveSubscription';

/** Revisions of a project whose commit metadata changed (version control filled it in, or an admin edited it). */
const CommitLogRevisionUpdatedSubscription = graphql(`
  subscription CommitLogRevisionUpdated($filter: RevisionUpdatedFilter) {
    revisionUpdated(filter: $filter) {
      revision {
        id
        branchId
      }
    }
  }
`);

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
  const refetch = useCoalesced(() => void client.refetchQueries({ include: [...queries] }), 150);
  const variables = target && { filter: { projectId: target.projectId } };
  useLiveSubscription(
    CommitLogRevisionUpdatedSubscription,
    variables,
    ({ revisionUpdated: { revision } }) => {
      if (target && (revision.id === target.revisionId || revision.branchId === target.branchId)) refetch();
    },
    refetch,
  );
}
