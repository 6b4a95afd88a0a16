// @module-tag chromium
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, type Dashboard } from './harness.js';
import {
  demoIds,
  freshPoints,
  liveStatus,
  newCommit,
  plottedAndLive,
  points,
  upload,
  watchForFreshPoint,
} from './liveSeed.js';

let dashboard: Dashboard;
let timeline = '';

beforeAll(async () => {
  dashboard = await startDashboard({ demo: true });
  const ids = await demoIds(dashboard.server);
  timeline = `/timeline?env=${ids.env}&exe=${ids.exe}&ben=${ids.ben}`;
});

/** Points at the point and reads the tooltip's text. */
async function tooltipOf(page: Page, point: ReturnType<Page['locator']>): Promise<string> {
  const box = (await point.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tip = page.locator('.tl-chart').getByText(/^commit /);
  await tip.waitFor();
  return (await tip.textContent()) ?? '';
}

describe('live updates', () => {
  it('draws a result uploaded to /result/add/json/ on the open timeline, without a reload, marked for a moment', async () => {
    const page = await dashboard.open(timeline);
    await plottedAndLive(page);
    expect(await page.locator('.live-indicator').textContent()).toBe('Live');
    const before = await points(page).count();
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    const commit = newCommit();
    const drawn = await watchForFreshPoint(page);
    const { sentAt, repliedAt } = await upload(dashboard.server, commit, 1.62);
    const shownAt = await drawn();
    console.log(
      `live: point drawn ${shownAt - repliedAt} ms after the upload's reply (${shownAt - sentAt} ms after it was sent; ` +
        `the event leaves at the commit, the reply after the reports are computed)`,
    );
    // Mid-pulse, for people to look at.
    await page.waitForTimeout(300);
    await dashboard.screenshot(page, 'live-new-point');

    expect(await points(page).count()).toBe(before + 1);
    expect(await freshPoints(page).count()).toBe(1);
    expect(await tooltipOf(page, freshPoints(page))).toContain(`commit ${commit.slice(0, 10)}`);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    // The mark lasts about two seconds; the point stays.
    await expect.poll(() => freshPoints(page).count(), { timeout: 5_000 }).toBe(0);
    expect(await points(page).count()).toBe(before + 1);
    await page.close();
  });

  it('adds the new report to Home’s lists as it is computed, highlighted', async () => {
    const page = await dashboard.open('/');
    const latest = page.getByRole('region', { name: /^Latest reports/ });
    await latest.locator('.report-link').first().waitFor();
    await expect.poll(() => liveStatus(page), { timeout: 15_000 }).toBe('live');
    const commit = newCommit();
    // Far slower than the revision before: a significant regression, in both lists.
    await upload(dashboard.server, commit, 2.9);
    const row = latest.locator('.report-row', { hasText: commit.slice(0, 10) });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getAttribute('data-live-fresh')).toBe('');
    await dashboard.screenshot(page, 'live-home-new-report');
    await page
      .getByRole('region', { name: /^Latest significant changes/ })
      .locator('.report-row', { hasText: commit.slice(0, 10) })
      .waitFor();
    await page.close();
  });

  it('refreshes the changes view when its report changes, highlighting the changed row', async () => {
    const commit = newCommit();
    await upload(dashboard.server, commit, 1.5);
    const page = await dashboard.open(timeline);
    await plottedAndLive(page);
    // Open the changes view of the newest point, as a person would.
    const newest = points(page).last();
    const box = (await newest.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page
      .locator('.tl-chart')
      .getByText(`commit ${commit.slice(0, 10)}`)
      .waitFor();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const row = page.locator('.changes-tables tbody tr', { hasText: 'float' });
    await row.waitFor();
    await expect.poll(() => liveStatus(page)).toBe('live');
    const was = await row.textContent();

    await upload(dashboard.server, commit, 1.9);
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).not.toBe(was);
    expect(await row.getAttribute('data-live-fresh')).toBe('');
    await dashboard.screenshot(page, 'live-changes-row');
    await page.close();
  });

  it('says Reconnecting while the server is down, Live once it is back, and misses nothing uploaded meanwhile', async () => {
    const page = await dashboard.open(timeline);
    await plottedAndLive(page);
    const before = await points(page).count();

    await dashboard.stopServer();
    await expect.poll(() => liveStatus(page), { timeout: 10_000 }).toBe('reconnecting');
    expect(await page.locator('.live-indicator').textContent()).toBe('Reconnecting…');
    await dashboard.screenshot(page, 'live-indicator-reconnecting');
    // Uploaded through another server while this one is down: no event reaches the page.
    const other = await dashboard.startAnother();
    await upload(other, newCommit(), 1.55);

    await dashboard.startServer();
    await expect.poll(() => liveStatus(page), { timeout: 20_000 }).toBe('live');
    // Back, the page asked again for what it shows.
    await expect.poll(() => points(page).count(), { timeout: 10_000 }).toBe(before + 1);

    // With reduced motion the new point is marked without pulsing.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const commit = newCommit();
    const drawn = await watchForFreshPoint(page);
    await upload(dashboard.server, commit, 1.58);
    await drawn();
    expect(await points(page).count()).toBe(before + 2);
    expect(await freshPoints(page).evaluate((point) => getComputedStyle(point).animationName)).toBe('none');
    expect(await tooltipOf(page, freshPoints(page))).toContain(`commit ${commit.slice(0, 10)}`);
    await page.close();
  });

  it('watches only while a view is open: leaving the timeline ends its subscription', async () => {
    const counts = () => dashboard.server.services.live.hub.counts();
    const page = await dashboard.open(timeline);
    await plottedAndLive(page);
    await expect.poll(() => counts().resultsAdded).toBe(1);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('region', { name: /^Latest reports/ }).waitFor();
    await expect.poll(() => counts()).toMatchObject({ resultsAdded: 0, reportUpdated: 1 });
    await page.close();
    await expect.poll(() => counts()).toMatchObject({ resultsAdded: 0, reportUpdated: 0 });
  });

  it('asks again for the grid’s page when a result of its environment arrives', async () => {
    const env = new URLSearchParams(timeline.split('?')[1]).get('env');
    const page = await dashboard.open(`/timeline?env=${env}&ben=grid`);
    await expect.poll(() => page.locator('.tl-card:has(path.tl-mini-line)').count(), { timeout: 15_000 }).toBe(2);
    await expect.poll(() => liveStatus(page), { timeout: 15_000 }).toBe('live');
    const refetched = page.waitForRequest((request) => request.postData()?.includes('query TimelineGrid') ?? false);
    await upload(dashboard.server, newCommit(), 1.6);
    await refetched;
    await page.close();
  });

  it('says Offline when the browser loses the network, and Live when it returns', async () => {
    const page = await dashboard.open(timeline);
    await plottedAndLive(page);
    await dashboard.screenshot(page, 'live-indicator-live');
    const width = (await page.locator('.live-indicator').boundingBox())!.width;
    await page.context().setOffline(true);
    await expect.poll(() => liveStatus(page)).toBe('offline');
    expect(await page.locator('.live-indicator').textContent()).toBe('Offline');
    expect(await page.locator('.live-indicator').getAttribute('title')).toMatch(/^No live connection/);
    // The header does not move when the word changes.
    expect((await page.locator('.live-indicator').boundingBox())!.width).toBe(width);
    await dashboard.screenshot(page, 'live-indicator-offline');
    await page.context().setOffline(false);
    await expect.poll(() => liveStatus(page), { timeout: 20_000 }).toBe('live');
    await page.close();
  });
});
