// @module-tag chromium
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedBigComparison } from './comparisonSeed.js';
import { startDashboard, type Dashboard, setChecked } from './harness.js';

let dashboard: Dashboard;
/** The demo's columns by label ("myexe2 @ 1.0"), read from the API: keys are made of ids. */
let keys: Record<string, string>;
let benchmarkIds: Record<string, string>;

beforeAll(async () => {
  dashboard = await startDashboard({ demo: true });
  const answer = await dashboard.server.graphql<{
    comparisonColumns: { key: string; label: string }[];
    benchmarks: { nodes: { id: string; name: string }[] };
  }>('{ comparisonColumns { key label } benchmarks(first: 50) { nodes { id name } } }');
  keys = Object.fromEntries(answer.data!.comparisonColumns.map((c) => [c.label, c.key]));
  benchmarkIds = Object.fromEntries(answer.data!.benchmarks.nodes.map((b) => [b.name, b.id]));
});

const quantity = (page: Page, title: string) =>
  page.locator('section.cmp-quantity', { has: page.getByRole('heading', { name: new RegExp(`^${title}`) }) });
const barsOf = (page: Page, title: string) => quantity(page, title).locator('.cmp-bar');
const params = (page: Page) => new URL(page.url()).searchParams;

/** Scrolls down the page a screen at a time, so panels drawn on approach are drawn for a full-page screenshot. */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, 0);
  });
}

describe('the comparison view', () => {
  it('opens from a permalink with its columns, benchmarks, environment and chart', async () => {
    const cols = [keys['myexe O3 64bits @ default (latest)']!, keys['myexe O3 64bits @ 1.0']!];
    const page = await dashboard.open(
      `/comparison?cols=${cols.join(',')}&ben=${benchmarkIds['float']}&env=1&type=normal`,
    );
    await barsOf(page, 'Time').first().waitFor();
    expect(await barsOf(page, 'Time').count()).toBe(2);
    expect(await page.locator('section.cmp-quantity').count()).toBe(1);
    expect(await page.locator(`input[data-column-key="${cols[1]}"]`).isChecked()).toBe(true);
    expect(await page.locator(`input[data-column-key="${keys['myexe2 @ default (latest)']}"]`).isChecked()).toBe(false);
    expect(await page.getByRole('radio', { name: 'Normal bars' }).isChecked()).toBe(true);
    const row = quantity(page, 'Time').getByRole('row', { name: /^float/ });
    expect(await row.textContent()).toContain('1.476');

    // A bar's tooltip gives the exact value and its std dev.
    await barsOf(page, 'Time').first().hover();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(
      /myexe O3 64bits @ default \(latest\).*float: 1\.476 seconds ± 0\.0235/,
    );
    await page.close();
  });

  it('shows the defaults, and a changed selection changes the address and the chart', async () => {
    const page = await dashboard.open('/comparison');
    await barsOf(page, 'Time').first().waitFor();
    await dashboard.screenshot(page, 'comparison-demo');
    // Codespeed's demo view: the latest of every executable, on both machines.
    expect(await barsOf(page, 'Time').count()).toBe(8);

    await setChecked(page.locator(`input[data-column-key="${keys['pypy-c-jit @ trunk (latest)']}"]`), false);
    await expect.poll(() => barsOf(page, 'Time').count()).toBe(6);
    expect(params(page).get('cols')?.split(',')).not.toContain(keys['pypy-c-jit @ trunk (latest)']);

    await setChecked(page.locator(`input[data-column-key="${keys['myexe2 @ 1.0']}"]`), true);
    await expect.poll(() => barsOf(page, 'Time').count()).toBe(8);
    expect(params(page).get('cols')?.split(',').at(-1)).toBe(keys['myexe2 @ 1.0']);

    await setChecked(page.locator('input[data-environment-id="2"]'), false);
    await expect.poll(() => barsOf(page, 'Time').count()).toBe(4);
    expect(params(page).get('env')).toBe('1');

    // The back button undoes a selection.
    await page.goBack();
    await expect.poll(() => barsOf(page, 'Time').count()).toBe(8);
    await page.close();
  });

  it('normalizes to a baseline: ratios, a geometric mean group, and the means in legend and table', async () => {
    const page = await dashboard.open('/comparison');
    await barsOf(page, 'Time').first().waitFor();
    await page.getByLabel('Normalize to').selectOption({ label: 'baseExe @ default (latest)' });
    await page.waitForURL(/base=latest-/);
    expect(params(page).get('base')).toBe(keys['baseExe @ default (latest)']);
    const time = quantity(page, 'Time');
    await time.locator('svg tspan', { hasText: 'relative to baseExe @ default (latest)' }).waitFor();
    // A group more: the geometric mean of each series.
    await expect.poll(() => barsOf(page, 'Time').count()).toBe(16);
    expect(await time.locator('svg').getByText('Geometric mean').count()).toBe(1);
    expect(await time.locator('.cmp-legend').textContent()).toContain('0.757×');
    const means = time.getByRole('row', { name: /^Geometric mean/ });
    expect(await means.textContent()).toContain('1.00×');
    expect(await time.getByRole('row', { name: /^float/ }).textContent()).toContain('0.757×');
    await dashboard.screenshot(page, 'comparison-normalized');

    await page.getByText('Relative bars').click();
    await page.waitForURL(/type=relative/);
    // Relative bars leave out the baseline's own (all 1×): three columns on two machines, in two groups.
    await expect.poll(() => barsOf(page, 'Time').count()).toBe(12);
    await dashboard.screenshot(page, 'comparison-relative');
    await page.close();
  });

  it('draws stacked and horizontal bars', async () => {
    const page = await dashboard.open('/comparison?type=stacked');
    await barsOf(page, 'Time').first().waitFor();
    expect(await page.getByRole('radio', { name: 'Stacked bars' }).isChecked()).toBe(true);
    await dashboard.screenshot(page, 'comparison-stacked');

    await page.getByText('Normal bars').click();
    await page.getByText('Horizontal', { exact: true }).click();
    await page.waitForURL(/dir=horizontal/);
    expect(params(page).get('type')).toBe('normal');
    const svg = quantity(page, 'Time').locator('.cmp-chart-svg svg').first();
    await expect.poll(async () => (await svg.boundingBox())?.height ?? 0).toBeGreaterThan(100);
    await dashboard.screenshot(page, 'comparison-horizontal');
    await page.close();
  });

  it('asks for a column, a benchmark or an environment when a selection is empty', async () => {
    const page = await dashboard.open('/comparison');
    await barsOf(page, 'Time').first().waitFor();
    for (const project of ['BaseProj', 'MyProject', 'pypy']) {
      await page.getByRole('button', { name: `Select none of ${project}` }).click();
    }
    await page.getByText('Pick at least one column').waitFor();
    expect(params(page).get('cols')).toBe('');
    const empty = await dashboard.open('/comparison?env=');
    await empty.getByText('Pick at least one environment.').waitFor();
    await page.close();
    await empty.close();
  });

  it('exports the chart as SVG and PNG, and the data as CSV', async () => {
    const page = await dashboard.open('/comparison');
    await barsOf(page, 'Time').first().waitFor();
    const time = quantity(page, 'Time');
    const [svg] = await Promise.all([page.waitForEvent('download'), time.getByRole('button', { name: 'SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('comparison-time.svg');
    const svgText = await readFile((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg xmlns/);
    expect(svgText).toContain('pypy-c-jit @ trunk (latest) · Quad Core');
    const [png] = await Promise.all([page.waitForEvent('download'), time.getByRole('button', { name: 'PNG' }).click()]);
    expect((await readFile((await png.path())!)).subarray(1, 4).toString()).toBe('PNG');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csvText = await readFile((await csv.path())!, 'utf8');
    expect(csvText.split('\r\n')[0]).toBe(
      'quantity,benchmark,column,environment,revision,value,std_dev,units,relative_to_baseline,baseline',
    );
    expect(csvText).toContain(
      'Time,float,myexe O3 64bits @ default (latest),Dual Core,8bc3b00e24,1.4757,0.0235,seconds,,',
    );
    await page.close();
  });

  it('follows the dark theme, and fits a narrow window', async () => {
    const path = `/comparison?base=${keys['baseExe @ default (latest)']}`;
    const dark = await dashboard.open(path);
    await dark.emulateMedia({ colorScheme: 'dark' });
    await barsOf(dark, 'Time').first().waitFor();
    await dashboard.screenshot(dark, 'comparison-dark');
    await dark.close();

    const narrow = await dashboard.open(path, { width: 800 });
    await barsOf(narrow, 'Time').first().waitFor();
    // Nothing wider than the window: the table scrolls inside its own box.
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    await dashboard.screenshot(narrow, 'comparison-narrow');
    await narrow.close();
  });

  it('stays readable with 18 columns × 2 environments × 50 benchmarks', async () => {
    const big = await seedBigComparison((query, variables) => dashboard.server.graphql(query, variables));
    const url = `/comparison?cols=${big.latestKeys.join(',')}&ben=${big.benchmarkIds.join(',')}&env=${big.environmentIds.join(',')}`;
    const page = await dashboard.open(url);
    const time = quantity(page, 'Time');
    await time.locator('.cmp-bar').first().waitFor({ timeout: 30_000 });
    expect(big.latestKeys).toHaveLength(18);
    // Small multiples: a panel per benchmark, each with its 36 bars, drawn as they come near the screen.
    expect(await time.locator('[data-layout="panels"]').count()).toBe(1);
    expect(await time.locator('.cmp-panel').count()).toBe(50);
    const geometry = await time.evaluate((section) => {
      const legend = section.querySelector('.cmp-legend-area')!.getBoundingClientRect();
      const bars = Array.from(section.querySelectorAll('.cmp-bar')).map((bar) => bar.getBoundingClientRect());
      const overlaps = bars.filter(
        (b) => b.left < legend.right && b.right > legend.left && b.top < legend.bottom && b.bottom > legend.top,
      );
      return {
        bars: bars.length,
        thinnest: Math.min(...bars.map((b) => b.width)),
        overLegend: overlaps.length,
        chartHeight: section.querySelector('.cmp-chart-area')!.getBoundingClientRect().height,
      };
    });
    expect(geometry.bars).toBeGreaterThanOrEqual(36 * 4);
    expect(geometry.bars % 36).toBe(0);
    expect(geometry.thinnest).toBeGreaterThanOrEqual(3);
    expect(geometry.overLegend).toBe(0);
    // The charts take the room they need rather than squeezing 1,800 bars into one plot.
    expect(geometry.chartHeight).toBeGreaterThan(2000);
    const last = time.locator('.cmp-panel').last();
    await last.scrollIntoViewIfNeeded();
    await last.locator('.cmp-bar').first().waitFor();
    expect(await last.locator('.cmp-bar').count()).toBe(36);
    await scrollThrough(page);
    await dashboard.screenshot(page, 'comparison-big');
    // An export draws the panels not yet scrolled to: all 50 are in the picture.
    const [svg] = await Promise.all([page.waitForEvent('download'), time.getByRole('button', { name: 'SVG' }).click()]);
    const svgText = await readFile((await svg.path())!, 'utf8');
    expect(svgText.match(/<svg/g)?.length).toBeGreaterThanOrEqual(51);
    expect(svgText).toContain('xml_etree_process');

    // Relative to the first column: a geometric-mean panel leads, all panels on one scale.
    const relative = await dashboard.open(`${url}&base=${big.latestKeys[0]}&type=relative`);
    const panels = quantity(relative, 'Time').locator('.cmp-panel');
    await panels.first().locator('.cmp-bar').first().waitFor({ timeout: 30_000 });
    expect(await panels.count()).toBe(51);
    expect(await panels.first().locator('svg text', { hasText: 'Geometric mean' }).count()).toBe(1);
    await scrollThrough(relative);
    await dashboard.screenshot(relative, 'comparison-big-relative');
    await relative.close();
    await page.close();
    // Seeding 3,600 results and drawing 1,800 bars twice: more than the default minute on a busy machine.
  }, 180_000);
});
