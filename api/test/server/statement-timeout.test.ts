import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, startTestServer, testDatabase, type TestDatabase, type TestServer } from '../harness.js';

/**
 * The statement time box is PostgreSQL's statement_timeout: the embedded
 * database (PGlite, WebAssembly without timers) cannot enforce it, as the README says.
 */
const onServer = Boolean(process.env['DATABASE_URL']);

describe.skipIf(!onServer)('the statement time box (STATEMENT_TIMEOUT_SECONDS)', () => {
  let db: TestDatabase;
  let server: TestServer;
  let locker: pg.Client;

  beforeAll(async () => {
    db = await testDatabase({ statementTimeoutSeconds: 0.5 });
    server = await startTestServer(db);
    await createEnvironment(server, 'box');
    expect((await server.postForm('/result/add/', RESULT)).status).toBe(202);
    locker = new pg.Client({ connectionString: db.url! });
    await locker.connect();
  });

  afterAll(() => locker.end());

  /** Another session holds a table; statements that need it wait, and the time box ends the wait. */
  async function whileLocked<T>(table: string, work: () => Promise<T>): Promise<T> {
    await locker.query('begin');
    await locker.query(`lock table "${table}" in access exclusive mode`);
    try {
      return await work();
    } finally {
      await locker.query('rollback');
    }
  }

  it('gives a GraphQL request that runs past it a coded error, while other requests go on', async () => {
    const { answer, health } = await whileLocked('project', async () => {
      const pending = server.graphql(`{ projects(first: 5) { nodes { name } } }`, {}, { token: null });
      const health = await fetch(`${server.url}/healthz`);
      return { answer: await pending, health };
    });
    expect(health.status).toBe(200);
    expect(answer.errors?.[0]).toMatchObject({
      message: expect.stringContaining('STATEMENT_TIMEOUT_SECONDS') as unknown,
      extensions: { code: 'STATEMENT_TIMEOUT' },
    });
    expect(JSON.stringify(answer)).not.toMatch(/canceling statement|select /i);
    // The connection it used is back in service.
    const after = await server.graphql<{ projects: { nodes: { name: string }[] } }>(
      `{ projects(first: 5) { nodes { name } } }`,
    );
    expect(after.data?.projects.nodes.map((p) => p.name)).toContain('Boxed');
  });

  it('answers a Codespeed upload that runs past it with 503 and a plain reason, storing nothing', async () => {
    const answer = await whileLocked('result', () => server.postForm('/result/add/', { ...RESULT, result_value: '2' }));
    expect(answer.status).toBe(503);
    expect(answer.text).toMatch(/time box \(STATEMENT_TIMEOUT_SECONDS\)/);
    const stored = await server.graphql<{ results: { nodes: { value: number }[] } }>(
      `{ results(filter: { project: "Boxed" }, first: 10) { nodes { value } } }`,
    );
    expect(stored.data?.results.nodes.map((r) => r.value)).toEqual([1]);
  });
});

const RESULT = {
  commitid: 'abc123',
  branch: 'default',
  project: 'Boxed',
  executable: 'exe',
  benchmark: 'bench',
  environment: 'box',
  result_value: '1',
};
