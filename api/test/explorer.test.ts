import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, testDatabase, type TestServer } from './harness.js';

/**
 * The GraphQL explorer: GraphiQL built into the dashboard as its own page
 * (dashboard/graphiql.html), served by the API on a browser's GET /graphql.
 * These tests read the real build: `npm run build` makes it (CI builds first).
 */
const dashboardDist = path.resolve(import.meta.dirname, '../../dashboard/dist');
const explorerPage = path.join(dashboardDist, 'graphiql.html');
/** What Chromium sends when a person opens a link. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

describe('the GraphQL explorer', () => {
  let server: TestServer;
  let unbuilt: TestServer;
  const emptyDir = mkdtempSync(path.join(os.tmpdir(), 'speedgraph-no-dashboard-'));
  afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

  beforeAll(async () => {
    const db = await testDatabase();
    server = await startTestServer(db, { DASHBOARD_DIR: dashboardDist });
    unbuilt = await startTestServer(db, { DASHBOARD_DIR: emptyDir });
  });

  it('is served, with every script and stylesheet it needs, to a browser that opens /graphql', async () => {
    if (!existsSync(explorerPage)) {
      throw new Error(`The dashboard is not built (no ${explorerPage}): run "npm run build" before the tests.`);
    }
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<div id="graphiql"></div>');

    // Self-hosted (no CDN), and consistent: each asset the page names is on this server.
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/assets\//);
      const answer = await fetch(server.url + asset);
      expect(answer.status, `${asset} (a stale build? run "npm run build")`).toBe(200);
    }
  });

  it('leaves a GET query with ?query= to the API, which answers JSON', async () => {
    for (const accept of [BROWSER_ACCEPT, '*/*']) {
      const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        // Apollo's CSRF protection asks GET queries for a header a plain link cannot send.
        headers: { accept, 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('leaves a GET without a query from a client that prefers JSON (curl) to the API', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: '*/*' } });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers a plain-text hint when the dashboard is not built', async () => {
    const response = await fetch(`${unbuilt.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toContain('npm run build');
  });
});
