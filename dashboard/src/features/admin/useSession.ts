import { useApolloClient } from '@apollo/client/react';
import { storedToken, storeToken } from '../../auth/token';
import { announceTokenChange } from '../../auth/useStoredToken';
import { SignInMutation } from './session.queries';
import { AdminApiTokensQuery, RevokeApiTokenMutation } from './tokens.queries';

/** Whether a token listed by the API is the one this browser signs in with (tokens are listed by their first characters). */
export const isThisSession = (prefix: string) => storedToken()?.startsWith(prefix) ?? false;

/**
 * Signing in is getting a token for this browser; signing out revokes it on
 * the server (so a copy of it is useless too) and forgets it. Either way every
 * query is fetched again, as the new user or anonymously.
 */
export function useSession() {
  const client = useApolloClient();

  /**
   * Every cached answer was for the previous user. A view that unmounts when
   * the user changes (Admin's sections) has its refetch aborted, which
   * rejects resetStore: that is expected, not a failure to report.
   */
  const refetchAll = () => client.resetStore().catch(() => undefined);

  const signIn = async (username: string, password: string) => {
    const { data } = await client.mutate({ mutation: SignInMutation, variables: { input: { username, password } } });
    if (!data) throw new Error('The API answered without a token');
    storeToken(data.signIn.token);
    announceTokenChange();
    await refetchAll();
  };

  const signOut = async () => {
    if (storedToken()) {
      try {
        const { data } = await client.query({ query: AdminApiTokensQuery, fetchPolicy: 'network-only' });
        const mine = data?.apiTokens.nodes.filter((token) => isThisSession(token.prefix)) ?? [];
        // Two tokens sharing a prefix is unlikely; revoking the wrong one would be worse than leaving one.
        if (mine.length === 1 && mine[0]) {
          await client.mutate({ mutation: RevokeApiTokenMutation, variables: { input: { id: mine[0].id } } });
        }
      } catch {
        // Already revoked or the API is away: forgetting the token is what is left to do.
      }
    }
    await forget();
  };

  /** Forgets the token without revoking it (after it was revoked in the token list). */
  const forget = async () => {
    storeToken(null);
    announceTokenChange();
    await refetchAll();
  };

  return { signIn, signOut, forget };
}
