import { useCallback, useEffect, useRef } from 'react';

/**
 * A function for the component's life that runs the latest `fn` once, `ms`
 * after the first of a burst of calls, and not after the component is gone:
 * a batch brings one live event per report, and the view should ask again once.
 */
export function useCoalesced(fn: () => void, ms: number): () => void {
  const latest = useRef(fn);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    latest.current = fn;
  });
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      timer.current = undefined;
    },
    [],
  );
  return useCallback(() => {
    timer.current ??= setTimeout(() => {
      timer.current = undefined;
      latest.current();
    }, ms);
  }, [ms]);
}
