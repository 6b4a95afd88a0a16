import { useEffect, useRef } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';

/** How long to wait before subscribing again after the server ended a subscription (e.g. SUBSCRIPTION_FELL_BEHIND). */
const RESUBSCRIBE_MS = 1_000;

/**
 * Watches a subscription while the component is mounted (and while
 * `variables` is not null), calling `onEvent` for each event; unsubscribes on
 * unmount or when the variables change. A drop of the socket is handled by
 * graphql-ws, which subscribes again on the new one; an error from the
 * server (the watcher fell behind, say) calls `onLost`, for the view to ask
 * again for what it shows, and subscribes again a moment later.
 */
export function useLiveSubscription<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables | null,
  onEvent: (data: TData) => void,
  onLost: () => void,
): void {
  const client = useApolloClient();
  // The latest callbacks, without resubscribing when they change identity.
  const handlers = useRef({ onEvent, onLost });
  useEffect(() => {
    handlers.current = { onEvent, onLost };
  });
  const key = variables === null ? null : JSON.stringify(variables);

  useEffect(() => {
    if (key === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let subscription: { unsubscribe(): void } | undefined;
    const lost = () => {
      subscription?.unsubscribe();
      handlers.current.onLost();
      timer = setTimeout(start, RESUBSCRIBE_MS);
    };
    const start = () => {
      subscription = client.subscribe({ query: document, variables: JSON.parse(key) as TVariables }).subscribe({
        // Apollo hands GraphQL errors in as results, network ones as errors: both end this subscription.
        next: (result) => {
          if (result.error) lost();
          else if (result.data) handlers.current.onEvent(result.data as TData);
        },
        error: lost,
      });
    };
    start();
    return () => {
      clearTimeout(timer);
      subscription?.unsubscribe();
    };
  }, [client, document, key]);
}
