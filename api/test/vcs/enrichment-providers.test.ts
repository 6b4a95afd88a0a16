import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../harness.js';
import { createProject, ok } from '../graphql/helpers.js';
import { tempDir } from './git-fixture.js';
import { FakeGitHub, fakeCommit } from './github-server.js';
import { HgWorkRepository } from './hg-repository.js';
import { SvnTestRepository } from './svn-repository.js';
import { projectName, revisionsOf, submit, vcsServer } from './enrichment-helpers.js';

let server: TestServer;
let environment: string;
const a = fakeCommit('a', 0, []);
const b = fakeCommit('b', 10, [a.sha], 'Speed up the parser\n\nBy caching tokens.');
const c = fakeCommit('c', 20, [b.sha], 'Fix a typo');
const github = new FakeGitHub({
  owner: 'octo',
  repo: 'speed',
  commits: [a, b, c],
  branches: { main: c.sha },
  tags: { 'v2.0': b.sha },
});

beforeAll(async () => {
  const apiUrl = await github.start();
  ({ server, environment } = await vcsServer({ GITHUB_API_URL: apiUrl }));
});

afterAll(() => github.stop());

async function repositoryOf(projectId: string) {
  return ok(
    await server.graphql<{ project: { repository: { kind: string; implementation: string; state: string } } }>(
      `query($id: ID) { project(id: $id) { repository { kind implementation state } } }`,
      { id: projectId },
    ),
  ).project.repository;
}

describe('enrichment through the other kinds of repository', () => {
  it('reads a Mercurial repository with hg', { tags: ['hg'] }, async () => {
    const repo = await new HgWorkRepository(path.join(tempDir('hg'), 'work')).init();
    const first = await repo.commit('a.txt', 'a', 'First change', '2024-03-01 10:00 +0000');
    const second = await repo.commit('b.txt', 'b', 'Second change\n\nWith a body.', '2024-03-02 10:00 +0000');
    const project = await createProject(server, {
      name: projectName(),
      repositoryType: 'MERCURIAL',
      repositoryUrl: repo.dir,
      defaultBranch: 'default',
    });
    await submit(server, [{ project: project.name, commitId: first, value: 1, environment, branch: 'default' }]);
    await submit(server, [{ project: project.name, commitId: second, value: 2, environment, branch: 'default' }]);
    await server.services.enrichment.drain();
    const revision = (await revisionsOf(server, project.id)).get(second)!;
    expect(revision).toMatchObject({
      commitLogStatus: 'READY',
      author: 'Ann Author',
      authorEmail: 'ann@example.com',
      message: 'Second change\n\nWith a body.',
      date: '2024-03-02T10:00:00.000Z',
    });
    expect(revision.commits.nodes.map((c) => c.id)).toEqual([second]);
    expect(await repositoryOf(project.id)).toEqual({ kind: 'MERCURIAL', implementation: 'hg', state: 'READY' });
  });

  it('reads a Subversion repository with svn', { tags: ['svn'] }, async () => {
    const repo = await new SvnTestRepository(path.join(tempDir('svn'), 'repo')).create();
    await repo.commit('alice', 'Create trunk', '2024-04-01T10:00:00.000000Z', ['mkdir trunk']);
    const r2 = await repo.commit('bob', 'Add a file', '2024-04-02T10:00:00.000000Z', [{ put: 'x', to: 'trunk/x' }]);
    const r3 = await repo.commit('carol', 'Change it\n\nFaster.', '2024-04-03T10:00:00.000000Z', [
      { put: 'y', to: 'trunk/x' },
    ]);
    const project = await createProject(server, {
      name: projectName(),
      repositoryType: 'SUBVERSION',
      repositoryUrl: `${repo.url}/trunk`,
      defaultBranch: 'trunk',
    });
    await submit(server, [{ project: project.name, commitId: r2, value: 1, environment, branch: 'trunk' }]);
    await submit(server, [{ project: project.name, commitId: r3, value: 2, environment, branch: 'trunk' }]);
    await server.services.enrichment.drain();
    const revision = (await revisionsOf(server, project.id)).get(r3)!;
    expect(revision).toMatchObject({
      commitLogStatus: 'READY',
      author: 'carol',
      message: 'Change it\n\nFaster.',
      date: '2024-04-03T10:00:00.000Z',
    });
    expect(revision.commits.nodes.map((c) => c.id)).toEqual([r3]);
    expect(await repositoryOf(project.id)).toEqual({ kind: 'SUBVERSION', implementation: 'svn', state: 'READY' });
  });

  it('reads GitHub through its API, waiting out a rate limit', async () => {
    const project = await createProject(server, {
      name: projectName(),
      repositoryType: 'GITHUB',
      repositoryUrl: 'https://github.com/octo/speed',
      defaultBranch: 'main',
    });
    github.rateLimit({ status: 403, retryAfter: 1 });
    await submit(server, [{ project: project.name, commitId: a.sha, value: 1, environment }]);
    await submit(server, [{ project: project.name, commitId: c.sha, value: 2, environment }]);
    await server.services.enrichment.drain();
    const revisions = await revisionsOf(server, project.id);
    expect(revisions.get(c.sha)).toMatchObject({
      commitLogStatus: 'READY',
      author: 'Mona Lisa',
      authorEmail: 'mona@example.com',
      message: 'Fix a typo',
    });
    expect(revisions.get(c.sha)!.commits.nodes.map((commit) => commit.id)).toEqual([c.sha, b.sha]);
    expect(revisions.get(c.sha)!.commits.nodes[1]).toMatchObject({
      subject: 'Speed up the parser',
      body: 'By caching tokens.',
      tags: ['v2.0'],
    });
    expect(await repositoryOf(project.id)).toEqual({ kind: 'GITHUB', implementation: 'github', state: 'READY' });
  });
});
