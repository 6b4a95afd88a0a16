import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubProvider, type GitHubProviderOptions } from '../../src/modules/vcs/github.js';
import { parseGitHubUrl } from '../../src/modules/vcs/github-url.js';
import { RepositoryError, type RepositorySource } from '../../src/modules/vcs/provider.js';
import { FakeGitHub, fakeCommit, sha, type FakeCommit, type FakeRepository } from './github-server.js';

/**
 * The GitHub provider against a real HTTP server answering GitHub's endpoints
 * (github-server.ts): a main line of 150 commits, a side branch merged back,
 * tags, and enough commits that lists and comparisons come in pages.
 */
function history(): FakeRepository {
  const commits: FakeCommit[] = [];
  for (let i = 0; i < 150; i++) commits.push(fakeCommit(`m${i}`, 2 * i, i === 0 ? [] : [sha(`m${i - 1}`)]));
  // The side branch's commits interleave by date with the main line: first-parent order must skip them.
  commits.push(fakeCommit('s1', 211, [sha('m100')]), fakeCommit('s2', 251, [sha('s1')]));
  commits.push(
    fakeCommit(
      'merge',
      300,
      [sha('m149'), sha('s2')],
      'Merge pull request #7 from mona/side\n\nSide work\nin two commits\n',
    ),
  );
  commits.push(fakeCommit('head', 302, [sha('merge')], 'Speed up the parser'));
  return {
    owner: 'octo',
    repo: 'speed',
    commits,
    branches: { main: sha('head') },
    tags: { 'v1.0': sha('m10'), 'v2.0': sha('merge'), release: sha('merge') },
  };
}

const source = (url: string): RepositorySource => ({
  projectId: 1,
  url,
  user: '',
  password: '',
  defaultBranch: 'main',
});
const sync = (provider: GitHubProvider) => provider.sync({ signal: AbortSignal.timeout(10_000) });

describe('GitHub repository URLs', () => {
  it('accepts the https, ssh and owner/repo forms', () => {
    for (const url of [
      'https://github.com/octo/speed',
      'https://github.com/octo/speed.git',
      'https://ghe.example.com/octo/speed/',
      'git@github.com:octo/speed.git',
      'octo/speed',
    ]) {
      expect(parseGitHubUrl(url)).toEqual({ owner: 'octo', repo: 'speed' });
    }
  });

  it('rejects a URL that names no repository, naming the field', () => {
    for (const url of ['https://github.com/octo', 'octo', 'https://github.com/octo/speed/tree/main', '', 'a b/c']) {
      expect(() => parseGitHubUrl(url)).toThrow(/repositoryUrl: .* is not a GitHub repository/);
    }
  });
});

describe('GitHubProvider', () => {
  const github = new FakeGitHub(history());
  let apiUrl = '';
  const provider = (options: GitHubProviderOptions = {}) =>
    new GitHubProvider(source('https://github.com/octo/speed'), { apiUrl, ...options });

  beforeAll(async () => {
    apiUrl = await github.start();
  });
  afterAll(() => github.stop());

  it('reads one commit with its committer date, message, tags and parents', async () => {
    const commit = await provider().commit(sha('merge'));
    expect(commit).toEqual({
      id: sha('merge'),
      shortId: sha('merge').slice(0, 7),
      author: 'Mona Lisa',
      authorEmail: 'mona@example.com',
      date: new Date('2026-11-01T05:00:30Z'),
      subject: 'Merge pull request #7 from mona/side',
      body: 'Side work\nin two commits',
      tags: ['v2.0', 'release'],
      parents: [sha('m149'), sha('s2')],
    });
  });

  it('accepts a short id and answers null for an id GitHub does not know', async () => {
    const github = provider();
    expect((await github.commit(sha('m3').slice(0, 7)))?.id).toBe(sha('m3'));
    expect(await github.commit('0000000')).toBeNull();
  });

  it('logs from one commit to another newest first, reading only the last compare page it needs', async () => {
    const before = github.requests.length;
    const newest = await provider().log(sha('m10'), 'main', 5);
    expect(newest.map((commit) => commit.id)).toEqual([
      sha('head'),
      sha('merge'),
      sha('m149'),
      sha('m148'),
      sha('m147'),
    ]);
    const compares = github.requests.slice(before).filter((request) => request.path.includes('/compare/'));
    expect(compares.map((request) => new URL(request.path, apiUrl).searchParams.get('page'))).toEqual(['1', '2']);

    const all = await provider().log(sha('m10'), sha('head'), 1000);
    expect(all).toHaveLength(143);
    expect(all.at(-1)?.id).toBe(sha('m11'));
    expect(all.map((commit) => commit.id)).toContain(sha('s2'));
    expect(all.find((commit) => commit.id === sha('m10'))).toBeUndefined();
  });

  it('logs a commit and its ancestors when there is no previous commit', async () => {
    const log = await provider().log(null, sha('m5'), 10);
    expect(log.map((commit) => commit.subject)).toEqual(['m5', 'm4', 'm3', 'm2', 'm1', 'm0'].map((m) => `Commit ${m}`));
    expect(log.at(-1)?.parents).toEqual([]);
  });

  it('follows first parents across list pages, skipping the merged branch', async () => {
    const ids = await provider().firstParentHistory('main', 1000);
    expect(ids).toHaveLength(152);
    expect(ids.slice(0, 4)).toEqual([sha('head'), sha('merge'), sha('m149'), sha('m148')]);
    expect(ids).not.toContain(sha('s1'));
    expect(ids.at(-1)).toBe(sha('m0'));
    expect(await provider().firstParentHistory(sha('m2'), 2)).toEqual([sha('m2'), sha('m1')]);
    expect(await provider().firstParentHistory('no-such-branch', 10)).toEqual([]);
  });

  it('sends the token as Bearer with GitHub headers, and revalidates with ETags answered by 304', async () => {
    const github2 = provider({ token: 'ghp_secret' });
    await sync(github2);
    const before = github.requests.length;
    await sync(github2);
    const again = github.requests.slice(before);
    expect(again.map((request) => request.status)).toEqual([304, 304]);
    for (const request of again) {
      expect(request.headers.authorization).toBe('Bearer ghp_secret');
      expect(request.headers.accept).toBe('application/vnd.github+json');
      expect(request.headers['x-github-api-version']).toBe('2022-11-28');
      expect(request.headers['user-agent']).toBe('Speedgraph');
      expect(request.headers['if-none-match']).toMatch(/^W\/"/);
    }
    // A commit by full sha is immutable: the second read asks nothing.
    await github2.commit(sha('m7'));
    const afterFirst = github.requests.length;
    expect((await github2.commit(sha('m7')))?.subject).toBe('Commit m7');
    expect(github.requests.length).toBe(afterFirst);
  });

  it('waits for a rate limit to reset and then succeeds', async () => {
    github.rateLimit({ status: 403, resetIn: 1 });
    const started = Date.now();
    expect((await provider({ maxWaitMs: 5_000 }).commit(sha('m20')))?.id).toBe(sha('m20'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('honours retry-after on a secondary rate limit', async () => {
    github.rateLimit({ status: 429, retryAfter: 1 });
    const started = Date.now();
    expect((await provider({ maxWaitMs: 5_000 }).commit(sha('m21')))?.id).toBe(sha('m21'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('gives up quickly with a transient error when the limit lasts longer than it may wait', async () => {
    github.rateLimit({ status: 403, resetIn: 3600 });
    const started = Date.now();
    const error = await provider({ maxWaitMs: 2_000 })
      .commit(sha('m22'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RepositoryError);
    expect((error as RepositoryError).message).toMatch(/^GitHub rate limit: retry after \d{4}-\d\d-\d\dT/);
    expect((error as RepositoryError).transient).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reports an unknown repository as a clear, lasting error', async () => {
    const missing = new GitHubProvider(source('octo/missing'), { apiUrl });
    const error = await sync(missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RepositoryError);
    expect((error as RepositoryError).message).toContain('GitHub repository octo/missing was not found');
    expect((error as RepositoryError).transient).toBe(false);
  });

  it('reports an unreachable API as transient', async () => {
    const away = new GitHubProvider(source('octo/speed'), { apiUrl: 'http://127.0.0.1:9' });
    const error = await sync(away).catch((e: unknown) => e);
    expect((error as RepositoryError).message).toMatch(/GitHub is unreachable at http:\/\/127\.0\.0\.1:9/);
    expect((error as RepositoryError).transient).toBe(true);
  });
});

describe('GitHubProvider on GitHub Enterprise', () => {
  const enterprise = new FakeGitHub(history(), '/api/v3');
  afterAll(() => enterprise.stop());

  it('calls the API under the configured base path', async () => {
    const apiUrl = await enterprise.start();
    expect(apiUrl).toMatch(/\/api\/v3$/);
    const provider = new GitHubProvider(source('https://ghe.example.com/octo/speed.git'), { apiUrl: `${apiUrl}/` });
    const phases: string[] = [];
    await provider.sync({ signal: AbortSignal.timeout(10_000), onProgress: (p) => phases.push(p.phase) });
    expect(phases.at(-1)).toBe('ready');
    expect((await provider.commit(sha('head')))?.subject).toBe('Speed up the parser');
    expect(enterprise.requests.every((request) => request.path.startsWith('/api/v3/repos/octo/speed'))).toBe(true);
  });
});
