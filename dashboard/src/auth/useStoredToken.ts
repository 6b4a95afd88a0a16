import { useSyncExternalStore } from 'react';
import { storedToken } from './token';

/**
 * The stored token as React state: components re-render when this page signs
 * in or out (announceTokenChange) and when another tab does (the storage event).
 */
const EVENT = 'speedgraph:token';

export function announceTokenChange(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function useStoredToken(): string | null {
  return useSyncExternalStore(subscribe, storedToken, () => null);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}
