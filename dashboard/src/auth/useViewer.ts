import { useEffect } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { ViewerQuery } from './viewer.queries';
import { storeToken } from './token';
import { announceTokenChange, useStoredToken } from './useStoredToken';

/**
 * The signed-in user, or null. Without a stored token nobody is signed in, so
 * anonymous visitors are spared the request.
 *
 * The API refuses every request that carries a revoked or unknown token,
 * public reads included, so a token revoked elsewhere would leave the whole
 * dashboard failing: when the API says so, forget the token and load
 * everything again anonymously.
 */
export function useViewer() {
  const client = useApolloClient();
  const token = useStoredToken();
  const { data, loading, error } = useQuery(ViewerQuery, { fetchPolicy: 'cache-first', skip: !token });
  const rejected = token !== null && isUnauthenticated(error);
  useEffect(() => {
    if (!rejected) return;
    storeToken(null);
    announceTokenChange();
    // Refetches of views that unmount meanwhile are aborted: expected, not an error.
    client.resetStore().catch(() => undefined);
  }, [rejected, client]);
  return { viewer: token ? (data?.viewer ?? null) : null, loading: token !== null && loading && !data };
}

export function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
}
