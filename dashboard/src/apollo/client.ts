import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The dashboard's one GraphQL client: queries over HTTP to the API that served
 * the page. Subscriptions (a WebSocket link on the same /graphql path) join
 * here when the live views land.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache(),
  });
}
