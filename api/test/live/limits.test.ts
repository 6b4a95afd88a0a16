import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { createEnvironment, startTestServer, testDatabase, type TestServer } from '../harness.js';
import { createProject } from '../graphql/helpers.js';
import { DEFAULT_QUEUE_LIMIT } from '../../src/modules/live/hub.js';
import { liveClient, result, RESULTS_ADDED, submit, watch, type ResultsAdded } from './live-client.js';

let server: TestServer;
let environment: string;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startTestServer(await testDatabase(), {
    LIVE_MAX_CONNECTIONS: '2',
    LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: '2',
  });
  environment = await createEnvironment(server);
});

afterAll(() => Promise.all(clients.map((c) => c.dispose())));

const open = () => {
  const client = liveClient(server);
  clients.push(client);
  return client;
};

describe('limits', () => {
  it('refuses a subscription beyond the cap of one connection, keeping the others', async () => {
    const client = open();
    const first = await watch(server, client, 'resultsAdded', RESULTS_ADDED);
    const second = await watch(server, client, 'resultsAdded', RESULTS_ADDED);
    const third = await watch(server, client, 'resultsAdded', RESULTS_ADDED);
    expect(third.errors[0]).toMatchObject({
      message: expect.stringContaining('Too many subscriptions on this connection: at most 2 at once'),
      extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
    });
    expect([first.errors, second.errors]).toEqual([[], []]);
    first.stop();
    await expect.poll(() => server.services.live.hub.counts().resultsAdded).toBe(1);
    // A slot freed is a slot to use again.
    const again = await watch(server, client, 'resultsAdded', RESULTS_ADDED);
    expect(again.errors).toEqual([]);
    second.stop();
    again.stop();
    await client.dispose();
  });

  it('refuses a connection beyond the cap of the server, saying why, and takes one once a slot frees', async () => {
    await expect.poll(() => server.app.sockets.connections()).toBe(0);
    const a = open();
    const b = open();
    const onA = await watch(server, a, 'resultsAdded', RESULTS_ADDED);
    const onB = await watch(server, b, 'resultsAdded', RESULTS_ADDED);
    const refused = await watch(server, open(), 'resultsAdded', RESULTS_ADDED);
    expect(refused.errors[0]).toMatchObject({
      code: 1013,
      reason: 'Too many live connections: this server takes 2 (LIVE_MAX_CONNECTIONS); try again later',
    });
    onA.stop();
    await a.dispose();
    await expect.poll(() => server.app.sockets.connections()).toBe(1);
    const later = await watch(server, open(), 'resultsAdded', RESULTS_ADDED);
    expect(later.errors).toEqual([]);
    later.stop();
    onB.stop();
    await b.dispose();
  });

  it('cuts off a watcher that stops reading, without holding back ingestion or other watchers', async () => {
    await expect.poll(() => server.app.sockets.connections()).toBe(0);
    // Untracked: no reports to compute, so the 105 uploads go quickly.
    const project = await createProject(server, { trackChanges: false });
    const reader = await watch<ResultsAdded>(server, open(), 'resultsAdded', RESULTS_ADDED, {
      filter: { projectId: project.id },
    });
    // A watcher that never takes an event: the hub's stream, unread.
    const stuck = server.services.live.hub.subscribe('resultsAdded', {})[Symbol.asyncIterator]();
    const batches = DEFAULT_QUEUE_LIMIT + 5;
    // Over HTTP, as clients submit, four at a time: a watcher that reads keeps up between requests.
    for (let i = 0; i < batches; i += 4) {
      const values = [i, i + 1, i + 2, i + 3].filter((v) => v < batches);
      await Promise.all(
        values.map((value) =>
          submit(server, [
            result(environment, { project: project.name, commitId: `c${value}`, benchmark: 'x', value }),
          ]),
        ),
      );
    }
    await expect.poll(() => reader.events.length).toBe(batches);
    const values = reader.events.map((e) => e.resultsAdded.results[0]!.value);
    expect(values.sort((x, y) => x - y)).toEqual([...Array(batches).keys()]);
    await expect(stuck.next()).rejects.toMatchObject({ extensions: { code: 'SUBSCRIPTION_FELL_BEHIND' } });
    reader.stop();
  });
});
