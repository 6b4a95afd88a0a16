// @module-tag svn
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RepositoryError, type RepositorySource } from '../../src/modules/vcs/provider.js';
import { SubversionProvider } from '../../src/modules/vcs/svn.js';
import { SvnTestRepository } from './svn-repository.js';

/**
 * The Subversion provider against a repository made here with `svnadmin` and
 * `svnmucc`, read from its file:// URL and, with a password, over svnserve.
 */
const tmp = mkdtempSync(path.join(os.tmpdir(), 'speedgraph-svn-'));
const repository = new SvnTestRepository(path.join(tmp, 'repo'));
let trunk: SubversionProvider;
let server: ChildProcess | null = null;
const signal = () => AbortSignal.timeout(20_000);
const source = (url: string, user = '', password = ''): RepositorySource => ({
  projectId: 3,
  url,
  user,
  password,
  defaultBranch: '',
});

beforeAll(async () => {
  await repository.create();
  await repository.commit('ann', 'Create trunk\n\nWith a first file.\n', '2026-11-01T10:00:00.000000Z', [
    'mkdir trunk',
    { put: '1', to: 'trunk/a.txt' },
  ]);
  await repository.commit('bob', 'Start a branch', '2026-11-02T10:00:00.000000Z', ['mkdir branches']);
  await repository.commit('ann', 'Faster parsing', '2026-11-03T10:00:00.000000Z', [{ put: '2', to: 'trunk/a.txt' }]);
  await repository.commit('007', '1.0', '2026-11-03T10:00:00.000000Z', [{ put: '3', to: 'trunk/a.txt' }]);
  trunk = new SubversionProvider(source(`${repository.url}/trunk`));
  await trunk.sync({ signal: signal() });
});

afterAll(() => {
  server?.kill();
  rmSync(tmp, { recursive: true, force: true });
});

describe('SubversionProvider', () => {
  it('reads a revision: number as both ids, no e-mail, no tags, the previous revision as parent', async () => {
    expect(await trunk.commit('1')).toEqual({
      id: '1',
      shortId: '1',
      author: 'ann',
      authorEmail: '',
      date: new Date('2026-11-01T10:00:00Z'),
      subject: 'Create trunk',
      body: 'With a first file.',
      tags: [],
      parents: [],
    });
    const fourth = await trunk.commit('4');
    // Names and messages that look like numbers stay text.
    expect([fourth?.author, fourth?.subject, fourth?.parents]).toEqual(['007', '1.0', ['3']]);
  });

  it('reads a revision that did not touch the project URL, through the repository root', async () => {
    expect((await trunk.commit('2'))?.subject).toBe('Start a branch');
  });

  it('answers null for a non-number, revision 0 and a revision not made yet', async () => {
    for (const id of ['abc123', 'HEAD', '-1', '0', '99', '2 3']) expect(await trunk.commit(id)).toBeNull();
  });

  it('logs the revisions after `from` up to `to` that changed the URL, newest first', async () => {
    expect((await trunk.log('1', '4', 10)).map((commit) => commit.id)).toEqual(['4', '3']);
    expect((await trunk.log('1', '4', 1)).map((commit) => commit.id)).toEqual(['4']);
    expect((await trunk.log(null, 'HEAD', 10)).map((commit) => commit.id)).toEqual(['4', '3', '1']);
    expect(await trunk.log('4', '4', 10)).toEqual([]);
  });

  it('counts history down from a number or HEAD', async () => {
    expect(await trunk.firstParentHistory('HEAD', 3)).toEqual(['4', '3', '2']);
    expect(await trunk.firstParentHistory('3', 10)).toEqual(['3', '2', '1']);
  });

  it('sees new revisions without any fetch', async () => {
    await repository.commit('ann', 'Later', '2026-11-05T10:00:00.000000Z', [{ put: '5', to: 'trunk/a.txt' }]);
    expect((await trunk.commit('5'))?.subject).toBe('Later');
    expect((await trunk.firstParentHistory('HEAD', 1))[0]).toBe('5');
  });

  it('reports a URL that is no repository as a lasting error', async () => {
    const missing = new SubversionProvider(source(`${repository.url}-absent/trunk`));
    const error = await missing.sync({ signal: signal() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RepositoryError);
    expect((error as RepositoryError).transient).toBe(false);
  });

  it('passes credentials to a password-protected svnserve as flags, and refuses a wrong password', async () => {
    const served = await repository.serve('carol', 'pa ss"word');
    server = served.server;
    const withPassword = new SubversionProvider(source(`${served.url}trunk`, 'carol', 'pa ss"word'));
    await withPassword.sync({ signal: signal() });
    expect((await withPassword.commit('3'))?.subject).toBe('Faster parsing');

    for (const wrong of [source(`${served.url}trunk`, 'carol', 'nope'), source(`${served.url}trunk`)]) {
      const error = await new SubversionProvider(wrong).sync({ signal: signal() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RepositoryError);
      expect((error as RepositoryError).transient).toBe(false);
      expect((error as RepositoryError).message).not.toContain('nope');
    }
    // Nobody listening is worth another try later.
    const closed = new SubversionProvider(source('svn://127.0.0.1:9/trunk', 'carol', 'pa ss"word'));
    const error = await closed.sync({ signal: signal() }).catch((e: unknown) => e);
    expect((error as RepositoryError).transient).toBe(true);
  });
});
