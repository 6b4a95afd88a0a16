import type { CommitInfo, RepositoryProvider, RepositorySource, SyncOptions, SyncProgress } from '../provider.js';
import { addTag, isBranchName, isCommitId, isFullCommitId, toCommitInfo } from './commit-fields.js';
import { readFailure, syncFailure } from './failure.js';
import { BRANCH_REFSPEC, cloneOrFetch, exists, TAG_REFSPEC } from './local-copy.js';
import type { FetchOptions, IndexerProgress, Nodegit, Oid, Repository } from './nodegit-types.js';

/*
 * git through nodegit (libgit2): no process per question, and the walks run in
 * native code (`commitWalk`, `fastWalk`). The clone is `git init --bare` plus
 * a fetch of refs/heads/* into refs/heads/* and of every tag, which lays the
 * folder out as `git clone --bare` does (libgit2's bare clone would keep
 * branches other than the default under refs/remotes/origin/*), so the `git`
 * command can take over the same folder.
 */

/** How often transfer progress reaches JavaScript: each call that waits for an answer slows libgit2 a little. */
const PROGRESS_EVERY_MS = 100;

export function describeTransfer(stats: IndexerProgress): SyncProgress {
  const count = (n: number) => n.toLocaleString('en-US');
  const total = stats.totalObjects();
  const received = stats.receivedObjects();
  if (total > 0 && received >= total && stats.totalDeltas() > 0) {
    const deltas = stats.totalDeltas();
    return {
      fraction: stats.indexedDeltas() / deltas,
      phase: `resolving deltas ${count(stats.indexedDeltas())}/${count(deltas)}`,
    };
  }
  return {
    fraction: total > 0 ? received / total : null,
    phase: `receiving objects ${count(received)}/${count(total)}`,
  };
}

export class NodegitProvider implements RepositoryProvider {
  readonly implementation = 'nodegit';
  private repository: Promise<Repository> | null = null;
  private tags: Promise<Map<string, string[]>> | null = null;

  constructor(
    private readonly git: Nodegit,
    private readonly source: RepositorySource,
    /** The bare clone: `<repositoriesDir>/<projectId>.git`. */
    readonly folder: string,
  ) {}

  async sync({ signal, onProgress }: SyncOptions): Promise<void> {
    this.tags = null;
    this.repository = null;
    const { git } = this;
    const url = this.source.url;
    await cloneOrFetch(
      this.folder,
      url,
      {
        clone: async (into) => {
          onProgress?.({ fraction: null, phase: 'cloning' });
          try {
            const repo = await git.Repository.init(into, 1);
            const remote = await git.Remote.createWithFetchspec(repo, 'origin', url, BRANCH_REFSPEC);
            await remote.fetch([BRANCH_REFSPEC, TAG_REFSPEC], this.fetchOptions(signal, onProgress), 'clone');
          } catch (error) {
            throw syncFailure('clone', url, this.credentialsFailure ?? error);
          }
        },
        fetch: async (folder) => {
          onProgress?.({ fraction: null, phase: 'fetching' });
          const repo = await git.Repository.openBare(folder).catch((error: unknown) => {
            throw readFailure(folder, error);
          });
          try {
            // The project's URL may have changed since the clone.
            if ((await git.Remote.lookup(repo, 'origin')).url() !== url) git.Remote.setUrl(repo, 'origin', url);
            const remote = await git.Remote.lookup(repo, 'origin');
            await remote.fetch([BRANCH_REFSPEC, TAG_REFSPEC], this.fetchOptions(signal, onProgress), 'fetch');
          } catch (error) {
            throw syncFailure('fetch', url, this.credentialsFailure ?? error);
          }
        },
      },
      signal,
    );
    // Again: a question asked while the fetch ran may have read the old tags.
    this.tags = null;
    this.repository = null;
    onProgress?.({ fraction: 1, phase: 'up to date' });
  }

  /** Set when libgit2 asked for credentials we do not have or asked twice (the first were refused). */
  private credentialsFailure: Error | null = null;

  private fetchOptions(signal: AbortSignal, onProgress: SyncOptions['onProgress']): FetchOptions {
    const { git, source } = this;
    this.credentialsFailure = null;
    let asked = 0;
    return {
      prune: git.Fetch.PRUNE.GIT_FETCH_PRUNE,
      downloadTags: git.Remote.AUTOTAG_OPTION.DOWNLOAD_TAGS_ALL,
      callbacks: {
        // Credentials go to libgit2 only when the server asks, never into the stored URL.
        credentials: () => {
          asked += 1;
          if (!source.user && !source.password) {
            this.credentialsFailure = new Error('authentication required: no credentials are set');
            throw this.credentialsFailure;
          }
          if (asked > 1) {
            // libgit2 asks again after a refusal, forever unless told to stop.
            this.credentialsFailure = new Error('authentication failed: the credentials were refused');
            throw this.credentialsFailure;
          }
          return git.Credential.userpassPlaintextNew(source.user, source.password);
        },
        transferProgress: {
          // A negative answer makes libgit2 stop the transfer: that is how an abort reaches it.
          callback: (stats) => {
            if (!signal.aborted) onProgress?.(describeTransfer(stats));
            return signal.aborted ? -1 : 0;
          },
          throttle: PROGRESS_EVERY_MS,
          waitForResult: true,
        },
      },
    };
  }

  async commit(id: string): Promise<CommitInfo | null> {
    const repo = await this.open();
    if (!repo) return null;
    const oid = await this.resolve(repo, id);
    if (!oid) return null;
    try {
      const commit = await this.git.Commit.lookup(repo, oid);
      const parents = Array.from({ length: commit.parentcount() }, (_, n) => commit.parentId(n).tostrS());
      const raw = {
        id: commit.id().tostrS(),
        author: commit.author().name(),
        authorEmail: commit.author().email(),
        date: new Date(commit.committer().when().time() * 1000),
        parents,
        message: commit.message(),
      };
      return toCommitInfo(raw, await this.tagMap(repo));
    } catch (error) {
      throw readFailure(`commit ${id} in ${this.folder}`, error);
    }
  }

  async log(from: string | null, to: string, limit: number): Promise<CommitInfo[]> {
    const repo = await this.open();
    if (!repo || limit <= 0) return [];
    const head = await this.resolve(repo, to);
    const base = from === null ? null : await this.resolve(repo, from);
    if (!head || (from !== null && !base)) return [];
    try {
      const walk = repo.createRevWalk();
      // TOPOLOGICAL|TIME is git's --date-order: no parent before its children, else newest first.
      walk.sorting(this.git.Revwalk.SORT.TOPOLOGICAL, this.git.Revwalk.SORT.TIME);
      walk.push(head);
      if (base) walk.hide(base);
      const commits = await walk.commitWalk(limit, { returnPlainObjects: true });
      const tags = await this.tagMap(repo);
      return commits.map((c) =>
        toCommitInfo(
          {
            id: c.sha,
            author: c.author.name,
            authorEmail: c.author.email,
            date: new Date(c.committer.date),
            parents: c.parents,
            message: c.message,
          },
          tags,
        ),
      );
    } catch (error) {
      throw readFailure(`the log ${from ?? ''}..${to} in ${this.folder}`, error);
    }
  }

  async firstParentHistory(head: string, limit: number): Promise<string[]> {
    const repo = await this.open();
    if (!repo || limit <= 0) return [];
    const tip = isFullCommitId(head)
      ? await this.resolve(repo, head)
      : ((await this.branchTip(repo, head)) ?? (await this.resolve(repo, head)));
    if (!tip) return [];
    try {
      const walk = repo.createRevWalk();
      walk.push(tip);
      walk.simplifyFirstParent();
      return (await walk.fastWalk(limit)).map((oid) => oid.tostrS());
    } catch (error) {
      throw readFailure(`the history of ${head} in ${this.folder}`, error);
    }
  }

  /** The bare clone, opened once per sync; null before the first clone. */
  private async open(): Promise<Repository | null> {
    if (!(await exists(this.folder))) return null;
    this.repository ??= this.git.Repository.openBare(this.folder);
    return this.repository.catch((error: unknown) => {
      this.repository = null;
      throw readFailure(this.folder, error);
    });
  }

  /** A commit named by a full or short id; null when absent, ambiguous or not a commit. */
  private async resolve(repo: Repository, id: string): Promise<Oid | null> {
    if (!isCommitId(id)) return null;
    return this.git.Revparse.single(repo, `${id}^{commit}`).then(
      (found) => found.id(),
      () => null,
    );
  }

  private async branchTip(repo: Repository, name: string): Promise<Oid | null> {
    if (!isBranchName(name)) return null;
    return this.git.Reference.nameToId(repo, `refs/heads/${name}`).then(
      (oid) => oid,
      () => null,
    );
  }

  /** Commit id → tag names, read once per sync; annotated tags are peeled to their commit. */
  private tagMap(repo: Repository): Promise<Map<string, string[]>> {
    this.tags ??= (async () => {
      const tags = new Map<string, string[]>();
      for (const ref of await repo.getReferences()) {
        if (!ref.isTag()) continue;
        // A tag on a tree or a blob has no commit: skipped.
        const commit = await ref.peel(this.git.Object.TYPE.COMMIT).catch(() => null);
        if (commit) addTag(tags, commit.id().tostrS(), ref.name().replace(/^refs\/tags\//, ''));
      }
      return tags;
    })();
    // A failed read is not kept: the next question tries again.
    this.tags.catch(() => (this.tags = null));
    return this.tags;
  }
}
