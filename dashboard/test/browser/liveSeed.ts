import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TestServer } from '../../../api/test/harness.js';

/** The demo's names the live tests upload to: one executable's float benchmark on Dual Core, default branch. */
export const DEMO = {
  project: 'MyProject',
  branch: 'default',
  executable: 'myexe O3 64bits',
  benchmark: 'float',
  environment: 'Dual Core',
};

interface Named {
  id: string;
  name: string;
}

/** The ids of DEMO's environment, executable and benchmark, for permalinks. */
export async function demoIds(server: TestServer): Promise<{ env: string; exe: string; ben: string }> {
  const answer = await server.graphql<{
    environments: { nodes: Named[] };
    benchmarks: { nodes: Named[] };
    projects: { nodes: { executables: Named[] }[] };
  }>(
    `{ environments { nodes { id name } } benchmarks { nodes { id name } } projects { nodes { executables { id name } } } }`,
  );
  const data = answer.data!;
  const id = (list: Named[], name: string) => list.find((item) => item.name === name)!.id;
  return {
    env: id(data.environments.nodes, DEMO.environment),
    exe: id(
      data.projects.nodes.flatMap((p) => p.executables),
      DEMO.executable,
    ),
    ben: id(data.benchmarks.nodes, DEMO.benchmark),
  };
}

/** A commit id no other upload used. */
export const newCommit = () => randomBytes(20).toString('hex');

/**
 * Uploads one result as Codespeed's clients do (/result/add/json/), for a
 * revision dated now (after every demo revision), and answers when it was
 * sent and when the reply came (Date.now(), the clock the page reads too).
 */
export async function upload(
  server: TestServer,
  commitid: string,
  value: number,
): Promise<{ sentAt: number; repliedAt: number }> {
  const item = {
    ...DEMO,
    commitid,
    result_value: String(value),
    std_dev: '0.02',
    revision_date: new Date().toISOString(),
  };
  const sentAt = Date.now();
  const answer = await server.postForm('/result/add/json/', { json: JSON.stringify([item]) });
  const repliedAt = Date.now();
  expect(answer.status, answer.text).toBe(202);
  return { sentAt, repliedAt };
}

export const points = (page: Page) => page.locator('.tl-chart path.tl-point');
export const freshPoints = (page: Page) => page.locator('.tl-chart path.tl-point-fresh');
export const liveStatus = (page: Page) => page.locator('.live-indicator').getAttribute('data-status');

/** The plot is drawn (one line) and the live connection is up. */
export async function plottedAndLive(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.tl-chart path.tl-line').count(), { timeout: 15_000 }).toBe(1);
  await page.locator('.tl-updating').waitFor({ state: 'detached' });
  await expect.poll(() => liveStatus(page), { timeout: 15_000 }).toBe('live');
}

/**
 * Starts watching the page for the next point marked fresh; the returned
 * function waits for it and answers when (Date.now() in the page) it was
 * drawn. Watching begins before the upload, so no poll interval adds to the time.
 */
export async function watchForFreshPoint(page: Page): Promise<() => Promise<number>> {
  // The mark of an earlier point lasts about two seconds.
  await expect.poll(() => freshPoints(page).count(), { timeout: 5_000 }).toBe(0);
  await page.evaluate(() => {
    const slot = window as unknown as { freshAt: number };
    slot.freshAt = 0;
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.tl-chart path.tl-point-fresh')) return;
      slot.freshAt = Date.now();
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  });
  return async () => {
    const read = () => page.evaluate(() => (window as unknown as { freshAt: number }).freshAt);
    await expect.poll(read, { timeout: 15_000 }).toBeGreaterThan(0);
    return read();
  };
}
