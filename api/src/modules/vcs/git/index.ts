import { RepositoryError, type RepositoryProvider, type RepositorySource } from '../provider.js';
import { GitCommandProvider } from './command-provider.js';
import { cloneFolder } from './local-copy.js';
import { loadNodegit } from './nodegit-load.js';
import { NodegitProvider } from './nodegit-provider.js';

/*
 * git repositories: nodegit when it loads, the `git` command otherwise. Both
 * keep the same bare clone at `<repositoriesDir>/<projectId>.git` and answer
 * the same way, so switching between them needs no re-clone.
 */

export interface OpenGitOptions {
  repositoriesDir: string;
  /** 'auto' (default): nodegit when it loads; 'git' forces the command; 'nodegit' fails when it cannot load. */
  prefer?: 'auto' | 'nodegit' | 'git';
}

export async function openGit(source: RepositorySource, options: OpenGitOptions): Promise<RepositoryProvider> {
  const folder = cloneFolder(options.repositoriesDir, source.projectId);
  const prefer = options.prefer ?? 'auto';
  if (prefer === 'git') return new GitCommandProvider(source, folder);
  const loaded = await loadNodegit();
  if (loaded.nodegit) return new NodegitProvider(loaded.nodegit, source, folder);
  if (prefer === 'nodegit') throw new RepositoryError(loaded.reason, false);
  return new GitCommandProvider(source, folder);
}

/** Which implementation 'auto' uses, and why nodegit is not it (for the start-up log and the admin page). */
export async function gitImplementation(): Promise<{ name: 'nodegit' | 'git'; reason: string | null }> {
  const loaded = await loadNodegit();
  return loaded.nodegit ? { name: 'nodegit', reason: null } : { name: 'git', reason: loaded.reason };
}
