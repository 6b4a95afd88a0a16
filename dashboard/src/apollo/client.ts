import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { storedToken } from '../auth/token';
import { liveStatus, type LiveStatusStore } from '../live/connection';

/** Waits between attempts: 0.5 s, 1 s, 2 s, 4 s, then every 8 s, each with a little jitter so a restarted server is not hit by every browser at once. */
export function retryDelay(retries: number): number {
  return Math.min(500 * 2 ** retries, 8_000) + Math.floor(Math.random() * 300);
}

/**
 * The dashboard's one GraphQL client: queries and mutations over HTTP,
 * subscriptions over a WebSocket (graphql-ws) on the same /graphql path of
 * the API that served the page, both with the signed-in user's token when
 * there is one.
 */
export function createApolloClient(uri = '/graphql', status: LiveStatusStore = liveStatus): ApolloClient {
  const auth = new SetContextLink((prevContext) => {
    const token = storedToken();
    return token ? { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } } : {};
  });
  const http = ApolloLink.from([auth, new HttpLink({ uri })]);
  const ws = new GraphQLWsLink(
    createClient({
      url: socketUrl(uri),
      connectionParams: () => {
        const token = storedToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      // Connected from the start, not at the first subscription: the indicator tells the truth on every page.
      lazy: false,
      retryAttempts: Infinity,
      // graphql-ws gives up on a close it deems fatal unless told otherwise; a restarting server is never fatal for a watcher.
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
      on: {
        connected: (_socket, _payload, wasRetry) => {
          status.connected();
          // Whatever happened while the socket was down reached no one: ask again for what is on screen.
          if (wasRetry) void client.refetchQueries({ include: 'active' });
        },
        closed: () => status.closed(),
      },
    }),
  );
  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => status.network(true));
    window.addEventListener('offline', () => status.network(false));
    if (!navigator.onLine) status.network(false);
  }
  const client = new ApolloClient({
    link: ApolloLink.split(({ query }) => isSubscriptionOperation(query), ws, http),
    cache: new InMemoryCache(),
  });
  return client;
}

/** ws://host/graphql for a page served over http, wss:// over https. */
function socketUrl(uri: string): string {
  const url = new URL(uri, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}
