import { useCallback, useEffect, useRef, type RefObject } from 'react';
import './freshRows.css';

/** How long something that just arrived over the live connection stays marked (a row, a plotted point). */
export const FRESH_MS = 2_000;

/** How long after a live event rows that appear count as its news (the view's refetch lands within it). */
const WATCH_MS = 8_000;

/**
 * Marks, for a moment, the rows (`selector` inside the returned ref's
 * element) that a live update added or changed: `arm()` notes the rows on
 * screen (by their text), and rows that then appear with a text not seen
 * before get `data-live-fresh` (freshRows.css tints it, then fades).
 *
 * Rows are found in the DOM, not passed in: the lists are drawn by their own
 * components, which need to know nothing of live updates.
 */
export function useFreshRows<T extends HTMLElement>(selector: string): { ref: RefObject<T | null>; arm: () => void } {
  const ref = useRef<T>(null);
  const watch = useRef<{ observer: MutationObserver; timer: ReturnType<typeof setTimeout> } | null>(null);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  const stop = useCallback(() => {
    if (!watch.current) return;
    watch.current.observer.disconnect();
    clearTimeout(watch.current.timer);
    watch.current = null;
  }, []);

  const arm = useCallback(() => {
    const root = ref.current;
    if (!root) return;
    stop();
    // A row is known by its text within its list: the same report can be new in two lists at once.
    const keyed = () => {
      const lists: Element[] = [];
      return [...root.querySelectorAll<HTMLElement>(selector)].map((row) => {
        const list = row.parentElement!;
        if (!lists.includes(list)) lists.push(list);
        return { row, key: `${lists.indexOf(list)}\u0000${row.textContent}` };
      });
    };
    const seen = new Set(keyed().map(({ key }) => key));
    const mark = () => {
      for (const { row, key } of keyed()) {
        if (seen.has(key)) continue;
        seen.add(key);
        row.setAttribute('data-live-fresh', '');
        const timer = setTimeout(() => {
          row.removeAttribute('data-live-fresh');
          timers.current.delete(timer);
        }, FRESH_MS + 400);
        timers.current.add(timer);
      }
    };
    const observer = new MutationObserver(mark);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    watch.current = { observer, timer: setTimeout(stop, WATCH_MS) };
  }, [selector, stop]);

  useEffect(() => {
    const pending = timers.current;
    return () => {
      stop();
      for (const timer of pending) clearTimeout(timer);
    };
  }, [stop]);

  return { ref, arm };
}
