import http from 'node:http';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, testDatabase, type TestServer } from '../harness.js';

const run = promisify(execFile);

let server: TestServer;
let small: TestServer;

beforeAll(async () => {
  const db = await testDatabase();
  server = await startTestServer(db);
  small = await startTestServer(db, { MAX_BODY_MB: '1' });
});

/**
 * POSTs the whole body, as a client that writes before it reads does, and
 * reads the answer. A server that answers and closes before reading the body
 * makes this fail with EPIPE or ECONNRESET instead.
 */
function postWhole(url: string, body: Buffer, contentType: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', headers: { 'content-type': contentType, 'content-length': body.length } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    request.on('error', reject);
    // In 64 KB writes, so the answer could come (and the socket close) while the body is still going out.
    for (let at = 0; at < body.length; at += 65_536) request.write(body.subarray(at, at + 65_536));
    request.end();
  });
}

/** Runs raw-post.mjs: many bare-socket POSTs from another process, and how each ended. */
async function rawPosts(base: string, path: string, bytes: number, rounds: number): Promise<Record<string, number>> {
  const script = fileURLToPath(new URL('./raw-post.mjs', import.meta.url));
  const { stdout } = await run(process.execPath, [script, base, path, String(bytes), String(rounds)]);
  return JSON.parse(stdout) as Record<string, number>;
}

const twoMegabytes = Buffer.alloc(2 * 1024 * 1024, 'x');

describe('request bodies', () => {
  it('reads a 2 MB text/plain body before answering Codespeed’s JSON endpoint with its 400', async () => {
    // The fault showed in a few percent of such requests (an answer racing the body), hence many rounds.
    expect(await rawPosts(server.url, '/result/add/json/', twoMegabytes.length, 200)).toEqual({
      "400 No key 'json' in POST payload": 200,
    });
  });

  it('reads a 2 MB text/plain body before answering /result/add/ and /graphql', async () => {
    const codespeed = await postWhole(`${server.url}/result/add/`, twoMegabytes, 'text/plain');
    expect(codespeed.status).toBe(400);
    const graphql = await postWhole(`${server.url}/graphql`, twoMegabytes, 'text/plain');
    expect(graphql.status).toBe(400);
  });

  it('answers a body past MAX_BODY_MB with 413 and a text naming the limit, on every door', async () => {
    const threeMegabytes = Buffer.alloc(3 * 1024 * 1024, 'x');
    const cases: [string, string][] = [
      ['/result/add/json/', 'application/json'],
      ['/result/add/json/', 'application/x-www-form-urlencoded'],
      ['/result/add/json/', 'text/plain'],
      ['/result/add/', 'application/x-www-form-urlencoded'],
      ['/graphql', 'application/json'],
      ['/graphql', 'text/plain'],
    ];
    for (const [path, type] of cases) {
      const answer = await postWhole(`${small.url}${path}`, threeMegabytes, type);
      expect({ path, type, ...answer }).toEqual({
        path,
        type,
        status: 413,
        text: 'Request body too large: at most 1 MB (MAX_BODY_MB)',
      });
    }
  });

  it('still takes a body under the limit', async () => {
    const answer = await postWhole(
      `${small.url}/graphql`,
      Buffer.from(JSON.stringify({ query: '{ siteSettings { websiteName } }' })),
      'application/json',
    );
    expect(answer).toMatchObject({ status: 200 });
  });
});
