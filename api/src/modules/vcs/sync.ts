import type { Kysely } from 'kysely';
import type { RepositoryProvider, SyncProgress } from './provider.js';
import { markReady, markSyncing, writeProgress } from './repository.sql.js';

/** Progress is written at most this often: a clone reports hundreds of steps a second. */
const PROGRESS_EVERY_MS = 1000;

/**
 * Clones or fetches, keeping the repository row current for the admin page:
 * SYNCING with progress (throttled to about one write a second), then READY.
 * A failure (or the signal: timeout, shutdown) rejects; the caller stores it.
 */
export async function syncWithProgress(
  db: Kysely<unknown>,
  projectId: number,
  provider: RepositoryProvider,
  url: string,
  signal: AbortSignal,
): Promise<void> {
  await markSyncing(db, projectId, provider.implementation, url);
  let lastWrite = 0;
  let writes: Promise<void> = Promise.resolve();
  const onProgress = (progress: SyncProgress) => {
    const now = Date.now();
    if (now - lastWrite < PROGRESS_EVERY_MS) return;
    lastWrite = now;
    // One write at a time, in order; a lost progress write is not worth failing a sync for.
    writes = writes.then(() => writeProgress(db, projectId, progress.fraction, progress.phase)).catch(() => {});
  };
  try {
    await provider.sync({ signal, onProgress });
  } catch (error) {
    if (signal.aborted && signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError') {
      throw new Error(`timed out: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    throw error;
  } finally {
    await writes;
  }
  await markReady(db, projectId, provider.implementation);
}
