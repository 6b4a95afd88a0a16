import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { liveStatus, type LiveStatus, type LiveStatusStore } from './connection';

// The page's store by default: the app needs no provider; a test or a second client can give its own.
const LiveStatusContext = createContext<LiveStatusStore>(liveStatus);

export function LiveStatusProvider({ store, children }: { store: LiveStatusStore; children: ReactNode }) {
  return <LiveStatusContext.Provider value={store}>{children}</LiveStatusContext.Provider>;
}

/** The live connection's state, re-rendering when it changes. */
export function useLiveStatus(): LiveStatus {
  const store = useContext(LiveStatusContext);
  return useSyncExternalStore(store.subscribe, store.get);
}
