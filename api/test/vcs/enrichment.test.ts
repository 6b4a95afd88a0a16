import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import type { TestServer } from '../harness.js';
import { ok } from '../graphql/helpers.js';
import { liveClient, watch } from '../live/live-client.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/lib/logger.js';
import { createServices } from '../../src/speedgraph.js';
import { startTestServer } from '../harness.js';
import { AUTHOR, makeGitFixture, tempDir, type GitFixture } from './git-fixture.js';
import { gitProject, postJson, projectName, revisionsOf, submit, vcsServer } from './enrichment-helpers.js';

let server: TestServer;
let environment: string;
let fixture: GitFixture;
let client: Client;

beforeAll(async () => {
  ({ server, environment } = await vcsServer());
  fixture = makeGitFixture(tempDir('enrich'));
  client = liveClient(server);
});

afterAll(() => client.dispose());

const REVISION_UPDATED = `subscription($filter: RevisionUpdatedFilter) {
  revisionUpdated(filter: $filter) { revision { id commitId tag } author message }
}`;

async function repositoryOf(projectId: string) {
  return ok(
    await server.graphql<{ project: { repository: { state: string; error: string } } }>(
      `query($id: ID) { project(id: $id) { repository { state error } } }`,
      { id: projectId },
    ),
  ).project.repository;
}

describe('enrichment from a git repository', () => {
  it('fills author, e-mail, date, message and tag, and lists the commits since the previous revision', async () => {
    const project = await gitProject(server, fixture.url, { name: projectName() });
    const watcher = await watch<{ revisionUpdated: { revision: { commitId: string; tag: string }; author: string } }>(
      server,
      client,
      'revisionUpdated',
      REVISION_UPDATED,
      { filter: { projectId: project.id } },
    );
    // One through Codespeed's door, one through GraphQL: the same enrichment follows both.
    expect(await postJson(server, { project: project.name, commitId: fixture.ids.c2!, value: 1, environment })).toBe(
      202,
    );
    await submit(server, [{ project: project.name, commitId: fixture.ids.merge!, value: 2, environment }]);
    await server.services.enrichment.drain();

    const revisions = await revisionsOf(server, project.id);
    const c2 = revisions.get(fixture.ids.c2!)!;
    expect(c2).toMatchObject({
      author: AUTHOR.name,
      authorEmail: AUTHOR.email,
      date: new Date(fixture.dates.c2!).toISOString(),
      message: 'Second commit\n\nWith a body\nof two lines.',
      commitLogStatus: 'READY',
    });
    expect(['v1.0', 'stable']).toContain(c2.tag);
    expect(c2.url).toBe(
      `https://code.example.org/main/commit/${fixture.ids.c2}?short=${fixture.ids.c2!.slice(0, 7)}&by=Ada%20Lovelace`,
    );
    // The first revision of the branch: its own commit.
    expect(c2.commits.nodes.map((c) => c.id)).toEqual([fixture.ids.c2]);

    const merge = revisions.get(fixture.ids.merge!)!;
    expect(merge.message).toBe('Merge branch feature');
    expect(merge.tag).toBe('');
    // Since c2: the merge and everything it brought, newest first.
    expect(merge.commits.nodes.map((c) => c.id)).toEqual(['merge', 'c3', 'f2', 'f1'].map((name) => fixture.ids[name]));
    expect(merge.commits.totalCount).toBe(4);
    expect(merge.commits.nodes[2]).toMatchObject({
      shortId: fixture.ids.f2!.slice(0, 7),
      author: AUTHOR.name,
      authorEmail: AUTHOR.email,
      subject: 'Feature, part two',
      body: 'Explains the feature.',
      date: new Date(fixture.dates.f2!).toISOString(),
      tags: [],
      url: `https://code.example.org/main/commit/${fixture.ids.f2}?short=${fixture.ids.f2!.slice(0, 7)}&by=Ada%20Lovelace`,
    });

    const events = [await watcher.next(), await watcher.next()].map((e) => e.revisionUpdated);
    expect(events.map((e) => e.revision.commitId).sort()).toEqual([fixture.ids.c2, fixture.ids.merge].sort());
    expect(events.every((e) => e.author === AUTHOR.name)).toBe(true);
    watcher.stop();

    const status = ok(
      await server.graphql<{
        project: {
          repository: {
            kind: string;
            state: string;
            error: string;
            lastSyncedAt: string | null;
            implementation: string;
          };
        };
      }>(`query($id: ID) { project(id: $id) { repository { kind state error lastSyncedAt implementation } } }`, {
        id: project.id,
      }),
    ).project.repository;
    expect(status).toMatchObject({ kind: 'GIT', state: 'READY', error: '' });
    expect(['nodegit', 'git']).toContain(status.implementation);
    expect(status.lastSyncedAt).not.toBeNull();
  });

  it('fetches when a revision names a commit the clone does not have yet', async () => {
    const source = makeGitFixture(tempDir('fetch'));
    const project = await gitProject(server, source.url, { name: projectName() });
    await submit(server, [{ project: project.name, commitId: source.ids.r3!, value: 1, environment }]);
    await server.services.enrichment.drain();
    expect(await repositoryOf(project.id)).toMatchObject({ state: 'READY', error: '' });
    expect((await revisionsOf(server, project.id)).get(source.ids.r3!)?.commitLogStatus).toBe('READY');

    const added = source.commit('n1', 'Added after the clone\n\nNeeds a fetch.', '2024-02-01T00:00:00Z');
    await submit(server, [{ project: project.name, commitId: added, value: 2, environment }]);
    await server.services.enrichment.drain();
    // The repository's own word first: a failure shows its error here.
    expect(await repositoryOf(project.id)).toMatchObject({ state: 'READY', error: '' });
    const revision = (await revisionsOf(server, project.id)).get(added)!;
    expect(revision).toMatchObject({
      commitLogStatus: 'READY',
      message: 'Added after the clone\n\nNeeds a fetch.',
      date: '2024-02-01T00:00:00.000Z',
    });
    expect(revision.commits.nodes.map((c) => c.id)).toEqual([added]);
  });

  it('accepts an upload for an unreachable repository, and shows the failure on the project', async () => {
    const missing = `file://${path.join(tempDir('gone'), 'nowhere.git')}`;
    const project = await gitProject(server, missing, { name: projectName() });
    expect(await postJson(server, { project: project.name, commitId: 'abc1234', value: 1, environment })).toBe(202);
    await submit(server, [{ project: project.name, commitId: 'def5678', value: 2, environment }]);
    await server.services.enrichment.drain();

    const answer = ok(
      await server.graphql<{ project: { repository: { state: string; error: string; lastAttemptAt: string | null } } }>(
        `query($id: ID) { project(id: $id) { repository { state error lastAttemptAt } } }`,
        { id: project.id },
      ),
    );
    expect(answer.project.repository.state).toBe('FAILED');
    expect(answer.project.repository.error).not.toBe('');
    expect(answer.project.repository.lastAttemptAt).not.toBeNull();
    const revisions = await revisionsOf(server, project.id);
    // Retried later, so a revision may already be waiting again: never READY, never metadata.
    for (const revision of revisions.values()) {
      expect(['FAILED', 'PENDING']).toContain(revision.commitLogStatus);
      expect(revision.author).toBe('');
      expect(revision.commits.nodes).toEqual([]);
    }
  });

  it('leaves revisions of a project without a repository alone', async () => {
    const name = projectName();
    await submit(server, [{ project: name, commitId: 'plain1', value: 1, environment }]);
    await server.services.enrichment.drain();
    const data = ok(
      await server.graphql<{ project: { id: string; repository: null } }>(
        `query($n: String) { project(name: $n) { id repository { state } } }`,
        { n: name },
      ),
    );
    expect(data.project.repository).toBeNull();
    const revision = (await revisionsOf(server, data.project.id)).get('plain1')!;
    expect(revision).toMatchObject({ commitLogStatus: 'NO_REPOSITORY', url: null, authorEmail: '' });
    expect(revision.commits).toMatchObject({ nodes: [], totalCount: 0 });
  });

  it('keeps what a process that serves nothing stored as pending, for the next server to read', async () => {
    const project = await gitProject(server, fixture.url, { name: projectName() });
    // The CLI's services (fixtures, imports): never started, so they only mark revisions as waiting.
    const config = loadConfig({ LOG_LEVEL: 'silent', REPOSITORIES_DIR: tempDir('cli') });
    const cli = createServices(config, server.db, createLogger('silent'));
    await cli.ingestion.submit([
      {
        project: project.name,
        branch: 'main',
        commitId: fixture.ids.c3!,
        executable: 'exe',
        benchmark: 'bench',
        environment,
        value: 1,
      },
    ]);
    await cli.enrichment.drain();
    expect((await revisionsOf(server, project.id)).get(fixture.ids.c3!)?.commitLogStatus).toBe('PENDING');

    const next = await startTestServer(server.db, { REPOSITORIES_DIR: tempDir('restart') });
    await next.services.enrichment.drain();
    expect((await revisionsOf(next, project.id)).get(fixture.ids.c3!)).toMatchObject({
      commitLogStatus: 'READY',
      message: 'Third commit on main',
    });
  });

  it('never shows a revision READY before its commit log is stored', async () => {
    const project = await gitProject(server, fixture.url, { name: projectName() });
    const commits = ['c1', 'c2', 'c3', 'merge'].map((name) => fixture.ids[name]!);
    await submit(
      server,
      commits.map((commitId, value) => ({ project: project.name, commitId, value: value + 1, environment })),
    );
    // Poll as a client waiting for READY would, while the background job stores metadata, history and logs.
    let finished = false;
    const job = server.services.enrichment.drain().then(() => (finished = true));
    let polls = 0;
    let readySeen = 0;
    while (!finished || polls === 0) {
      polls += 1;
      for (const revision of await logStates(project.id)) {
        if (revision.commitLogStatus !== 'READY') continue;
        readySeen += 1;
        expect(revision.commits.totalCount, `${revision.commitId} READY with an empty log`).toBeGreaterThan(0);
        expect(revision.commits.nodes.length).toBeGreaterThan(0);
      }
    }
    await job;
    const final = await logStates(project.id);
    expect(final.map((r) => r.commitLogStatus)).toEqual(['READY', 'READY', 'READY', 'READY']);
    expect(readySeen).toBeGreaterThanOrEqual(4);
  });
});

async function logStates(projectId: string) {
  const data = ok(
    await server.graphql<{
      revisions: {
        nodes: {
          commitId: string;
          commitLogStatus: string;
          commits: { totalCount: number; nodes: { id: string }[] };
        }[];
      };
    }>(
      `query($projectId: ID!) {
        revisions(projectId: $projectId, first: 10) {
          nodes { commitId commitLogStatus commits(first: 5) { totalCount nodes { id } } }
        }
      }`,
      { projectId },
    ),
  );
  return data.revisions.nodes;
}
