import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCoalesced } from './useCoalesced';

describe('useCoalesced', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the latest function once, a moment after the first call of a burst', () => {
    const first = vi.fn();
    const latest = vi.fn();
    const { result, rerender } = renderHook(({ fn }) => useCoalesced(fn, 150), { initialProps: { fn: first } });
    const call = result.current;
    call();
    vi.advanceTimersByTime(100);
    rerender({ fn: latest });
    expect(result.current).toBe(call);
    call();
    call();
    vi.advanceTimersByTime(50);
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledOnce();
    call();
    vi.advanceTimersByTime(150);
    expect(latest).toHaveBeenCalledTimes(2);
  });

  it('runs nothing once the component is gone', () => {
    const fn = vi.fn();
    const { result, unmount } = renderHook(() => useCoalesced(fn, 150));
    result.current();
    unmount();
    vi.advanceTimersByTime(300);
    expect(fn).not.toHaveBeenCalled();
  });
});
