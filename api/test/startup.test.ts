import { spawn, type ChildProcess, execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real server process on the embedded database, as a new user runs it:
 * an empty data folder at first start, then a restart that keeps the data.
 * Runs the compiled server (`npm test` builds first).
 */
const root = path.resolve(import.meta.dirname, '../..');
const main = path.join(root, 'api/dist/main.js');
const cli = path.join(root, 'api/dist/cli.js');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'speedgraph-startup-'));
const env = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '' };
const running: ChildProcess[] = [];

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function start(): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Speedgraph on (http:\/\/\S+) /.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!.replace('localhost', '127.0.0.1'), child, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function graphql(url: string, query: string, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

describe('the server on the embedded database', () => {
  it(
    'starts on an empty data folder, takes results, and keeps them across a restart',
    { timeout: 180_000 },
    async () => {
      const first = await start();
      const health = await fetch(`${first.url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'embedded' });
      // A first start makes an admin and a token, so a new user can write without stopping the server.
      await expect
        .poll(first.output)
        .toMatch(/First start: created the admin user "admin" with password \S+ and the API token sg_/);
      const firstToken = /API token (sg_\S+)/.exec(first.output())![1]!;
      const made = await graphql(
        first.url,
        'mutation { createEnvironment(input: { name: "first" }) { environment { id } } }',
        firstToken,
      );
      expect(made.errors).toBeUndefined();

      // The embedded database belongs to one process: the CLI refuses to open it while the server runs.
      const refused = await promisify(execFile)(process.execPath, [cli, 'createtoken', '--username', 'admin'], {
        env,
      }).catch((error: { stderr: string }) => error);
      expect((refused as { stderr: string }).stderr).toMatch(/is in use by process \d+/);
      await stop(first.child);

      // The CLI works on the same folder while the server is down (PGlite allows one process at a time).
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [cli, 'createsuperuser', '--username', 'admin', '--password', 'pw'],
        { env },
      );
      const token = /^(sg_\S+)$/m.exec(stdout)?.[1];
      expect(token).toBeDefined();

      const second = await start();
      const created = await graphql(
        second.url,
        'mutation { createEnvironment(input: { name: "box" }) { environment { id } } }',
        token,
      );
      expect(created.errors).toBeUndefined();
      const posted = await fetch(`${second.url}/result/add/`, {
        method: 'POST',
        body: new URLSearchParams({
          commitid: 'a1',
          branch: 'main',
          project: 'p',
          executable: 'e',
          benchmark: 'b',
          environment: 'box',
          result_value: '3.5',
        }),
      });
      expect(posted.status).toBe(202);
      await stop(second.child);

      const third = await start();
      const read = await graphql(third.url, '{ results(filter: { project: "p" }) { nodes { value } } }');
      expect(read.data).toEqual({ results: { nodes: [{ value: 3.5 }] } });
      await stop(third.child);
    },
  );
});
