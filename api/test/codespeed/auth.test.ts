import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/orm.js';
import { createEnvironment, startTestServer, testDatabase, unique, type TestServer } from '../harness.js';

let db: Database;
let open: TestServer;
let environment: string;

beforeAll(async () => {
  db = await testDatabase();
  open = await startTestServer(db);
  environment = await createEnvironment(open);
});

const fields = () => ({
  commitid: '1',
  branch: 'default',
  project: unique('proj'),
  executable: 'exe',
  benchmark: 'float',
  environment,
  result_value: '1',
});
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('ALLOW_ANONYMOUS_POST (default true)', () => {
  it('lets anyone post', async () => {
    expect((await open.postForm('/result/add/', fields())).status).toBe(202);
  });
});

describe('ALLOW_ANONYMOUS_POST=False', () => {
  let closed: TestServer;
  beforeAll(async () => {
    closed = await startTestServer(db, { ALLOW_ANONYMOUS_POST: 'False' });
  });

  it('asks for credentials with 401 and a Basic challenge', async () => {
    const answer = await closed.postForm('/result/add/', fields());
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Basic realm="results"');
    const json = await closed.postForm('/result/add/json/', { json: JSON.stringify([fields()]) });
    expect(json.status).toBe(401);
  });

  it('accepts a user’s HTTP Basic credentials', async () => {
    const answer = await closed.postForm('/result/add/', fields(), { authorization: basic(closed.username, 'secret') });
    expect(answer).toMatchObject({ status: 202, text: 'Result data saved successfully' });
  });

  it('accepts a Bearer API token', async () => {
    const answer = await closed.postForm(
      '/result/add/json/',
      { json: JSON.stringify([fields()]) },
      {
        authorization: `Bearer ${closed.token}`,
      },
    );
    expect(answer.status).toBe(202);
  });

  it('answers 403 to a wrong password or token, and saves nothing', async () => {
    const item = fields();
    expect(
      (await closed.postForm('/result/add/', item, { authorization: basic(closed.username, 'nope') })).status,
    ).toBe(403);
    expect((await closed.postForm('/result/add/', item, { authorization: 'Bearer sg_nope' })).status).toBe(403);
    const rows = await db.fork().getConnection().execute(`select 1 from project where name = '${item.project}'`);
    expect(rows).toEqual([]);
  });

  it('ignores X-Forwarded-Proto from a peer that is not a trusted proxy (loopback is secure)', async () => {
    const answer = await closed.postForm('/result/add/', fields(), {
      authorization: `Bearer ${closed.token}`,
      'x-forwarded-proto': 'http',
    });
    expect(answer.status).toBe(202);
  });
});

describe('REQUIRE_SECURE_AUTH behind a trusted proxy', () => {
  let proxied: TestServer;
  let relaxed: TestServer;
  beforeAll(async () => {
    proxied = await startTestServer(db, { ALLOW_ANONYMOUS_POST: 'false', TRUSTED_PROXIES: '127.0.0.1' });
    relaxed = await startTestServer(db, {
      ALLOW_ANONYMOUS_POST: 'false',
      TRUSTED_PROXIES: '127.0.0.1',
      REQUIRE_SECURE_AUTH: 'false',
    });
  });

  it('refuses credentials that reached the proxy over plain HTTP', async () => {
    const answer = await proxied.postForm('/result/add/', fields(), {
      authorization: `Bearer ${proxied.token}`,
      'x-forwarded-proto': 'http',
    });
    expect(answer).toMatchObject({ status: 403, text: 'Secure connection required' });
  });

  it('accepts credentials that reached the proxy over HTTPS', async () => {
    const answer = await proxied.postForm('/result/add/', fields(), {
      authorization: `Bearer ${proxied.token}`,
      'x-forwarded-proto': 'https',
    });
    expect(answer.status).toBe(202);
  });

  it('accepts plain HTTP when REQUIRE_SECURE_AUTH is off', async () => {
    const answer = await relaxed.postForm('/result/add/', fields(), {
      authorization: basic(relaxed.username, 'secret'),
      'x-forwarded-proto': 'http',
    });
    expect(answer.status).toBe(202);
  });
});
