import type { CommitInfo, RepositoryProvider, RepositorySource, SyncOptions, SyncProgress } from '../provider.js';
import { RepositoryError } from '../provider.js';
import { runCommand, type RunOptions } from '../run-command.js';
import { addTag, isBranchName, isCommitId, isFullCommitId, toCommitInfo, type RawCommit } from './commit-fields.js';
import { readFailure, syncFailure } from './failure.js';
import { BRANCH_REFSPEC, cloneOrFetch, exists } from './local-copy.js';

/*
 * git through the `git` command, when nodegit cannot be loaded (or a setting
 * asks for it). Output is always machine-readable (NUL-separated formats,
 * never the human log), and git may never ask anyone anything: an
 * unreachable or private URL fails instead of waiting for a password.
 */

/** Fields of one commit, NUL-separated; with -z, commits are NUL-separated too, so 6 fields per commit. */
const LOG_FORMAT = '--format=%H%x00%an%x00%ae%x00%ct%x00%P%x00%B';
const LOG_FIELDS = 6;

/**
 * Credentials come from the environment through an inline helper, so they are
 * never in argv (visible in `ps`) nor written to the clone's config. The empty
 * helper first drops any helper the machine's git config lists.
 */
const CREDENTIAL_HELPER =
  'credential.helper=!f() { test "$1" = get && echo "username=$SPEEDGRAPH_GIT_USER" && echo "password=$SPEEDGRAPH_GIT_PASSWORD"; }; f';

/** The local phases only, as nodegit reports them: the server's "remote: Counting objects" would make the bar jump back. */
const PROGRESS = /(Receiving objects|Resolving deltas):\s+(\d+)% \((\d+)\/(\d+)\)/g;

/**
 * The progress in a piece of `--progress` stderr: the last line of each phase
 * it holds, in order (a busy machine hands over receiving and resolving in one piece).
 */
export function parseProgress(text: string): SyncProgress[] {
  const last = new Map<string, SyncProgress>();
  const count = (n: string | undefined) => Number(n).toLocaleString('en-US');
  for (const [, what, percent, done, total] of text.matchAll(PROGRESS)) {
    const phase = what!.toLowerCase();
    last.delete(phase);
    last.set(phase, { fraction: Number(percent) / 100, phase: `${phase} ${count(done)}/${count(total)}` });
  }
  return [...last.values()];
}

export class GitCommandProvider implements RepositoryProvider {
  readonly implementation = 'git';
  private tags: Promise<Map<string, string[]>> | null = null;

  constructor(
    private readonly source: RepositorySource,
    /** The bare clone: `<repositoriesDir>/<projectId>.git`. */
    readonly folder: string,
  ) {}

  async sync({ signal, onProgress }: SyncOptions): Promise<void> {
    this.tags = null;
    const url = this.source.url;
    const remote = this.remoteOptions(signal, onProgress);
    await cloneOrFetch(
      this.folder,
      url,
      {
        clone: async (into) => {
          onProgress?.({ fraction: null, phase: 'cloning' });
          await runCommand(
            'git',
            [...remote.config, 'clone', '--bare', '--progress', '--', url, into],
            remote.run,
          ).catch((error: unknown) => {
            throw syncFailure('clone', url, error, remote.stderr());
          });
        },
        fetch: async (folder) => {
          onProgress?.({ fraction: null, phase: 'fetching' });
          const git = ['--git-dir', folder];
          // The project's URL may have changed since the clone.
          const stored = await runCommand('git', [...git, 'config', '--get', 'remote.origin.url'], { okCodes: [1] });
          if (stored.stdout.trim() !== url) await runCommand('git', [...git, 'config', 'remote.origin.url', url]);
          await runCommand(
            'git',
            [...git, ...remote.config, 'fetch', '--progress', '--prune', '--tags', 'origin', BRANCH_REFSPEC],
            remote.run,
          ).catch((error: unknown) => {
            throw syncFailure('fetch', url, error, remote.stderr());
          });
        },
      },
      signal,
    );
    // Again: a question asked while the fetch ran may have read the old tags.
    this.tags = null;
    onProgress?.({ fraction: 1, phase: 'up to date' });
  }

  /** Settings shared by clone and fetch: never prompt, credentials from the environment. */
  private remoteOptions(signal: AbortSignal, onProgress: SyncOptions['onProgress']) {
    const env: Record<string, string> = {
      GIT_TERMINAL_PROMPT: '0',
      // ssh must fail rather than ask about a host key or a passphrase.
      GIT_SSH_COMMAND: 'ssh -o BatchMode=yes',
    };
    const config: string[] = [];
    if (this.source.user || this.source.password) {
      env.SPEEDGRAPH_GIT_USER = this.source.user;
      env.SPEEDGRAPH_GIT_PASSWORD = this.source.password;
      config.push('-c', 'credential.helper=', '-c', CREDENTIAL_HELPER);
    }
    // Kept whole for the error message: runCommand's own keeps only the last lines, git's advice.
    let stderr = '';
    let partial = '';
    const run: RunOptions = {
      signal,
      env,
      onStderr: (chunk) => {
        stderr = (stderr + chunk).slice(-20_000);
        // Progress lines end in \r (or \n when done); a chunk may stop mid-line, so only whole lines are read.
        partial += chunk;
        const end = Math.max(partial.lastIndexOf('\r'), partial.lastIndexOf('\n')) + 1;
        const progress = parseProgress(partial.slice(0, end));
        partial = partial.slice(end).slice(-1000);
        for (const p of progress) onProgress?.(p);
      },
    };
    return { config, run, stderr: () => stderr };
  }

  async commit(id: string): Promise<CommitInfo | null> {
    const full = await this.resolve(id);
    if (!full) return null;
    const [raw] = await this.readLog(['--no-walk', full]);
    return raw ? toCommitInfo(raw, await this.tagMap()) : null;
  }

  async log(from: string | null, to: string, limit: number): Promise<CommitInfo[]> {
    const head = await this.resolve(to);
    const base = from === null ? null : await this.resolve(from);
    if (!head || (from !== null && !base) || limit <= 0) return [];
    // --date-order is libgit2's TOPOLOGICAL|TIME: no parent before its children, else newest first.
    const raws = await this.readLog(['--date-order', `--max-count=${limit}`, head, ...(base ? [`^${base}`] : [])]);
    const tags = await this.tagMap();
    return raws.map((raw) => toCommitInfo(raw, tags));
  }

  async firstParentHistory(head: string, limit: number): Promise<string[]> {
    const tip = isFullCommitId(head)
      ? await this.resolve(head)
      : ((await this.branchTip(head)) ?? (await this.resolve(head)));
    if (!tip || limit <= 0) return [];
    const out = await this.git(['rev-list', '--first-parent', `--max-count=${limit}`, tip, '--']);
    return out.split('\n').filter(Boolean);
  }

  /** Full id of a commit named by a full or short id; null when absent, ambiguous or not a commit. */
  private async resolve(id: string): Promise<string | null> {
    if (!isCommitId(id) || !(await exists(this.folder))) return null;
    const out = await this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${id}^{commit}`], [1, 128]);
    return out.trim() || null;
  }

  private async branchTip(name: string): Promise<string | null> {
    if (!isBranchName(name) || !(await exists(this.folder))) return null;
    const out = await this.git(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/heads/${name}^{commit}`],
      [1],
    );
    return out.trim() || null;
  }

  private async readLog(args: string[]): Promise<RawCommit[]> {
    const fields = (await this.git(['log', '-z', LOG_FORMAT, ...args, '--'])).split('\0');
    const commits: RawCommit[] = [];
    for (let i = 0; i + LOG_FIELDS <= fields.length; i += LOG_FIELDS) {
      const [id, author, authorEmail, time, parents, message] = fields.slice(i, i + LOG_FIELDS) as [
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      commits.push({
        id,
        author,
        authorEmail,
        date: new Date(Number(time) * 1000),
        parents: parents.split(' ').filter(Boolean),
        message,
      });
    }
    return commits;
  }

  /** Commit id → tag names, read once per sync; annotated tags are peeled to their commit. */
  private tagMap(): Promise<Map<string, string[]>> {
    this.tags ??= this.git([
      'for-each-ref',
      '--format=%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)%00%(refname:strip=2)',
      'refs/tags',
    ]).then((out) => {
      const tags = new Map<string, string[]>();
      for (const line of out.split('\n').filter(Boolean)) {
        const [type, id, peeledType, peeled, name] = line.split('\0');
        if (type === 'commit') addTag(tags, id!, name!);
        else if (peeledType === 'commit') addTag(tags, peeled!, name!);
      }
      return tags;
    });
    // A failed read is not kept: the next question tries again.
    this.tags.catch(() => (this.tags = null));
    return this.tags;
  }

  /** Reads the local clone; a failure here is the copy's, not the URL's. */
  private async git(args: string[], okCodes?: number[]): Promise<string> {
    try {
      return (await runCommand('git', ['--git-dir', this.folder, ...args], { okCodes })).stdout;
    } catch (error) {
      if (error instanceof RepositoryError && /not installed/.test(error.message)) throw error;
      throw readFailure(`the clone of ${this.folder}`, error);
    }
  }
}
