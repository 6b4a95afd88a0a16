import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react';

/**
 * How wide the page frame is: text views read best in a narrow column, while
 * plots and comparisons want the screen. A view asks for its width with
 * useFrameWidth; the frame (AppMain) owns the rule, so no view reaches into
 * the layout's CSS (they used to widen it with `.app-main:has(...)`).
 */
export type FrameWidth = 'text' | 'wide' | 'full';

const SetFrameWidth = createContext<(width: FrameWidth) => void>(() => undefined);

/** The frame's main element, as wide as the view on screen asked for. */
export function AppMain({ children }: { children: ReactNode }) {
  const [width, setWidth] = useState<FrameWidth>('text');
  return (
    <SetFrameWidth value={setWidth}>
      <main className={`app-main app-main-${width}`}>{children}</main>
    </SetFrameWidth>
  );
}

/**
 * Widens the frame while the calling view is mounted. A layout effect, so the
 * width is set before the first paint and the page does not jump.
 */
export function useFrameWidth(width: FrameWidth) {
  const setWidth = useContext(SetFrameWidth);
  useLayoutEffect(() => {
    setWidth(width);
    return () => setWidth('text');
  }, [setWidth, width]);
}
