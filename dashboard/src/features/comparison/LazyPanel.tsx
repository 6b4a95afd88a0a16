import { useCallback, useState, type ReactNode } from 'react';

/**
 * A small multiple drawn once it comes near the screen, and kept from then on.
 * Fifty Victory panels of 36 bars took over a second to draw at once; the box
 * keeps its size meanwhile, so the page never jumps. `eager` draws it now (an
 * export needs every panel).
 */
export function LazyPanel({
  width,
  height,
  eager,
  children,
}: {
  width: number;
  height: number;
  eager: boolean;
  children: ReactNode;
}) {
  const [seen, setSeen] = useState(false);
  const ref = useCallback((node: HTMLDivElement | null) => {
    if (!node) return;
    if (typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin: '600px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="cmp-panel" style={{ width, height }} data-drawn={seen || eager}>
      {seen || eager ? children : null}
    </div>
  );
}
