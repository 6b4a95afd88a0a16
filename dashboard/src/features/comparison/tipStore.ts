import { createContext } from 'react';
import type { Tip } from './chartBars';

export interface TipState {
  tip: Tip;
  /** Where the pointer is, in viewport pixels. */
  x: number;
  y: number;
}

export interface TipStore {
  get(): TipState | null;
  set(next: TipState | null): void;
  subscribe(listener: () => void): () => void;
}

/**
 * The tooltip's state lives outside React state: hovering a bar re-renders only
 * the tooltip, never the charts (with 1,800 bars a re-render per mouse move
 * would lag).
 */
export function createTipStore(): TipStore {
  let state: TipState | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const TipContext = createContext<TipStore | null>(null);
