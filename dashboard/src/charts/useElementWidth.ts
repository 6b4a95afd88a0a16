import { useCallback, useState } from 'react';

/**
 * The width of an element, kept current with a ResizeObserver. Charts draw at
 * the width they get instead of scaling a fixed viewBox: scaled down, a
 * Victory chart's 12px labels shrink to unreadable ones on a narrow screen.
 */
export function useElementWidth<T extends HTMLElement>(fallback = 720): [(node: T | null) => void, number, boolean] {
  const [measured, setMeasured] = useState<number | null>(null);
  const width = measured ?? fallback;
  const ref = useCallback((node: T | null) => {
    if (!node) return;
    const measure = () => {
      const next = Math.floor(node.getBoundingClientRect().width);
      if (next > 0) setMeasured((current) => (current !== null && Math.abs(current - next) < 1 ? current : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  // Whether the width is the element's yet: a costly chart can wait for it rather than draw twice.
  return [ref, width, measured !== null];
}
