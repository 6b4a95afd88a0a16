import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { storedToken } from '../auth/token';

/**
 * The dashboard's one GraphQL client: queries over HTTP to the API that served
 * the page, with the signed-in user's token when there is one. Subscriptions
 * (a WebSocket link on the same /graphql path) join here when the live views land.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  const auth = new SetContextLink((prevContext) => {
    const token = storedToken();
    return token ? { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } } : {};
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri })]),
    cache: new InMemoryCache(),
  });
}
