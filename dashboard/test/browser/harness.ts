import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH as CHROMIUM } from '../../../api/src/bench/dashboard-load.js';
import { startServer as startServerProcess } from '../../../api/src/bench/server.js';
import { loadFixtureFile } from '../../../api/src/fixtures/load.js';
import { startTestServer, testDatabase, type TestServer } from '../../../api/test/harness.js';

/**
 * A real Speedgraph (the API serving the built dashboard, on a real database)
 * and a real Chromium, for tests that do what a person does.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const dashboardDist = path.join(root, 'dashboard/dist');

export interface Dashboard {
  server: TestServer;
  browser: Browser;
  /** Opens a page of the dashboard at a path (of `origin`, another server, if given), failing the test on any script error in it. */
  open(
    pathname: string,
    options?: { signedIn?: boolean; width?: number; height?: number; origin?: string },
  ): Promise<Page>;
  /** Saves a screenshot when SCREENSHOT_DIR is set (for people to look at), and returns its path. */
  screenshot(page: Page, name: string): Promise<string | null>;
  /** Stops the server as a restart would (its connections close); the database stays. */
  stopServer(): Promise<void>;
  /** Starts the server again on the same port and database; `server` is then the new one. */
  startServer(): Promise<void>;
  /** Another Speedgraph on the same database with its own live listener, as another process behind a load balancer. */
  startAnother(): Promise<TestServer>;
  /**
   * Another Speedgraph as a real operating-system process (`api/dist/main.js`)
   * on the same PostgreSQL database; stopped after the file's tests.
   */
  startProcess(): Promise<{ url: string }>;
}

export async function startDashboard(
  options: { demo?: boolean; env?: Record<string, string> } = {},
): Promise<Dashboard> {
  if (!existsSync(path.join(dashboardDist, 'index.html'))) {
    throw new Error(`The dashboard is not built (no ${dashboardDist}/index.html): run "npm run build" first.`);
  }
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH); a test file that needs it starts with "// @module-tag chromium", so it is skipped without it.`,
    );
  const db = await testDatabase();
  const env = { DASHBOARD_DIR: dashboardDist, ...options.env };
  let server = await startTestServer(db, env);
  if (options.demo) await loadFixtureFile(server.services, path.join(root, 'fixtures/demo.json'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  afterAll(() => browser.close());
  const port = new URL(server.url).port;
  return {
    get server() {
      return server;
    },
    browser,
    stopServer: () => server.stop(),
    async startServer() {
      server = await startTestServer(db, { ...env, PORT: port });
    },
    startAnother: () => startTestServer(db, env),
    async startProcess() {
      if (!db.url)
        throw new Error('A second process needs a PostgreSQL server (DATABASE_URL): the embedded one is one process.');
      const logDir = mkdtempSync(path.join(tmpdir(), 'speedgraph-process-'));
      const other = await startServerProcess({
        databaseUrl: db.url,
        logFile: path.join(logDir, 'server.log'),
        script: path.join(root, 'api/dist/main.js'),
        env: { ...env, REPOSITORIES_DIR: path.join(logDir, 'repositories') },
      });
      afterAll(async () => {
        await other.stop();
        rmSync(logDir, { recursive: true, force: true });
      });
      return { url: other.url };
    },
    async open(pathname, { signedIn = false, width = 1280, height = 800, origin } = {}) {
      const context = await browser.newContext({ viewport: { width, height } });
      if (signedIn) {
        await context.addInitScript((token) => window.localStorage.setItem('speedgraph.token', token), server.token);
      }
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('close', () => {
        if (errors.length) throw new Error(`Script errors on ${pathname}: ${errors.join('; ')}`);
      });
      await page.goto((origin ?? server.url) + pathname);
      return page;
    },
    async screenshot(page, name) {
      const dir = process.env['SCREENSHOT_DIR'];
      if (!dir) return null;
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  };
}

/**
 * Sets a checkbox or radio button the view keeps in its address. Playwright's
 * check() reads the state back at once, but the view shows the new state only
 * when the navigation it starts has rendered (a transition), which on a busy
 * machine is later: so click, then wait for the state.
 */
export async function setChecked(input: Locator, checked: boolean): Promise<void> {
  if ((await input.isChecked()) === checked) return;
  await input.click();
  await expect.poll(() => input.isChecked(), { timeout: 10_000 }).toBe(checked);
}
