// @module-tag hg
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MercurialProvider } from '../../src/modules/vcs/hg.js';
import { RepositoryError, type SyncProgress } from '../../src/modules/vcs/provider.js';
import { HgWorkRepository } from './hg-repository.js';

/**
 * The Mercurial provider against a repository made here with `hg`: a default
 * line, a named branch merged back, a tag; cloned without a working copy,
 * then pulled after new commits.
 */
const tmp = mkdtempSync(path.join(os.tmpdir(), 'speedgraph-hg-'));
const work = new HgWorkRepository(path.join(tmp, 'work'));
const repositoriesDir = path.join(tmp, 'repositories');
const nodes: Record<string, string> = {};
let provider: MercurialProvider;

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(async () => {
  await work.init();
  nodes.a = await work.commit('a.txt', '1', 'Start\n\nThe first commit,\nwith a body.\n', '2026-11-01 10:00:00 +0100');
  nodes.b = await work.commit('a.txt', '2', 'Second on default', '2026-11-02 10:00:00 +0000');
  await work.hg('branch', '-q', 'feature');
  nodes.f1 = await work.commit('f.txt', '1', 'Feature work', '2026-11-03 10:00:00 +0000', 'Bob <bob@example.org>');
  await work.hg('update', '-q', 'default');
  nodes.c = await work.commit('a.txt', '3', 'Third on default', '2026-11-04 10:00:00 +0000');
  await work.hg('merge', '-q', 'feature');
  // Rebased-looking commits: the merge and the next one share a date; history order must still hold.
  nodes.m = await work.commit('a.txt', '4', 'Merge feature', '2026-11-05 10:00:00 +0000');
  await work.hg('tag', '-d', '2026-11-05 10:00:00 +0000', '-u', 'Release Bot', '-r', nodes.m, 'v1.0');
  nodes.t = await work.node('tip');
  provider = new MercurialProvider(
    { projectId: 7, url: work.dir, user: '', password: '', defaultBranch: 'default' },
    { repositoriesDir },
  );
  const phases: SyncProgress[] = [];
  await provider.sync({ signal: AbortSignal.timeout(20_000), onProgress: (p) => phases.push(p) });
  expect(phases.map((p) => p.phase)).toEqual(['cloning', 'ready']);
});

describe('MercurialProvider', () => {
  it('clones without a working copy into <projectId>.hg', () => {
    expect(provider.path).toBe(path.join(repositoriesDir, '7.hg'));
    expect(existsSync(path.join(provider.path, '.hg'))).toBe(true);
    expect(existsSync(path.join(provider.path, 'a.txt'))).toBe(false);
  });

  it('reads a commit with author, e-mail, date, subject, body and no parents for the root', async () => {
    expect(await provider.commit(nodes.a!)).toEqual({
      id: nodes.a,
      shortId: nodes.a!.slice(0, 12),
      author: 'Ann Author',
      authorEmail: 'ann@example.com',
      date: new Date('2026-11-01T09:00:00Z'),
      subject: 'Start',
      body: 'The first commit,\nwith a body.',
      tags: [],
      parents: [],
    });
  });

  it('reads a merge with both parents and its tag, never "tip", and accepts a short id', async () => {
    const merge = await provider.commit(nodes.m!.slice(0, 12));
    expect(merge?.id).toBe(nodes.m);
    expect(merge?.parents).toEqual([nodes.c, nodes.f1]);
    expect(merge?.tags).toEqual(['v1.0']);
    const tagCommit = await provider.commit(nodes.t!);
    expect(tagCommit?.tags).toEqual([]);
    expect(tagCommit?.authorEmail).toBe('');
    expect(tagCommit?.author).toBe('Release Bot');
  });

  it('answers null for an unknown id, and never evaluates an id as a revset', async () => {
    expect(await provider.commit('deadbeefdeadbeef')).toBeNull();
    expect(await provider.commit('all()')).toBeNull();
    expect(await provider.commit('nope"; all() or "')).toBeNull();
  });

  it('logs what `to` has and `from` lacks, newest first, at most `limit`', async () => {
    const log = await provider.log(nodes.b!, nodes.m!, 10);
    expect(log.map((commit) => commit.subject)).toEqual(['Merge feature', 'Third on default', 'Feature work']);
    expect(log[2]?.author).toBe('Bob');
    expect((await provider.log(nodes.b!, nodes.m!, 1)).map((commit) => commit.id)).toEqual([nodes.m]);
    expect((await provider.log(null, nodes.b!, 10)).map((commit) => commit.id)).toEqual([nodes.b, nodes.a]);
  });

  it('walks first parents from a branch name or a node', async () => {
    expect(await provider.firstParentHistory('default', 100)).toEqual([nodes.t, nodes.m, nodes.c, nodes.b, nodes.a]);
    expect(await provider.firstParentHistory(nodes.m!, 2)).toEqual([nodes.m, nodes.c]);
    expect(await provider.firstParentHistory('feature', 100)).toEqual([nodes.f1, nodes.b, nodes.a]);
    expect(await provider.firstParentHistory('no-such-branch', 10)).toEqual([]);
  });

  it('pulls new commits on the next sync', async () => {
    const d = await work.commit('a.txt', '5', 'After the clone', '2026-11-06 10:00:00 +0000');
    expect(await provider.commit(d)).toBeNull();
    const phases: string[] = [];
    await provider.sync({ signal: AbortSignal.timeout(20_000), onProgress: (p) => phases.push(p.phase) });
    expect(phases).toEqual(['pulling', 'ready']);
    expect((await provider.commit(d))?.subject).toBe('After the clone');
    expect((await provider.firstParentHistory('default', 1))[0]).toBe(d);
  });

  it('fails a clone of a missing repository with a RepositoryError and leaves nothing behind', async () => {
    const missing = new MercurialProvider(
      { projectId: 8, url: path.join(tmp, 'absent'), user: '', password: '', defaultBranch: '' },
      { repositoriesDir },
    );
    const error = await missing.sync({ signal: AbortSignal.timeout(20_000) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RepositoryError);
    expect((error as RepositoryError).transient).toBe(false);
    expect(existsSync(path.join(repositoriesDir, '8.hg'))).toBe(false);
    expect(existsSync(path.join(repositoriesDir, '8.hg.partial'))).toBe(false);
    await expect(missing.commit('abc')).rejects.toThrow(/not there yet \(sync first\)/);
  });
});
