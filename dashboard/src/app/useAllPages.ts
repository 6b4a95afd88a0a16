import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';

/** A page of a connection, as far as reading it to the end needs. */
export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * Every node of a connection whose first page came with a view's query: the
 * API gives at most 500 a page, and a picker that stopped there could not offer
 * the 600th benchmark. The rest is read a page at a time with `query` (which
 * takes `$after` and answers the connection under `key`).
 *
 * Undefined until the whole list is in, so a view's defaults are never chosen
 * from part of it; when the first page is read again (after a write), the
 * last whole list stays until the new one is in, so nothing on screen blinks.
 * Later pages come from the network, as the first did. Should one fail, the
 * view gets what came so far: no worse than the first page alone.
 */
export function useAllPages<K extends string, T>(
  first: Page<T> | undefined,
  query: TypedDocumentNode<{ [key in K]: Page<T> }, { after: string }>,
  key: K,
): T[] | undefined {
  const client = useApolloClient();
  const [whole, setWhole] = useState<{ from: Page<T>; nodes: T[] }>();

  useEffect(() => {
    if (!first?.pageInfo.hasNextPage) return;
    let cancelled = false;
    const readRest = async () => {
      const nodes: T[] = [...first.nodes];
      let after = first.pageInfo.endCursor;
      try {
        while (after && !cancelled) {
          const { data } = await client.query({ query, variables: { after }, fetchPolicy: 'network-only' });
          const page = data?.[key];
          if (!page) break;
          nodes.push(...page.nodes);
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        }
      } catch (error) {
        console.warn(`Could not read every page of ${key}:`, error);
      }
      if (!cancelled) setWhole({ from: first, nodes });
    };
    void readRest();
    return () => {
      cancelled = true;
    };
  }, [first, client, query, key]);

  if (!first) return undefined;
  if (!first.pageInfo.hasNextPage) return first.nodes;
  return whole?.nodes;
}
