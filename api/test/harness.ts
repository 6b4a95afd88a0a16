import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/db/orm.js';
import { createLogger } from '../src/lib/logger.js';
import { serveOn, type Speedgraph } from '../src/speedgraph.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file holding a migrated, empty embedded database (PGlite's dumpDataDir), made by embedded-snapshot.ts. */
    embeddedSnapshot: string | null;
  }
}

/**
 * A real database for one test file: a fresh database on the PostgreSQL server
 * named by DATABASE_URL (dropped afterwards), or an in-memory embedded one.
 */
/** A test's database, with the URL another process can open it by (null for the embedded one: one process only). */
export type TestDatabase = Database & { url: string | null };

export async function testDatabase(options: { statementTimeoutSeconds?: number } = {}): Promise<TestDatabase> {
  // The product's default time box unless a test asks for another.
  const statementTimeoutSeconds = options.statementTimeoutSeconds ?? loadConfig({}).statementTimeoutSeconds;
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    // A copy of the database embedded-snapshot.ts migrated once for the run, where the project made one.
    const snapshot = inject('embeddedSnapshot');
    const startFrom = snapshot ? new Blob([readFileSync(snapshot)]) : undefined;
    const db = await openDatabase({ url: null, dataDir: 'memory://', startFrom });
    afterAll(() => db.close());
    return Object.assign(db, { url: null });
  }
  const name = `speedgraph_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), dataDir: '', statementTimeoutSeconds });
  afterAll(async () => {
    await db.close();
    await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
  });
  return Object.assign(db, { url: url.toString() });
}

async function adminQuery(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface TestServer extends Speedgraph {
  db: Database;
  /** An admin's API token, for mutations. */
  token: string;
  /** That admin's user name; the password is "secret". */
  username: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null },
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  /** POSTs a form; returns status, text and headers. */
  postForm(
    path: string,
    fields: Record<string, string> | string,
    headers?: Record<string, string>,
  ): Promise<HttpAnswer>;
  post(path: string, body: string, headers?: Record<string, string>): Promise<HttpAnswer>;
}

export interface HttpAnswer {
  status: number;
  text: string;
  headers: Headers;
}

/** Starts Speedgraph on a port of its own, with settings as environment variables. */
export async function startTestServer(db: Database, env: Record<string, string> = {}): Promise<TestServer> {
  // Clones go to a folder of the test's own, never into the checkout's ./data.
  const repositories = mkdtempSync(path.join(tmpdir(), 'speedgraph-repositories-'));
  afterAll(() => rmSync(repositories, { recursive: true, force: true }));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    REPOSITORIES_DIR: repositories,
    ...env,
  });
  const speedgraph = await serveOn(config, db, createLogger(config.logLevel));
  afterAll(() => speedgraph.stop());
  const em = db.fork();
  const username = `admin_${randomBytes(4).toString('hex')}`;
  const user = await speedgraph.services.users.createUser(em, { username, password: 'secret', isAdmin: true });
  const { token } = await speedgraph.services.users.createToken(em, user, 'tests');

  const post = async (path: string, body: string, headers: Record<string, string> = {}): Promise<HttpAnswer> => {
    const response = await fetch(speedgraph.url + path, { method: 'POST', body, headers });
    return { status: response.status, text: await response.text(), headers: response.headers };
  };
  return {
    ...speedgraph,
    db,
    token,
    username,
    async graphql(query, variables = {}, options = {}) {
      const auth = options.token === undefined ? token : options.token;
      const response = await fetch(`${speedgraph.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    postForm: (path, fields, headers = {}) =>
      post(path, typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(), {
        'content-type': 'application/x-www-form-urlencoded',
        ...headers,
      }),
    post,
  };
}

/** A name no other test uses, so tests share a database without a global wipe. */
export const unique = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex')}`;

/** Creates an environment through the API, as an admin would. */
export async function createEnvironment(server: TestServer, name = unique('env')): Promise<string> {
  const answer = await server.graphql<{ createEnvironment: { environment: { name: string } } }>(
    `mutation($name: String!) { createEnvironment(input: { name: $name }) { environment { name } } }`,
    { name },
  );
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return name;
}
