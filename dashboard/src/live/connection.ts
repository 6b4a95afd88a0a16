/**
 * Whether the live connection (graphql-ws on /graphql) is up, as a small
 * store the Apollo client writes and the header's indicator reads.
 *
 * - `connecting`: the first attempt since the page opened;
 * - `live`: acknowledged by the server, events flow;
 * - `reconnecting`: the connection dropped and the client is trying again;
 * - `offline`: the browser says it has no network, or several attempts in a
 *   row failed; the client keeps trying (with backoff) all the same.
 */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** Failed attempts in a row after which "Reconnecting…" becomes "Offline" (about half a minute with the backoff). */
export const OFFLINE_AFTER_FAILURES = 5;

export interface LiveStatusStore {
  get(): LiveStatus;
  subscribe(listener: () => void): () => void;
  /** The socket was acknowledged. */
  connected(): void;
  /** The socket closed, or an attempt failed. */
  closed(): void;
  /** The browser's own network state (the `online`/`offline` events). */
  network(online: boolean): void;
}

export function createLiveStatusStore(): LiveStatusStore {
  let status: LiveStatus = 'connecting';
  let failures = 0;
  let online = true;
  let socketUp = false;
  const listeners = new Set<() => void>();
  const set = (next: LiveStatus) => {
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener();
  };
  // What to show while not connected.
  const waiting = (): LiveStatus =>
    !online || failures >= OFFLINE_AFTER_FAILURES ? 'offline' : failures > 0 ? 'reconnecting' : 'connecting';
  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connected() {
      failures = 0;
      socketUp = true;
      set(online ? 'live' : 'offline');
    },
    closed() {
      failures += 1;
      socketUp = false;
      set(waiting());
    },
    network(isOnline) {
      online = isOnline;
      // A socket can outlive the network for a while; the browser's word is the quicker one.
      set(online && socketUp ? 'live' : waiting());
    },
  };
}

/** The page's one store, fed by the page's one Apollo client. */
export const liveStatus = createLiveStatusStore();
