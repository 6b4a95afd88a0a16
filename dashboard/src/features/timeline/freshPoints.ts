import { useSyncExternalStore } from 'react';
import { FRESH_MS } from '../../components/useFreshRows';

/**
 * Points that just arrived over the live connection, by series and revision,
 * for the plot to mark for a moment. A module store rather than state: the
 * chart's points are drawn deep inside Victory, which cannot pass props down.
 */
const fresh = new Map<string, number>();
const listeners = new Set<() => void>();

const notify = () => {
  for (const listener of listeners) listener();
};

/** The key of a plotted point: its series (plotGroups' `benchmark/executable/branch`) and revision. */
export const pointKey = (benchmarkId: string, executableId: string, branchId: string, revisionId: string) =>
  `${benchmarkId}/${executableId}/${branchId}@${revisionId}`;

export function markFresh(keys: readonly string[], ms = FRESH_MS): void {
  if (keys.length === 0) return;
  const until = Date.now() + ms;
  for (const key of keys) fresh.set(key, until);
  notify();
  setTimeout(() => {
    const now = Date.now();
    for (const [key, end] of fresh) if (end <= now) fresh.delete(key);
    notify();
  }, ms + 10);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether the point of this key arrived in the last moments; re-renders when that changes. */
export function useIsFresh(key: string): boolean {
  return useSyncExternalStore(subscribe, () => fresh.has(key));
}
