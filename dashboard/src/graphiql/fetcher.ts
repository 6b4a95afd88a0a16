import { GraphQLError, type ExecutionResult } from 'graphql';
import type { GraphiQLProps } from 'graphiql';

/**
 * Queries and mutations over HTTP POST, with the headers typed in the explorer
 * (where the Authorization header goes). The schema has no subscriptions yet,
 * so this needs neither @graphiql/toolkit nor a WebSocket client.
 */
export function httpFetcher(endpoint: string): GraphiQLProps['fetcher'] {
  return async (params, options): Promise<ExecutionResult> => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options?.headers },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as ExecutionResult;
    } catch {
      // Not GraphQL's answer (a proxy's error page, a body parser's 400): show it as an error.
      return { errors: [new GraphQLError(`HTTP ${response.status}: ${text.slice(0, 500)}`)] };
    }
  };
}
