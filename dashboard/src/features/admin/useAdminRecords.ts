import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { WRITE } from './write';

type NoVariables = Record<string, never>;

/**
 * What every record section of Admin starts with: its list, read anew on each
 * visit (another admin may have changed it), and its three writes, which
 * refresh the lists once saved (WRITE). `load` goes to CrudSection as it is.
 */
export function useAdminRecords<
  List,
  Created,
  CreateVariables extends OperationVariables,
  Updated,
  UpdateVariables extends OperationVariables,
  Deleted,
  DeleteVariables extends OperationVariables,
>(
  list: TypedDocumentNode<List, NoVariables>,
  writes: {
    create: TypedDocumentNode<Created, CreateVariables>;
    update: TypedDocumentNode<Updated, UpdateVariables>;
    remove: TypedDocumentNode<Deleted, DeleteVariables>;
  },
) {
  const { data, error, refetch } = useQuery(list, { fetchPolicy: 'cache-and-network' });
  const [create] = useMutation(writes.create, WRITE);
  const [update] = useMutation(writes.update, WRITE);
  const [remove] = useMutation(writes.remove, WRITE);
  return { data, create, update, remove, load: { loadError: error, retry: () => void refetch() } };
}
