import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { createEnvironment, startTestServer, testDatabase, type TestServer } from '../harness.js';
import { createProject, ok } from '../graphql/helpers.js';
import { idsOf, liveClient, result, submit, watch } from './live-client.js';

let server: TestServer;
let environment: string;
let client: Client;

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
  environment = await createEnvironment(server);
  client = liveClient(server);
});

afterAll(() => client.dispose());

const REPORT_UPDATED = `subscription($filter: ReportUpdatedFilter) {
  reportUpdated(filter: $filter) {
    revision { id commitId projectId } executableId environmentId summary colour
  }
}`;

interface ReportUpdated {
  reportUpdated: {
    revision: { id: string; commitId: string; projectId: string };
    executableId: string;
    environmentId: string;
    summary: string;
    colour: string;
  };
}

const REVISION_UPDATED = `subscription($filter: RevisionUpdatedFilter) {
  revisionUpdated(filter: $filter) { revision { id commitId tag date } author message }
}`;

interface RevisionUpdated {
  revisionUpdated: {
    revision: { id: string; commitId: string; tag: string; date: string };
    author: string;
    message: string;
  };
}

describe('reportUpdated', () => {
  it('brings the report of a new revision with its summary and colour', async () => {
    const project = await createProject(server);
    const watcher = await watch<ReportUpdated>(server, client, 'reportUpdated', REPORT_UPDATED, {
      filter: { projectId: project.id },
    });
    const upload = (commitId: string, date: string, value: number) =>
      submit(server, [
        result(environment, { project: project.name, commitId, revisionDate: date, benchmark: 'float', value }),
      ]);
    // The first revision of a branch has nothing to compare with: no report, so no event.
    await upload('a', '2024-01-01T12:00:00Z', 200);
    await upload('b', '2024-01-02T12:00:00Z', 150);
    const event = await watcher.next();
    const [row] = (await idsOf(server, project.name)).filter((r) => r.revision.commitId === 'b');
    expect(event.reportUpdated).toEqual({
      revision: { id: row!.revision.id, commitId: 'b', projectId: project.id },
      executableId: row!.executable.id,
      environmentId: row!.environment.id,
      summary: 'Average time down 25.0%',
      colour: 'GREEN',
    });
    expect(watcher.events).toHaveLength(1);
    watcher.stop();
  });

  it('brings the report of the next revision, which the batch did not write, with that revision', async () => {
    const project = await createProject(server);
    const upload = (commitId: string, date: string, value: number) =>
      submit(server, [
        result(environment, { project: project.name, commitId, revisionDate: date, benchmark: 'float', value }),
      ]);
    await upload('a', '2024-01-01T12:00:00Z', 100);
    await upload('c', '2024-01-03T12:00:00Z', 100);
    const watcher = await watch<ReportUpdated>(server, client, 'reportUpdated', REPORT_UPDATED, {
      filter: { projectId: project.id },
    });
    // b lands between a and c: its report is new, and c's previous revision is now b.
    await upload('b', '2024-01-02T12:00:00Z', 50);
    const events = [await watcher.next(), await watcher.next()];
    const rows = await idsOf(server, project.name);
    const revision = (commitId: string) => ({
      id: rows.find((r) => r.revision.commitId === commitId)!.revision.id,
      commitId,
      projectId: project.id,
    });
    expect(events.map((e) => [e.reportUpdated.revision, e.reportUpdated.summary])).toEqual([
      [revision('b'), 'Average time down 50.0%'],
      [revision('c'), 'Average time up 100.0%'],
    ]);
    watcher.stop();
  });

  it('comes after the resultsAdded of the same batch', async () => {
    const project = await createProject(server);
    const order: string[] = [];
    const results = await watch(
      server,
      client,
      'resultsAdded',
      `subscription($f: ResultsAddedFilter) { resultsAdded(filter: $f) { results { value } } }`,
      { f: { projectId: project.id } },
    );
    const reports = await watch<ReportUpdated>(server, client, 'reportUpdated', REPORT_UPDATED, {
      filter: { projectId: project.id },
    });
    await submit(server, [result(environment, { project: project.name, commitId: 'a', benchmark: 'x', value: 1 })]);
    await results.next();
    await submit(server, [result(environment, { project: project.name, commitId: 'b', benchmark: 'x', value: 2 })]);
    void results.next().then(() => order.push('resultsAdded'));
    void reports.next().then(() => order.push('reportUpdated'));
    await expect.poll(() => order).toEqual(['resultsAdded', 'reportUpdated']);
    results.stop();
    reports.stop();
  });
});

describe('revisionUpdated', () => {
  it('brings the new metadata of a revision an admin edits', async () => {
    const project = await createProject(server);
    await submit(server, [result(environment, { project: project.name, commitId: 'f00d' })]);
    const [row] = await idsOf(server, project.name);
    const revisionId = row!.revision.id;
    const watcher = await watch<RevisionUpdated>(server, client, 'revisionUpdated', REVISION_UPDATED, {
      filter: { revisionId },
    });
    ok(
      await server.graphql(
        `mutation($input: UpdateRevisionInput!) { updateRevision(input: $input) { revision { id } } }`,
        { input: { id: revisionId, author: 'Ada', message: 'Faster dict lookups', tag: 'v1.0' } },
      ),
    );
    const event = await watcher.next();
    expect(event.revisionUpdated).toMatchObject({
      revision: { id: revisionId, commitId: 'f00d', tag: 'v1.0' },
      author: 'Ada',
      message: 'Faster dict lookups',
    });
    watcher.stop();
  });

  it('brings a commit message longer than a notification whole', async () => {
    const project = await createProject(server);
    await submit(server, [result(environment, { project: project.name, commitId: 'long' })]);
    const [row] = await idsOf(server, project.name);
    const watcher = await watch<RevisionUpdated>(server, client, 'revisionUpdated', REVISION_UPDATED, {
      filter: { projectId: project.id },
    });
    // Several notifications' worth, with characters of 2, 3 and 4 bytes where a frame may be cut.
    const message = 'Speed up ünïcode → 速い 🚀 '.repeat(1_000);
    ok(
      await server.graphql(
        `mutation($input: UpdateRevisionInput!) { updateRevision(input: $input) { revision { id } } }`,
        { input: { id: row!.revision.id, message } },
      ),
    );
    expect((await watcher.next()).revisionUpdated.message).toBe(message);
    watcher.stop();
  });
});
