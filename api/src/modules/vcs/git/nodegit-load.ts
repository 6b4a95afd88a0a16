import type { Nodegit } from './nodegit-types.js';

export type NodegitLoad = { nodegit: Nodegit; reason: null } | { nodegit: null; reason: string };

let loading: Promise<NodegitLoad> | null = null;

/**
 * Loads nodegit once, on first use: it is a native module built for one Node
 * version, optional in package.json, and costs start-up time, so a server
 * without git repositories never pays for it. A failure is kept as a reason
 * (the server prints it at start-up) and the `git` command is used instead.
 */
export function loadNodegit(): Promise<NodegitLoad> {
  loading ??= (async (): Promise<NodegitLoad> => {
    // A variable specifier: nodegit has no types for an ESM import, nodegit-types.ts describes what we use.
    const specifier = 'nodegit';
    try {
      const loaded = (await import(specifier)) as { default: Nodegit };
      return { nodegit: loaded.default, reason: null };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { nodegit: null, reason: `nodegit could not be loaded: ${message.split('\n')[0]?.slice(0, 300)}` };
    }
  })();
  return loading;
}
