import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small stand-in for GitHub's REST API, served over real HTTP: the endpoints
 * the GitHub provider calls, answering with the shapes GitHub documents
 * (https://docs.github.com/en/rest/commits), paging with Link headers,
 * ETags with 304s, and rate-limit answers on demand.
 */

export interface FakeCommit {
  sha: string;
  message: string;
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
  login: string;
  parents: string[];
}

export interface FakeRepository {
  owner: string;
  repo: string;
  commits: FakeCommit[];
  branches: Record<string, string>;
  tags: Record<string, string>;
}

export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
  status: number;
}

export interface RateLimit {
  status: 403 | 429;
  /** Seconds ahead for x-ratelimit-reset (with x-ratelimit-remaining: 0). */
  resetIn?: number;
  retryAfter?: number;
}

export function sha(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

/** A commit made `minutes` after a fixed start, by a fixed person unless told. */
export function fakeCommit(label: string, minutes: number, parents: string[], message = `Commit ${label}`): FakeCommit {
  const date = new Date(Date.UTC(2026, 10, 1) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
  return {
    sha: sha(label),
    message,
    author: { name: 'Mona Lisa', email: 'mona@example.com', date },
    // Committed a minute after authoring, as a rebase does: the provider must report this one.
    committer: { name: 'GitHub', email: 'noreply@github.com', date: date.replace(/:00Z$/, ':30Z') },
    login: 'octocat',
    parents,
  };
}

export class FakeGitHub {
  readonly requests: SeenRequest[] = [];
  private server: Server | null = null;
  private limits: RateLimit[] = [];
  private base = '';

  constructor(
    private readonly repository: FakeRepository,
    /** Where the API lives on the server: '' like api.github.com, '/api/v3' like GitHub Enterprise. */
    private readonly prefix = '',
  ) {}

  /** The next requests (one per entry) get these rate-limit answers. */
  rateLimit(...limits: RateLimit[]): void {
    this.limits.push(...limits);
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const answer = this.answer(url);
      const etag = answer.body === undefined ? undefined : `W/"${sha(JSON.stringify(answer.body))}"`;
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', ...answer.headers };
      let status = answer.status;
      if (etag && status === 200) {
        headers.etag = etag;
        if (request.headers['if-none-match'] === etag) status = 304;
      }
      this.requests.push({ path: url.pathname + url.search, headers: request.headers, status });
      response.writeHead(status, headers);
      response.end(status === 304 ? undefined : JSON.stringify(answer.body ?? null));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}`;
    return `${this.base}${this.prefix}`;
  }

  async stop(): Promise<void> {
    // Never started (a setup before start() failed): nothing to wait for, where close() would never call back.
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private answer(url: URL): { status: number; body?: unknown; headers?: Record<string, string> } {
    const limit = this.limits.shift();
    if (limit) {
      const limitHeaders: Record<string, string> = { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0' };
      if (limit.resetIn !== undefined) {
        limitHeaders['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000) + limit.resetIn);
      }
      if (limit.retryAfter !== undefined) limitHeaders['retry-after'] = String(limit.retryAfter);
      return {
        status: limit.status,
        headers: limitHeaders,
        body: { message: 'API rate limit exceeded for 127.0.0.1.', documentation_url: 'https://docs.github.com/rest' },
      };
    }
    const { owner, repo } = this.repository;
    const root = `${this.prefix}/repos/${owner}/${repo}`;
    const path = url.pathname;
    const notFound = {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
    };
    if (!path.startsWith(root)) return notFound;
    const rest = path.slice(root.length);
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    if (rest === '') return { status: 200, body: this.repositoryJson() };
    if (rest === '/tags') {
      const all = Object.entries(this.repository.tags).map(([name, tagged]) => ({
        name,
        commit: { sha: tagged, url: `${this.base}${root}/commits/${tagged}` },
        zipball_url: `${this.base}${root}/zipball/refs/tags/${name}`,
        tarball_url: `${this.base}${root}/tarball/refs/tags/${name}`,
        node_id: `MDM6UmVm${name}`,
      }));
      return this.paged(url, all, perPage, page);
    }
    if (rest === '/commits') {
      const head = this.resolve(url.searchParams.get('sha') ?? 'main');
      if (!head) return { status: 404, body: { message: 'Not Found', status: '404' } };
      const newestFirst = this.ancestors(head).sort((a, b) => b.committer.date.localeCompare(a.committer.date));
      return this.paged(url, newestFirst, perPage, page, (commit) => this.commitJson(commit));
    }
    const single = /^\/commits\/([^/]+)$/.exec(rest);
    if (single) {
      const commit = this.resolve(decodeURIComponent(single[1]!));
      if (!commit) return { status: 422, body: { message: `No commit found for SHA: ${single[1]}`, status: '422' } };
      return { status: 200, body: this.commitJson(commit) };
    }
    const compare = /^\/compare\/(.+)\.\.\.(.+)$/.exec(rest);
    if (compare) {
      const base = this.resolve(decodeURIComponent(compare[1]!));
      const head = this.resolve(decodeURIComponent(compare[2]!));
      if (!base || !head) return notFound;
      const excluded = new Set(this.ancestors(base).map((commit) => commit.sha));
      const oldestFirst = this.ancestors(head)
        .filter((commit) => !excluded.has(commit.sha))
        .sort((a, b) => a.committer.date.localeCompare(b.committer.date));
      const slice = oldestFirst.slice((page - 1) * perPage, page * perPage);
      return {
        status: 200,
        body: {
          url: `${this.base}${root}/compare/${compare[1]}...${compare[2]}`,
          status: 'ahead',
          ahead_by: oldestFirst.length,
          behind_by: 0,
          total_commits: oldestFirst.length,
          base_commit: this.commitJson(base),
          merge_base_commit: this.commitJson(base),
          commits: slice.map((commit) => this.commitJson(commit)),
          files: [],
        },
      };
    }
    return notFound;
  }

  private paged<T>(url: URL, all: T[], perPage: number, page: number, shape: (item: T) => unknown = (item) => item) {
    const headers: Record<string, string> = {};
    if (page * perPage < all.length) {
      const next = new URL(url.pathname + url.search, this.base);
      next.searchParams.set('page', String(page + 1));
      const last = new URL(next);
      last.searchParams.set('page', String(Math.ceil(all.length / perPage)));
      headers.link = `<${next.href}>; rel="next", <${last.href}>; rel="last"`;
    }
    return { status: 200, headers, body: all.slice((page - 1) * perPage, page * perPage).map(shape) };
  }

  private resolve(ref: string): FakeCommit | undefined {
    const target = this.repository.branches[ref] ?? this.repository.tags[ref] ?? ref;
    if (target.length < 4) return undefined;
    const matches = this.repository.commits.filter((commit) => commit.sha.startsWith(target.toLowerCase()));
    return matches.length === 1 ? matches[0] : undefined;
  }

  private ancestors(head: FakeCommit): FakeCommit[] {
    const bySha = new Map(this.repository.commits.map((commit) => [commit.sha, commit]));
    const seen = new Map<string, FakeCommit>();
    const stack = [head];
    while (stack.length) {
      const commit = stack.pop()!;
      if (seen.has(commit.sha)) continue;
      seen.set(commit.sha, commit);
      for (const parent of commit.parents) stack.push(bySha.get(parent)!);
    }
    return [...seen.values()];
  }

  private repositoryJson() {
    const { owner, repo } = this.repository;
    return {
      id: 1296269,
      node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
      name: repo,
      full_name: `${owner}/${repo}`,
      owner: { login: owner, id: 1, type: 'Organization' },
      private: false,
      html_url: `https://github.com/${owner}/${repo}`,
      default_branch: 'main',
    };
  }

  private commitJson(commit: FakeCommit) {
    const { owner, repo } = this.repository;
    const api = `${this.base}${this.prefix}/repos/${owner}/${repo}`;
    return {
      url: `${api}/commits/${commit.sha}`,
      sha: commit.sha,
      node_id: `C_${commit.sha.slice(0, 12)}`,
      html_url: `https://github.com/${owner}/${repo}/commit/${commit.sha}`,
      comments_url: `${api}/commits/${commit.sha}/comments`,
      commit: {
        url: `${api}/git/commits/${commit.sha}`,
        author: commit.author,
        committer: commit.committer,
        message: commit.message,
        tree: { url: `${api}/git/trees/${sha(`tree ${commit.sha}`)}`, sha: sha(`tree ${commit.sha}`) },
        comment_count: 0,
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
      },
      author: { login: commit.login, id: 583231, type: 'User', site_admin: false },
      committer: { login: 'web-flow', id: 19864447, type: 'User', site_admin: false },
      parents: commit.parents.map((parent) => ({
        sha: parent,
        url: `${api}/commits/${parent}`,
        html_url: `https://github.com/${owner}/${repo}/commit/${parent}`,
      })),
    };
  }
}
