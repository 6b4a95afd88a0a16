import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, testDatabase, type TestServer } from '../harness.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(await testDatabase(), { WEBSITE_NAME: 'PyPy Speed', DEF_TIMELINE_LIMIT: '200' });
});

describe('siteSettings', () => {
  it('tells the dashboard the site’s name and its views’ defaults, to anyone', async () => {
    const answer = await server.graphql(
      `{ siteSettings { websiteName timelineLimit trendDepth changeThreshold } }`,
      {},
      { token: null },
    );
    expect(answer.data).toEqual({
      siteSettings: { websiteName: 'PyPy Speed', timelineLimit: 200, trendDepth: 10, changeThreshold: 3 },
    });
  });
});

describe('signIn', () => {
  const SIGN_IN = `mutation($u: String!, $p: String!) { signIn(input: { username: $u, password: $p }) { token apiToken { name } } }`;

  it('issues a token that works for mutations', async () => {
    const answer = await server.graphql<{ signIn: { token: string; apiToken: { name: string } } }>(
      SIGN_IN,
      { u: server.username, p: 'secret' },
      { token: null },
    );
    expect(answer.data!.signIn.apiToken.name).toBe('dashboard sign-in');
    const viewer = await server.graphql(`{ viewer { username } }`, {}, { token: answer.data!.signIn.token });
    expect(viewer.data).toEqual({ viewer: { username: server.username } });
  });

  it('refuses a wrong password without saying whether the user exists', async () => {
    for (const u of [server.username, 'nobody']) {
      const answer = await server.graphql(SIGN_IN, { u, p: 'wrong' }, { token: null });
      expect(answer.errors?.[0]).toMatchObject({
        message: 'Wrong user name or password',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });
});
