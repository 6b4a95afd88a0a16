import { useCallback, useState } from 'react';

/**
 * Whether an element is within `margin` of the viewport. Grids of hundreds of
 * plots draw only those near the screen; the others keep their box (a fixed
 * size), so scrolling never jumps.
 */
export function useNearViewport<T extends HTMLElement>(margin = '400px'): [(node: T | null) => void, boolean] {
  const [near, setNear] = useState(false);
  const ref = useCallback(
    (node: T | null) => {
      if (!node) return;
      if (typeof IntersectionObserver === 'undefined') {
        setNear(true);
        return;
      }
      const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
        rootMargin: margin,
      });
      observer.observe(node);
      return () => observer.disconnect();
    },
    [margin],
  );
  return [ref, near];
}
