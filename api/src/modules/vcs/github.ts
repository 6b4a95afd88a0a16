import { splitMessage } from './commit-message.js';
import { GitHubClient, type GitHubClientOptions } from './github-client.js';
import { parseGitHubUrl } from './github-url.js';
import {
  RepositoryError,
  type CommitInfo,
  type RepositoryProvider,
  type RepositorySource,
  type SyncOptions,
} from './provider.js';

export type GitHubProviderOptions = GitHubClientOptions;

/** The parts of GitHub's commit object (single commit, list and compare answers share it) that we read. */
interface GitHubCommit {
  sha: string;
  commit: {
    author: { name?: string; email?: string; date?: string } | null;
    committer: { name?: string; email?: string; date?: string } | null;
    message: string;
  };
  author: { login?: string } | null;
  parents: { sha: string }[];
}

interface GitHubCompare {
  total_commits: number;
  commits: GitHubCommit[];
}

interface GitHubTag {
  name: string;
  commit: { sha: string };
}

const PAGE = 100;
/** Commits by full sha never change: kept for good, bounded only so a huge walk cannot exhaust memory. */
const MAX_CACHED_COMMITS = 100_000;

/**
 * A GitHub repository read through the REST API, without a clone: the
 * commit, compare, commit list and tags endpoints. Codespeed's GitHub backend
 * failed uploads on rate limits; here they are waited out (up to maxWaitMs) in
 * the background enrichment and otherwise reported as transient.
 */
export class GitHubProvider implements RepositoryProvider {
  readonly implementation = 'github';
  private readonly owner: string;
  private readonly repo: string;
  private readonly client: GitHubClient;
  private readonly commits = new Map<string, GitHubCommit>();
  /** sha → tag names; read once per sync (tags move rarely, and each page costs a request). */
  private tags: Promise<Map<string, string[]>> | null = null;

  constructor(source: RepositorySource, options: GitHubProviderOptions = {}) {
    ({ owner: this.owner, repo: this.repo } = parseGitHubUrl(source.url));
    this.client = new GitHubClient(options);
  }

  private get base(): string {
    return `/repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}`;
  }

  /** Nothing to fetch: checks that the repository exists and is visible, and rereads its tags. */
  async sync({ signal, onProgress }: SyncOptions): Promise<void> {
    onProgress?.({ fraction: 0, phase: 'checking the repository on GitHub' });
    const found = await this.client.get(this.base, { signal, absent: [404] });
    if (found.body === null) {
      throw new RepositoryError(
        `GitHub repository ${this.owner}/${this.repo} was not found at ${this.client.apiUrl} (or the token cannot see it)`,
        false,
      );
    }
    onProgress?.({ fraction: 0.5, phase: 'reading tags' });
    this.tags = null;
    await this.tagMap(signal);
    onProgress?.({ fraction: 1, phase: 'ready' });
  }

  async commit(id: string): Promise<CommitInfo | null> {
    const known = this.commits.get(id.toLowerCase());
    if (known) return this.info(known);
    // 404: unknown sha; 422: "No commit found for SHA" (GitHub answers both for ids it does not know).
    const found = await this.client.get<GitHubCommit>(`${this.base}/commits/${encodeURIComponent(id)}`, {
      absent: [404, 409, 422],
    });
    if (!found.body) return null;
    return this.info(this.keep(found.body));
  }

  async log(from: string | null, to: string, limit: number): Promise<CommitInfo[]> {
    if (limit <= 0) return [];
    const raw = from === null ? await this.listFrom(to, limit) : await this.compare(from, to, limit);
    return Promise.all(raw.map((commit) => this.info(commit)));
  }

  async firstParentHistory(head: string, limit: number): Promise<string[]> {
    const ids: string[] = [];
    const firstParent = new Map<string, string | null>();
    let want: string | null = null;
    // The list endpoint walks all ancestors newest first; the first-parent chain is threaded through its pages.
    for (let page = 1; ids.length < limit; page++) {
      const commits = await this.listPage(head, page);
      if (commits === null || commits.length === 0) break;
      for (const commit of commits) firstParent.set(commit.sha, commit.parents[0]?.sha ?? null);
      want ??= commits[0]!.sha;
      while (want !== null && ids.length < limit && firstParent.has(want)) {
        ids.push(want);
        want = firstParent.get(want)!;
      }
      if (want === null) break;
    }
    return ids;
  }

  /** Commits reachable from `to` and not `from`, newest first: compare pages are oldest first, so read from the last. */
  private async compare(from: string, to: string, limit: number): Promise<GitHubCommit[]> {
    const path = `${this.base}/compare/${encodeURIComponent(from)}...${encodeURIComponent(to)}`;
    const page = async (n: number) =>
      (await this.client.get<GitHubCompare>(`${path}?per_page=${PAGE}&page=${n}`)).body!;
    const first = await page(1);
    const pages = Math.max(1, Math.ceil(first.total_commits / PAGE));
    const newestFirst: GitHubCommit[] = [];
    for (let n = pages; n >= 1 && newestFirst.length < limit; n--) {
      const { commits } = n === 1 ? first : await page(n);
      newestFirst.push(...[...commits].reverse());
    }
    return newestFirst.slice(0, limit).map((commit) => this.keep(commit));
  }

  private async listFrom(to: string, limit: number): Promise<GitHubCommit[]> {
    const out: GitHubCommit[] = [];
    for (let page = 1; out.length < limit; page++) {
      const commits = await this.listPage(to, page);
      if (commits === null || commits.length === 0) break;
      out.push(...commits);
    }
    return out.slice(0, limit);
  }

  /** One page of the commit list from `head`; null when GitHub does not know `head`. */
  private async listPage(head: string, page: number): Promise<GitHubCommit[] | null> {
    const path = `${this.base}/commits?sha=${encodeURIComponent(head)}&per_page=${PAGE}&page=${page}`;
    const found = await this.client.get<GitHubCommit[]>(path, { absent: [404, 409, 422] });
    return found.body?.map((commit) => this.keep(commit)) ?? null;
  }

  private keep(commit: GitHubCommit): GitHubCommit {
    if (this.commits.size >= MAX_CACHED_COMMITS) this.commits.delete(this.commits.keys().next().value!);
    this.commits.set(commit.sha.toLowerCase(), commit);
    return commit;
  }

  private tagMap(signal?: AbortSignal): Promise<Map<string, string[]>> {
    if (!this.tags) {
      const loading = this.readTags(signal);
      this.tags = loading;
      // A failed read is retried next time rather than cached.
      loading.catch(() => {
        if (this.tags === loading) this.tags = null;
      });
    }
    return this.tags;
  }

  private async readTags(signal?: AbortSignal): Promise<Map<string, string[]>> {
    const bySha = new Map<string, string[]>();
    let next: string | null = `${this.base}/tags?per_page=${PAGE}`;
    while (next) {
      const page: { body: GitHubTag[] | null; next: string | null } = await this.client.get<GitHubTag[]>(next, {
        signal,
      });
      for (const tag of page.body ?? []) {
        const sha = tag.commit.sha.toLowerCase();
        bySha.set(sha, [...(bySha.get(sha) ?? []), tag.name]);
      }
      next = page.next;
    }
    return bySha;
  }

  private async info(raw: GitHubCommit): Promise<CommitInfo> {
    const { author, committer, message } = raw.commit;
    const { subject, body } = splitMessage(message);
    const date = committer?.date ?? author?.date;
    return {
      id: raw.sha,
      shortId: raw.sha.slice(0, 7),
      author: author?.name || raw.author?.login || '',
      authorEmail: author?.email ?? '',
      date: date ? new Date(date) : new Date(0),
      subject,
      body,
      tags: (await this.tagMap()).get(raw.sha.toLowerCase()) ?? [],
      parents: raw.parents.map((parent) => parent.sha),
    };
  }
}
