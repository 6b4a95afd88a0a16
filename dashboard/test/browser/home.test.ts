// @module-tag chromium
import { beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, type Dashboard } from './harness.js';

let dashboard: Dashboard;

beforeAll(async () => {
  dashboard = await startDashboard({ demo: true });
});

interface LatestReport {
  id: string;
  revision: { id: string };
  executable: { id: string };
  environment: { id: string };
}

async function latestReports(significantOnly: boolean): Promise<{ totalCount: number; nodes: LatestReport[] }> {
  const answer = await dashboard.server.graphql<{ reports: { totalCount: number; nodes: LatestReport[] } }>(
    `query($s: Boolean!) { reports(first: 10, significantOnly: $s) {
      totalCount nodes { id revision { id } executable { id } environment { id } } } }`,
    { s: significantOnly },
  );
  return answer.data!.reports;
}

describe('Home with the demo data', () => {
  it('lists the latest reports beside the latest significant ones, and a card per tracked project', async () => {
    const page = await dashboard.open('/');
    const latest = page.getByRole('region', { name: /^Latest reports/ });
    const significant = page.getByRole('region', { name: /^Latest significant changes/ });
    await latest.locator('.report-link').first().waitFor();
    await significant.locator('.report-link').first().waitFor();
    expect(await latest.locator('.report-link').count()).toBe(10);
    expect(await latest.getByRole('heading').textContent()).toContain(String((await latestReports(false)).totalCount));
    // Every significant report is red or green, and says which in words too.
    const colours = await significant.locator('.report-row').evaluateAll((rows) => rows.map((row) => row.className));
    expect(colours.every((name) => /report-(red|green)/.test(name))).toBe(true);
    expect(await significant.locator('.report-summary .visually-hidden').first().textContent()).toMatch(
      /Regression|Improvement/,
    );

    await page
      .getByRole('article', { name: /^MyProject/ })
      .getByText('myexe O3 64bits, myexe2')
      .waitFor();
    await page.getByRole('article', { name: /^pypy/ }).getByText('Latest revision').waitFor();
    // BaseProj is not tracked: named, without a card.
    await page.getByText('Not tracked: BaseProj.').waitFor();
    expect(await page.getByRole('article', { name: /^BaseProj/ }).count()).toBe(0);
    await page.locator('.skeleton-text').first().waitFor({ state: 'detached' });
    await dashboard.screenshot(page, 'home-demo');
    await page.close();
  });

  it('adds the next page of reports below the first when asked for more', async () => {
    const page = await dashboard.open('/');
    const latest = page.getByRole('region', { name: /^Latest reports/ });
    await latest.locator('.report-link').first().waitFor();
    await latest.getByRole('button', { name: 'More' }).click();
    await expect.poll(() => latest.locator('.report-link').count()).toBe(20);
    await page.close();
  });

  it('opens a report’s changes view from its link', async () => {
    const [first] = (await latestReports(true)).nodes;
    const page = await dashboard.open('/');
    const link = page
      .getByRole('region', { name: /^Latest significant changes/ })
      .locator('.report-link')
      .first();
    await link.waitFor();
    const expected = `/changes?rev=${first!.revision.id}&exe=${first!.executable.id}&env=${first!.environment.id}`;
    expect(await link.getAttribute('href')).toBe(expected);
    await link.click();
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(expected);
    await page.close();
  });

  it('switches to the dark theme from the header and remembers it after a reload', async () => {
    const page = await dashboard.open('/');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.reload();
    await page
      .getByRole('region', { name: /^Latest reports/ })
      .locator('.report-link')
      .first()
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.getByRole('combobox', { name: 'Colour theme' }).inputValue()).toBe('dark');
    await page.locator('.skeleton-text').first().waitFor({ state: 'detached' });
    await dashboard.screenshot(page, 'home-dark');
    await page.close();
  });

  it('follows the system’s dark preference until a theme is picked', async () => {
    const page = await dashboard.open('/');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(20, 23, 28)');
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('light');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.close();
  });
});

describe('Home on an empty Speedgraph', () => {
  it('shows the first-run guide with the commands to paste', async () => {
    const empty = await startDashboard();
    const page = await empty.open('/');
    await page.getByRole('heading', { name: 'Send your first result' }).waitFor();
    expect(await page.locator('.command').count()).toBe(3);
    expect(await page.getByText('No projects yet', { exact: false }).count()).toBe(1);
    await empty.screenshot(page, 'home-empty');
    await page.close();
  });
});
