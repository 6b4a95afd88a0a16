import { useCallback, useState } from 'react';

/**
 * The width of an element, kept current with a ResizeObserver. Charts draw at
 * the width they get instead of scaling a fixed viewBox: scaled down, a
 * Victory chart's 12px labels shrink to unreadable ones on a narrow screen.
 */
export function useElementWidth<T extends HTMLElement>(fallback = 720): [(node: T | null) => void, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((node: T | null) => {
    if (!node) return;
    const measure = () => {
      const next = Math.floor(node.getBoundingClientRect().width);
      if (next > 0) setWidth((current) => (Math.abs(current - next) >= 1 ? next : current));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
