import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { RepositoryError } from '../provider.js';
import { displayUrl } from './failure.js';

/*
 * The bare clone both implementations share: `<repositoriesDir>/<projectId>.git`,
 * with branches in refs/heads/* (as `git clone --bare` lays them out) so either
 * implementation can read a folder the other one made.
 */

export function cloneFolder(repositoriesDir: string, projectId: number): string {
  return path.join(repositoriesDir, `${projectId}.git`);
}

/** Where a branch's tip lives in the bare clone. */
export const BRANCH_REFSPEC = '+refs/heads/*:refs/heads/*';
export const TAG_REFSPEC = '+refs/tags/*:refs/tags/*';

export async function exists(folder: string): Promise<boolean> {
  return fs.stat(folder).then(
    (stat) => stat.isDirectory(),
    () => false,
  );
}

/** The work on each folder, chained: a second sync waits for the first to really stop. */
const tails = new Map<string, Promise<void>>();

function serialise(folder: string, work: () => Promise<void>): Promise<void> {
  const previous = tails.get(folder) ?? Promise.resolve();
  const next = previous.then(work);
  const tail = next.catch(() => undefined);
  tails.set(folder, tail);
  void tail.then(() => {
    if (tails.get(folder) === tail) tails.delete(folder);
  });
  return next;
}

/**
 * Rejects as soon as `signal` aborts, whether or not `work` can stop: nodegit
 * cannot always interrupt a transfer, and the caller's timeout must hold anyway.
 */
export function raceAbort<T>(work: Promise<T>, signal: AbortSignal, stopped: () => Error): Promise<T> {
  if (signal.aborted) {
    void work.catch(() => undefined);
    return Promise.reject(stopped());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(stopped());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export interface CloneSteps {
  /** Makes a complete bare clone in `into` (a fresh, absent folder). */
  clone(into: string): Promise<void>;
  /** Brings the existing clone up to date. */
  fetch(folder: string): Promise<void>;
}

/**
 * Clones into a `.partial-*` folder renamed into place when complete, so the
 * clone folder only ever holds a whole repository; fetches when it exists.
 * Only one clone or fetch per folder runs at a time in this process; an
 * aborted one keeps the folder until it has really stopped, then its partial
 * folder is removed and the next sync starts over.
 */
export function cloneOrFetch(folder: string, url: string, steps: CloneSteps, signal: AbortSignal): Promise<void> {
  if (!url.trim()) return Promise.reject(new RepositoryError('the project has no repository URL', false));
  // git reads a leading dash as an option, whatever the argument's place.
  if (url.startsWith('-')) return Promise.reject(new RepositoryError(`not a repository URL: ${url}`, false));
  const stopped = () =>
    new RepositoryError(`could not sync ${displayUrl(url)}: stopped (timed out or shutting down)`, true);
  const work = serialise(folder, async () => {
    if (signal.aborted) return;
    if (await exists(folder)) return steps.fetch(folder);
    const parent = path.dirname(folder);
    await fs.mkdir(parent, { recursive: true });
    await removeLeftovers(folder);
    const partial = `${folder}.partial-${randomUUID().slice(0, 8)}`;
    try {
      await steps.clone(partial);
      // A clone that finished after its abort is dropped too: an aborted sync never leaves a clone.
      if (signal.aborted) throw stopped();
      await fs.rename(partial, folder);
    } catch (error) {
      await fs.rm(partial, { recursive: true, force: true });
      throw error;
    }
  });
  return raceAbort(work, signal, stopped);
}

/** Partial folders a killed process left behind (this process's own are chained, so none is running). */
async function removeLeftovers(folder: string): Promise<void> {
  const parent = path.dirname(folder);
  const prefix = `${path.basename(folder)}.partial-`;
  const names = await fs.readdir(parent).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix))
      .map((name) => fs.rm(path.join(parent, name), { recursive: true, force: true })),
  );
}
