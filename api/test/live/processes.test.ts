import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { createEnvironment, startTestServer, testDatabase, type TestServer } from '../harness.js';
import { createProject } from '../graphql/helpers.js';
import { PgNotifyBus } from '../../src/modules/live/pg-notify.js';
import { liveClient, result, RESULTS_ADDED, submit, watch, type ResultsAdded } from './live-client.js';

/**
 * Two Speedgraph servers on one PostgreSQL database, each with its own LISTEN
 * connection, as two processes behind a load balancer would be.
 */
const onServer = Boolean(process.env['DATABASE_URL']);

describe.skipIf(!onServer)(
  'across processes (PostgreSQL only: the embedded database belongs to one process, which delivers in-process)',
  () => {
    let a: TestServer;
    let b: TestServer;
    let environment: string;
    const clients: Client[] = [];

    beforeAll(async () => {
      const db = await testDatabase();
      a = await startTestServer(db);
      b = await startTestServer(db);
      environment = await createEnvironment(a);
    });

    afterAll(() => Promise.all(clients.map((c) => c.dispose())));

    const watchOn = async (server: TestServer, projectId: string) => {
      const client = liveClient(server);
      clients.push(client);
      return watch<ResultsAdded>(server, client, 'resultsAdded', RESULTS_ADDED, { filter: { projectId } });
    };
    const busOf = (server: TestServer) => server.services.live.bus as PgNotifyBus;

    it('brings a result submitted to one server to the watchers of both', async () => {
      const project = await createProject(a);
      const onA = await watchOn(a, project.id);
      const onB = await watchOn(b, project.id);
      await submit(a, [result(environment, { project: project.name, commitId: 'x1', value: 42 })]);
      for (const watcher of [onA, onB]) {
        const event = await watcher.next();
        expect(event.resultsAdded.results.map((r) => [r.revision.commitId, r.value])).toEqual([['x1', 42]]);
      }
    });

    it('brings a batch too big for a notification to the other server whole', async () => {
      const project = await createProject(a);
      const onB = await watchOn(b, project.id);
      const results = Array.from({ length: 2_000 }, (_, i) =>
        result(environment, { project: project.name, commitId: 'big', benchmark: `${project.name}-${i}`, value: i }),
      );
      await submit(a, results);
      const event = await onB.next();
      expect(event.resultsAdded.results.map((r) => r.value).sort((x, y) => x - y)).toEqual(results.map((r) => r.value));
      expect(new Set(event.resultsAdded.results.map((r) => r.revision.commitId))).toEqual(new Set(['big']));
    });

    it('listens again by itself after its LISTEN connection is killed', async () => {
      const project = await createProject(a);
      const onB = await watchOn(b, project.id);
      const before = busOf(b).status();
      expect(before.listening).toBe(true);
      await a.db.fork().getConnection().execute('select pg_terminate_backend(?)', [before.pid]);
      await expect
        .poll(() => busOf(b).status(), { timeout: 15_000 })
        .toMatchObject({ listening: true, reconnects: before.reconnects + 1 });
      expect(busOf(b).status().pid).not.toBe(before.pid);
      await submit(a, [result(environment, { project: project.name, commitId: 'after', value: 7 })]);
      expect((await onB.next()).resultsAdded.results.map((r) => r.revision.commitId)).toEqual(['after']);
    });
  },
);
