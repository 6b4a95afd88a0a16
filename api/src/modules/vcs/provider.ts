/*
 * What Speedgraph needs from a repository, whatever keeps it: git (nodegit, or
 * the `git` command when nodegit cannot be loaded), GitHub's REST API,
 * Mercurial and Subversion through their command-line tools. Enrichment
 * (enrichment.service.ts) only talks to this interface.
 */

/** One commit as the changes view shows it. */
export interface CommitInfo {
  /** Full id: a hash, or the revision number for Subversion. */
  id: string;
  /** What people quote: 7 characters of a hash, the number for Subversion, Mercurial's 12. */
  shortId: string;
  author: string;
  /** Empty when the system keeps none (Subversion). */
  authorEmail: string;
  /** The commit's date (git: committer date; the one that follows history on a rebase). */
  date: Date;
  /** The first line of the message. */
  subject: string;
  /** The rest of the message, trimmed; empty when there is none. */
  body: string;
  /** Tags pointing at this commit. */
  tags: string[];
  /** Parent ids, first parent first; empty for a root commit. */
  parents: string[];
}

/** Progress of a clone or fetch, for the admin page. */
export interface SyncProgress {
  /** 0..1 when known. */
  fraction: number | null;
  /** A short human phrase: "receiving objects 1,200/5,000". */
  phase: string;
}

export interface SyncOptions {
  /** Aborted on timeout or shutdown; the provider stops and rejects. */
  signal: AbortSignal;
  onProgress?(progress: SyncProgress): void;
}

/** Where a repository lives and how to reach it (from the project's fields). */
export interface RepositorySource {
  projectId: number;
  url: string;
  user: string;
  password: string;
  /** The project's default branch name ('' when unset): where history order starts when a branch has no ref. */
  defaultBranch: string;
}

export interface RepositoryProvider {
  /** 'nodegit', 'git', 'github', 'hg', 'svn': which implementation answered, for logs and the admin page. */
  readonly implementation: string;

  /**
   * Makes the local copy current: clones the first time (bare, into the
   * repositories folder), fetches afterwards. A no-op for remote APIs.
   */
  sync(options: SyncOptions): Promise<void>;

  /** One commit, or null when the repository does not know the id (sync first). Accepts short ids. */
  commit(id: string): Promise<CommitInfo | null>;

  /**
   * The commits reachable from `to` and not from `from` (git's `from..to`),
   * newest first, at most `limit`; with `from` null, `to` alone.
   */
  log(from: string | null, to: string, limit: number): Promise<CommitInfo[]>;

  /**
   * Full ids along the first-parent chain ending at `head` (a commit id or a
   * branch name), newest first, at most `limit`. This is history order: it
   * stays right where rebased commits share one date.
   */
  firstParentHistory(head: string, limit: number): Promise<string[]>;
}

/** A repository that cannot be read: unreachable, unknown, refused credentials, timed out. */
export class RepositoryError extends Error {
  constructor(
    message: string,
    /** Worth trying again later (network, rate limit) rather than a wrong URL or id. */
    readonly transient: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RepositoryError';
  }
}
