import { describe, expect, it } from 'vitest';
import { createLiveStatusStore, OFFLINE_AFTER_FAILURES } from './connection';

describe('the live connection status', () => {
  it('goes from connecting to live, to reconnecting on a drop, and to offline after repeated failures', () => {
    const store = createLiveStatusStore();
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.get()));
    expect(store.get()).toBe('connecting');
    store.connected();
    store.closed();
    for (let i = 1; i < OFFLINE_AFTER_FAILURES; i += 1) store.closed();
    store.connected();
    expect(seen).toEqual(['live', 'reconnecting', 'offline', 'live']);
  });

  it('believes the browser when it says the network is gone, and comes back when it returns', () => {
    const store = createLiveStatusStore();
    store.connected();
    store.network(false);
    expect(store.get()).toBe('offline');
    store.network(true);
    expect(store.get()).toBe('live');
    store.closed();
    store.network(false);
    store.network(true);
    expect(store.get()).toBe('reconnecting');
  });
});
