import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { createEnvironment, startTestServer, testDatabase, unique, type TestServer } from '../harness.js';
import { createProject } from '../graphql/helpers.js';
import { idsOf, liveClient, result, RESULTS_ADDED, submit, watch, type ResultsAdded } from './live-client.js';

let server: TestServer;
let environment: string;
let client: Client;

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
  environment = await createEnvironment(server);
  client = liveClient(server);
});

afterAll(() => client.dispose());

/** A project made through the API first, so a watcher can filter on its id before any result exists. */
async function watchedProject() {
  const project = await createProject(server);
  const watcher = await watch<ResultsAdded>(server, client, 'resultsAdded', RESULTS_ADDED, {
    filter: { projectId: project.id },
  });
  return { project, watcher };
}

describe('resultsAdded', () => {
  it('brings a submitResults batch to a watcher, with all a plot needs', async () => {
    const { project, watcher } = await watchedProject();
    const common = { project: project.name, commitId: 'abc123', revisionDate: '2024-01-02T03:04:05Z' };
    await submit(server, [
      result(environment, {
        ...common,
        benchmark: 'float',
        value: 1.25,
        stdDev: 0.1,
        min: 1,
        max: 2,
        q1: 1.1,
        q3: 1.4,
      }),
      result(environment, { ...common, benchmark: 'int', value: 3 }),
    ]);
    const event = await watcher.next();
    const [stored] = await idsOf(server, project.name);
    const revision = {
      id: stored!.revision.id,
      projectId: project.id,
      branchId: stored!.revision.branch.id,
      commitId: 'abc123',
      date: '2024-01-02T03:04:05.000Z',
      tag: '',
    };
    const ids = { executableId: stored!.executable.id, environmentId: stored!.environment.id };
    expect(event.resultsAdded.results).toHaveLength(2);
    expect(event.resultsAdded.results).toContainEqual({
      revision,
      ...ids,
      benchmarkId: expect.any(String),
      value: 1.25,
      stdDev: 0.1,
      min: 1,
      max: 2,
      q1: 1.1,
      q3: 1.4,
      date: '2024-01-02T03:04:05.000Z',
    });
    expect(event.resultsAdded.results.map((r) => r.value).sort()).toEqual([1.25, 3]);
    watcher.stop();
  });

  it('shows an existing revision as stored, its tag and first date, not as a later batch sent it', async () => {
    const { project, watcher } = await watchedProject();
    const upload = (value: number, revisionDate: string) =>
      submit(server, [
        result(environment, { project: project.name, commitId: 'r1', benchmark: 'b', value, revisionDate }),
      ]);
    await upload(1, '2024-03-01T00:00:00Z');
    await watcher.next();
    const [stored] = await idsOf(server, project.name);
    const update = await server.graphql(
      `mutation($input: UpdateRevisionInput!) { updateRevision(input: $input) { revision { id } } }`,
      { input: { id: stored!.revision.id, tag: 'v1.0' } },
    );
    expect(update.errors).toBeUndefined();
    // A revision's date is set by the upload that creates it; this one is ignored.
    await upload(2, '2025-01-01T00:00:00Z');
    const event = await watcher.next();
    expect(event.resultsAdded.results.map((r) => [r.value, r.revision.id, r.revision.date, r.revision.tag])).toEqual([
      [2, stored!.revision.id, '2024-03-01T00:00:00.000Z', 'v1.0'],
    ]);
    watcher.stop();
  });

  it('brings results posted to /result/add/json/ and /result/add/', async () => {
    const { project, watcher } = await watchedProject();
    const item = { commitid: 'c1', branch: 'main', project: project.name, executable: 'pypy', environment };
    const json = [
      { ...item, benchmark: 'a', result_value: 4 },
      { ...item, benchmark: 'b', result_value: 5 },
    ];
    expect((await server.postForm('/result/add/json/', { json: JSON.stringify(json) })).status).toBe(202);
    const fromJson = await watcher.next();
    expect(fromJson.resultsAdded.results.map((r) => r.value).sort()).toEqual([4, 5]);
    expect((await server.postForm('/result/add/', { ...item, benchmark: 'c', result_value: '6' })).status).toBe(202);
    const fromForm = await watcher.next();
    expect(fromForm.resultsAdded.results.map((r) => [r.value, r.revision.commitId])).toEqual([[6, 'c1']]);
    watcher.stop();
  });

  it('sends nothing for a rejected batch', async () => {
    const { project, watcher } = await watchedProject();
    const rejected = await server.graphql(
      `mutation($results: [ResultInput!]!) { submitResults(input: { results: $results }) { created } }`,
      {
        results: [
          result(environment, { project: project.name, commitId: 'rejected' }),
          result(environment, { project: project.name, commitId: 'rejected', environment: 'no-such-machine' }),
        ],
      },
    );
    expect(rejected.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    // Events keep their order: had the rejected batch sent one, it would come before this batch's.
    await submit(server, [result(environment, { project: project.name, commitId: 'accepted' })]);
    const first = await watcher.next();
    expect(first.resultsAdded.results.map((r) => r.revision.commitId)).toEqual(['accepted']);
    expect(watcher.events).toHaveLength(1);
    watcher.stop();
  });

  it('delivers to each watcher only the results its filter matches', async () => {
    const other = await createEnvironment(server);
    const project = unique('proj');
    const batch = (commitId: string) =>
      ['main', 'feature'].flatMap((branch) =>
        ['exe1', 'exe2'].flatMap((executable) =>
          ['b1', 'b2'].flatMap((b) =>
            [environment, other].map((env) =>
              result(environment, {
                project,
                commitId,
                branch,
                executable,
                benchmark: `${project}-${b}`,
                environment: env,
              }),
            ),
          ),
        ),
      );
    await submit(server, batch('first'));
    const rows = await idsOf(server, project);
    const id = (pick: (row: (typeof rows)[number]) => { id: string; name: string }, name: string) =>
      rows.map(pick).find((x) => x.name === name)!.id;
    const projectId = rows[0]!.revision.project.id;
    const b1 = id((r) => r.benchmark, `${project}-b1`);
    const exe2 = id((r) => r.executable, 'exe2');
    const otherEnv = id((r) => r.environment, other);
    const feature = id((r) => r.revision.branch, 'feature');

    const byBenchmark = await watch<ResultsAdded>(server, client, 'resultsAdded', RESULTS_ADDED, {
      filter: { projectId, benchmarkId: b1 },
    });
    const byExecutableAndEnvironment = await watch<ResultsAdded>(server, client, 'resultsAdded', RESULTS_ADDED, {
      filter: { executableId: exe2, environmentId: otherEnv },
    });
    const byBranch = await watch<ResultsAdded>(server, client, 'resultsAdded', RESULTS_ADDED, {
      filter: { branchId: feature },
    });
    const elsewhere = await createProject(server);
    const otherProject = await watch<ResultsAdded>(server, client, 'resultsAdded', RESULTS_ADDED, {
      filter: { projectId: elsewhere.id },
    });

    await submit(server, batch('second'));
    const benchmarks = (await byBenchmark.next()).resultsAdded.results;
    expect(benchmarks).toHaveLength(8);
    expect(new Set(benchmarks.map((r) => r.benchmarkId))).toEqual(new Set([b1]));
    const pairs = (await byExecutableAndEnvironment.next()).resultsAdded.results;
    expect(pairs).toHaveLength(4);
    expect(new Set(pairs.map((r) => `${r.executableId}/${r.environmentId}`))).toEqual(new Set([`${exe2}/${otherEnv}`]));
    const branch = (await byBranch.next()).resultsAdded.results;
    expect(branch).toHaveLength(8);
    expect(new Set(branch.map((r) => r.revision.branchId))).toEqual(new Set([feature]));

    // The other project's watcher got nothing from that batch: its first event is its own project's.
    await submit(server, [result(environment, { project: elsewhere.name, commitId: 'mine' })]);
    expect((await otherProject.next()).resultsAdded.results.map((r) => r.revision.commitId)).toEqual(['mine']);
    expect(otherProject.events).toHaveLength(1);
    for (const w of [byBenchmark, byExecutableAndEnvironment, byBranch, otherProject]) w.stop();
  });

  it('brings a batch too big for one notification whole, as one event', async () => {
    const { project, watcher } = await watchedProject();
    const results = Array.from({ length: 400 }, (_, i) =>
      result(environment, { project: project.name, commitId: 'big', benchmark: `${project.name}-${i}`, value: i }),
    );
    await submit(server, results);
    const event = await watcher.next();
    expect(event.resultsAdded.results.map((r) => r.value).sort((a, b) => a - b)).toEqual(results.map((r) => r.value));
    watcher.stop();
  });

  it('refuses a filter whose id is not an id', async () => {
    const watcher = await watch(server, client, 'resultsAdded', RESULTS_ADDED, { filter: { projectId: 'abc' } });
    expect(watcher.errors[0]).toMatchObject({
      message: 'filter.projectId: not a valid id: "abc"',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.projectId' },
    });
  });

  it('forgets a watcher that unsubscribes', async () => {
    const before = server.services.live.hub.counts().resultsAdded;
    const { watcher } = await watchedProject();
    expect(server.services.live.hub.counts().resultsAdded).toBe(before + 1);
    watcher.stop();
    await expect.poll(() => server.services.live.hub.counts().resultsAdded).toBe(before);
  });
});

describe('who may watch', () => {
  it('lets anyone watch, and an API token too, as reads are public', async () => {
    const withToken = liveClient(server, { token: server.token });
    const { id } = await createProject(server);
    const watcher = await watch(server, withToken, 'resultsAdded', RESULTS_ADDED, { filter: { projectId: id } });
    expect(watcher.errors).toEqual([]);
    watcher.stop();
    await withToken.dispose();
  });

  it('refuses a connection with a wrong token, saying why', async () => {
    const wrong = liveClient(server, { token: 'sg_wrong' });
    const watcher = await watch(server, wrong, 'resultsAdded', RESULTS_ADDED);
    expect(watcher.errors[0]).toMatchObject({ code: 4401, reason: 'The API token is unknown or was revoked' });
    await wrong.dispose();
  });
});
