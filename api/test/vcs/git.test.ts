import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitImplementation, openGit } from '../../src/modules/vcs/git/index.js';
import { RepositoryError, type RepositoryProvider, type SyncProgress } from '../../src/modules/vcs/provider.js';
import { AUTHOR, gitIn, makeGitFixture, REBASE_DATE, tempDir, type GitFixture } from './git-fixture.js';
import { serveGit, type GitHttpServer } from './git-http.js';

const available = await gitImplementation();
const root = tempDir('git-test');
let fixture: GitFixture;
let server: GitHttpServer;
let nextProject = 1;
const USER = 'ada';
const PASSWORD = 'secret-password-42';

beforeAll(async () => {
  fixture = makeGitFixture(root);
  const served = path.join(root, 'served');
  fs.mkdirSync(served);
  gitIn(served)('clone', '--quiet', '--bare', fixture.dir, 'private.git');
  server = await serveGit(served, USER, PASSWORD);
});
afterAll(async () => {
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const never = () => new AbortController().signal;

describe.each(['nodegit', 'git'] as const)('git provider through %s', (kind) => {
  const skip = kind === 'nodegit' && available.name !== 'nodegit';
  const repositoriesDir = path.join(root, `repositories-${kind}`);

  async function open(url: string, projectId = nextProject++, user = '', password = ''): Promise<RepositoryProvider> {
    const provider = await openGit(
      { projectId, url, user, password, defaultBranch: 'main' },
      { repositoriesDir, prefer: kind },
    );
    expect(provider.implementation).toBe(kind);
    return provider;
  }

  describe.skipIf(skip)(skip ? `skipped: ${available.reason}` : 'a synced clone', () => {
    let repo: RepositoryProvider;
    const progress: SyncProgress[] = [];
    const projectId = 1000 + (kind === 'git' ? 1 : 0);

    beforeAll(async () => {
      repo = await open(fixture.url, projectId);
      await repo.sync({ signal: never(), onProgress: (p) => progress.push(p) });
    });

    it('clones bare into <repositoriesDir>/<projectId>.git and reports progress', () => {
      const folder = path.join(repositoriesDir, `${projectId}.git`);
      expect(fs.existsSync(path.join(folder, 'HEAD'))).toBe(true);
      expect(fs.existsSync(path.join(folder, 'objects'))).toBe(true);
      expect(fs.existsSync(path.join(folder, '.git'))).toBe(false);
      expect(fs.readdirSync(repositoriesDir).filter((name) => name.includes('.partial-'))).toEqual([]);
      expect(progress.length).toBeGreaterThan(1);
      expect(progress.at(-1)).toEqual({ fraction: 1, phase: 'up to date' });
      const receiving = progress.filter((p) => /^receiving objects [\d,]+\/[\d,]+$/.test(p.phase));
      expect(receiving.length).toBeGreaterThan(0);
      for (const p of progress) if (p.fraction !== null) expect(p.fraction).toBeGreaterThanOrEqual(0);
      for (const p of progress) if (p.fraction !== null) expect(p.fraction).toBeLessThanOrEqual(1);
    });

    it('reads a commit: author, email, committer date, subject, body, parents', async () => {
      const f2 = await repo.commit(fixture.ids.f2!);
      expect(f2).toEqual({
        id: fixture.ids.f2,
        shortId: fixture.ids.f2!.slice(0, 7),
        author: AUTHOR.name,
        authorEmail: AUTHOR.email,
        date: new Date(fixture.dates.f2!),
        subject: 'Feature, part two',
        body: 'Explains the feature.',
        tags: [],
        parents: [fixture.ids.f1],
      });
      const c2 = await repo.commit(fixture.ids.c2!);
      expect(c2?.body).toBe('With a body\nof two lines.');
      expect(c2?.parents).toEqual([fixture.ids.c1]);
      expect((await repo.commit(fixture.ids.c1!))?.parents).toEqual([]);
    });

    it('gives each commit its annotated and lightweight tags', async () => {
      expect((await repo.commit(fixture.ids.c2!))?.tags).toEqual(['stable', 'v1.0']);
      expect((await repo.commit(fixture.ids.r3!))?.tags).toEqual(['light']);
    });

    it('gives a merge commit both parents, first parent first', async () => {
      const merge = await repo.commit(fixture.ids.merge!);
      expect(merge?.parents).toEqual([fixture.ids.c3, fixture.ids.f2]);
      expect(merge?.subject).toBe('Merge branch feature');
    });

    it('finds a commit by its short id', async () => {
      expect((await repo.commit(fixture.ids.merge!.slice(0, 7)))?.id).toBe(fixture.ids.merge);
      expect((await repo.commit(fixture.ids.r2!.slice(0, 10).toUpperCase()))?.id).toBe(fixture.ids.r2);
    });

    it('answers null for an unknown id and for anything that is not an id', async () => {
      expect(await repo.commit('0123456789abcdef0123456789abcdef01234567')).toBeNull();
      expect(await repo.commit('abcdef1')).toBeNull();
      expect(await repo.commit('main')).toBeNull();
      expect(await repo.commit('--output=/tmp/x')).toBeNull();
      expect(await repo.commit('')).toBeNull();
    });

    it('logs from..to in git rev-list order and content, the merged branch included', async () => {
      const { c1, r3 } = fixture.ids;
      const expected = fixture.git('rev-list', `${c1}..${r3}`).split('\n');
      expect(expected).toEqual(fixture.git('rev-list', '--date-order', `${c1}..${r3}`).split('\n'));
      const log = await repo.log(c1!, r3!, 100);
      expect(log.map((c) => c.id)).toEqual(expected);
      expect(log.map((c) => c.id)).toContain(fixture.ids.f1);
      for (const commit of log) expect(commit).toEqual(await repo.commit(commit.id));
      expect(log.find((c) => c.id === fixture.ids.r3)?.tags).toEqual(['light']);
    });

    it('logs from the start when from is null, newest first, at most limit', async () => {
      const all = fixture.git('rev-list', fixture.ids.r3!).split('\n');
      expect((await repo.log(null, fixture.ids.r3!, 1000)).map((c) => c.id)).toEqual(all);
      expect((await repo.log(null, fixture.ids.r3!, 4)).map((c) => c.id)).toEqual(all.slice(0, 4));
      expect((await repo.log(null, fixture.ids.c2!, 10)).map((c) => c.subject)).toEqual([
        'Second commit',
        'First commit',
      ]);
      expect(await repo.log(fixture.ids.r3!, fixture.ids.r3!, 10)).toEqual([]);
      expect(await repo.log(null, '0123456789abcdef0123456789abcdef01234567', 10)).toEqual([]);
    });

    it('follows first parents in history order even where rebased commits share a date', async () => {
      const { ids } = fixture;
      const expected = [ids.r3, ids.r2, ids.r1, ids.merge, ids.c3, ids.c2, ids.c1];
      const rebased = await Promise.all([ids.r1!, ids.r2!, ids.r3!].map((id) => repo.commit(id)));
      expect(rebased.map((c) => c?.date.toISOString())).toEqual(Array(3).fill(new Date(REBASE_DATE).toISOString()));
      expect(await repo.firstParentHistory('main', 100)).toEqual(expected);
      expect(await repo.firstParentHistory(ids.r3!, 100)).toEqual(expected);
      expect(await repo.firstParentHistory(ids.r3!.slice(0, 8), 3)).toEqual(expected.slice(0, 3));
      expect(await repo.firstParentHistory('feature', 100)).toEqual([ids.f2, ids.f1, ids.c2, ids.c1]);
      expect(await repo.firstParentHistory('main', 100)).toEqual(
        fixture.git('rev-list', '--first-parent', 'main').split('\n'),
      );
    });

    it('answers an empty history for an unknown branch or commit', async () => {
      expect(await repo.firstParentHistory('no-such-branch', 10)).toEqual([]);
      expect(await repo.firstParentHistory('0123456789abcdef0123456789abcdef01234567', 10)).toEqual([]);
      expect(await repo.firstParentHistory('--all', 10)).toEqual([]);
    });
  });

  describe.skipIf(skip)(skip ? `skipped: ${available.reason}` : 'syncing', () => {
    it('sees new commits, tags and branches after a fetch, and forgets deleted branches', async () => {
      const copy = path.join(root, `copy-${kind}`);
      fs.cpSync(fixture.dir, copy, { recursive: true });
      const repo = await open(`file://${copy}`);
      await repo.sync({ signal: never() });
      expect(await repo.firstParentHistory('feature', 1)).toEqual([fixture.ids.f2]);

      const git = gitIn(copy, { GIT_AUTHOR_DATE: '2024-02-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-02-01T00:00:00Z' });
      fs.writeFileSync(path.join(copy, 'new.txt'), 'new\n');
      git('add', 'new.txt');
      git('commit', '--quiet', '--message', 'After the clone');
      const added = git('rev-parse', 'HEAD');
      git('tag', '--annotate', 'v2.0', '--message', 'Release 2.0');
      git('branch', '--quiet', 'hotfix', fixture.ids.c3!);
      git('branch', '--quiet', '--delete', '--force', 'feature');
      expect(await repo.commit(added)).toBeNull();

      const progress: SyncProgress[] = [];
      await repo.sync({ signal: never(), onProgress: (p) => progress.push(p) });
      expect(progress.length).toBeGreaterThan(0);
      const commit = await repo.commit(added);
      expect(commit?.subject).toBe('After the clone');
      expect(commit?.tags).toEqual(['v2.0']);
      expect((await repo.firstParentHistory('main', 2))[0]).toBe(added);
      expect(await repo.firstParentHistory('hotfix', 1)).toEqual([fixture.ids.c3]);
      expect(await repo.firstParentHistory('feature', 1)).toEqual([]);
      expect((await repo.log(fixture.ids.r3!, added, 10)).map((c) => c.id)).toEqual([added]);
    });

    it.each([
      ['file:///nonexistent', /^could not clone file:\/\/\/nonexistent: repository not found$/, false],
      ['http://127.0.0.1:9/x.git', /^could not clone http:\/\/127\.0\.0\.1:9\/x\.git: network error \(.+\)$/, true],
    ])('fails quickly with a RepositoryError for %s', async (url, message, transient) => {
      const repo = await open(url);
      const started = Date.now();
      const error = await repo.sync({ signal: never() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RepositoryError);
      expect((error as RepositoryError).message).toMatch(message);
      expect((error as RepositoryError).transient).toBe(transient);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(await repo.commit(fixture.ids.c1!)).toBeNull();
    });

    it.each(['cloning', 'receiving objects'])(
      'stops when its signal aborts at "%s", leaves no clone behind, and clones on the next try',
      async (phase) => {
        const projectId = nextProject++;
        const repo = await open(fixture.url, projectId);
        const controller = new AbortController();
        const onProgress = (p: SyncProgress) => {
          if (p.phase.startsWith(phase)) controller.abort();
        };
        const error = await repo.sync({ signal: controller.signal, onProgress }).catch((e: unknown) => e);
        expect(controller.signal.aborted).toBe(true);
        expect(error).toBeInstanceOf(RepositoryError);
        expect((error as RepositoryError).message).toMatch(/stopped/);
        expect((error as RepositoryError).transient).toBe(true);
        expect(fs.existsSync(path.join(repositoriesDir, `${projectId}.git`))).toBe(false);

        await repo.sync({ signal: never() });
        expect((await repo.commit(fixture.ids.r3!))?.tags).toEqual(['light']);
        expect(fs.readdirSync(repositoriesDir).filter((name) => name.includes('.partial-'))).toEqual([]);
      },
    );

    it('clones over HTTP with the repository user and password, and keeps the password off the disk', async () => {
      const projectId = nextProject++;
      const repo = await open(`${server.url}/private.git`, projectId, USER, PASSWORD);
      await repo.sync({ signal: never() });
      await repo.sync({ signal: never() });
      expect((await repo.commit(fixture.ids.merge!))?.parents).toEqual([fixture.ids.c3, fixture.ids.f2]);
      const folder = path.join(repositoriesDir, `${projectId}.git`);
      const written = fs
        .readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((name) => fs.statSync(path.join(folder, name)).isFile() && !name.startsWith('objects'))
        .map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
      expect(written.join('\n')).not.toContain(PASSWORD);
    });

    it.each([
      ['a wrong password', '/private.git', PASSWORD.toUpperCase(), /credentials were refused or are missing/],
      ['no credentials', '/private.git', '', /credentials were refused or are missing/],
      ['an unknown repository', '/nothing-here.git', PASSWORD, /: repository not found$/],
    ])('fails with a clear RepositoryError over HTTP for %s', async (_, at, password, message) => {
      const repo = await open(`${server.url}${at}`, nextProject++, password ? USER : '', password);
      const started = Date.now();
      const error = await repo.sync({ signal: never() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RepositoryError);
      expect((error as RepositoryError).message).toMatch(message);
      expect((error as RepositoryError).message).not.toContain(PASSWORD);
      expect((error as RepositoryError).transient).toBe(false);
      expect(Date.now() - started).toBeLessThan(5000);
    });

    it.each([
      ['', /^the project has no repository URL$/],
      ['--upload-pack=touch /tmp/x', /^not a repository URL/],
    ])('refuses the URL %j before running anything', async (url, message) => {
      const error = await (await open(url)).sync({ signal: never() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RepositoryError);
      expect((error as RepositoryError).message).toMatch(message);
      expect((error as RepositoryError).transient).toBe(false);
    });

    it('rejects at once a sync whose signal has already aborted', async () => {
      const repo = await open(fixture.url);
      const error = await repo.sync({ signal: AbortSignal.abort() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RepositoryError);
    });
  });
});

describe('choosing the implementation', () => {
  it.skipIf(available.name !== 'nodegit')(
    'shares one clone folder: what the git command cloned, nodegit fetches and reads, and back',
    async () => {
      const repositoriesDir = path.join(root, 'repositories-shared');
      const source = { projectId: 7, url: fixture.url, user: '', password: '', defaultBranch: 'main' };
      const byCommand = await openGit(source, { repositoriesDir, prefer: 'git' });
      const byNodegit = await openGit(source, { repositoriesDir, prefer: 'nodegit' });
      await byCommand.sync({ signal: never() });
      await byNodegit.sync({ signal: never() });
      expect(await byNodegit.firstParentHistory('feature', 10)).toEqual(
        await byCommand.firstParentHistory('feature', 10),
      );
      const all = await byCommand.log(null, fixture.ids.r3!, 100);
      expect(await byNodegit.log(null, fixture.ids.r3!, 100)).toEqual(all);
      fs.rmSync(path.join(repositoriesDir, '7.git'), { recursive: true });
      await byNodegit.sync({ signal: never() });
      await byCommand.sync({ signal: never() });
      expect(await byCommand.log(null, fixture.ids.r3!, 100)).toEqual(all);
    },
  );

  it('uses the git command when asked, and says which one auto picks', async () => {
    const source = { projectId: 1, url: fixture.url, user: '', password: '', defaultBranch: '' };
    const forced = await openGit(source, { repositoriesDir: root, prefer: 'git' });
    expect(forced.implementation).toBe('git');
    const auto = await openGit(source, { repositoriesDir: root });
    expect(auto.implementation).toBe(available.name);
    expect(available.reason === null).toBe(available.name === 'nodegit');
  });
});
