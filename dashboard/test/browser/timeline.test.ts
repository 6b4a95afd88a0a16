// @module-tag chromium
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, type Dashboard, setChecked } from './harness.js';

let dashboard: Dashboard;
const ids = { dual: '', quad: '', myexe: '', myexe2: '', pypy: '', float: '', int: '', baseExe: '', base10: '' };

interface Named {
  id: string;
  name: string;
}

beforeAll(async () => {
  dashboard = await startDashboard({ demo: true });
  const answer = await dashboard.server.graphql<{
    environments: { nodes: Named[] };
    benchmarks: { nodes: Named[] };
    projects: { nodes: { executables: Named[] }[] };
    comparisonColumns: { kind: string; tag: string | null; executable: Named; revision: { id: string } }[];
  }>(`{
    environments { nodes { id name } }
    benchmarks { nodes { id name } }
    projects { nodes { executables { id name } } }
    comparisonColumns { kind tag executable { id name } revision { id } }
  }`);
  const data = answer.data!;
  const id = (list: Named[], name: string) => list.find((item) => item.name === name)!.id;
  const executables = data.projects.nodes.flatMap((p) => p.executables);
  ids.dual = id(data.environments.nodes, 'Dual Core');
  ids.quad = id(data.environments.nodes, 'Quad Core');
  ids.float = id(data.benchmarks.nodes, 'float');
  ids.int = id(data.benchmarks.nodes, 'int');
  ids.myexe = id(executables, 'myexe O3 64bits');
  ids.myexe2 = id(executables, 'myexe2');
  ids.pypy = id(executables, 'pypy-c-jit');
  const base = data.comparisonColumns.find(
    (c) => c.kind === 'TAG' && c.executable.name === 'baseExe' && c.tag === '1.0',
  )!;
  ids.baseExe = base.executable.id;
  ids.base10 = base.revision.id;
});

const lines = (page: Page) => page.locator('.tl-chart path.tl-line');
const search = (page: Page) => new URL(page.url()).searchParams;

async function plotted(page: Page, count: number) {
  await expect.poll(() => lines(page).count(), { timeout: 15_000 }).toBe(count);
  await page.locator('.tl-updating').waitFor({ state: 'detached' });
}

describe('the timeline', () => {
  it('opens from a permalink and draws a line per executable', async () => {
    const page = await dashboard.open(`/timeline?env=${ids.dual}&exe=${ids.myexe},${ids.myexe2}&ben=${ids.float}`);
    await plotted(page, 2);
    await page.getByRole('heading', { name: 'float' }).waitFor();
    expect(await page.getByText('↓ Lower is better').count()).toBe(1);
    expect(await page.locator('.tl-chart').textContent()).toContain('Time (seconds)');
    // The sidebar shows what the link says.
    expect(await page.getByRole('checkbox', { name: 'myexe2' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'pypy-c-jit' }).isChecked()).toBe(false);
    expect(await page.getByRole('radio', { name: 'Dual Core' }).isChecked()).toBe(true);
    await dashboard.screenshot(page, 'timeline-single');
    await page.close();
  });

  it('follows the site’s defaults when the address says nothing, and shows them as selected', async () => {
    const page = await dashboard.open('/timeline');
    // Every executable of a tracked project with results: myexe, myexe2, pypy (BaseProj is not tracked).
    await plotted(page, 3);
    expect(await page.getByRole('checkbox', { name: 'pypy-c-jit' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'float' }).isChecked()).toBe(true);
    await dashboard.screenshot(page, 'timeline-several-executables');
    await page.close();
  });

  it('puts a changed selection in the address and redraws the plot', async () => {
    const page = await dashboard.open(`/timeline?env=${ids.dual}&exe=${ids.myexe},${ids.myexe2}&ben=${ids.float}`);
    await plotted(page, 2);
    await setChecked(page.getByRole('checkbox', { name: 'myexe2' }), false);
    await expect.poll(() => search(page).get('exe')).toBe(ids.myexe);
    await plotted(page, 1);

    await setChecked(page.getByRole('checkbox', { name: 'pypy-c-jit' }), true);
    await expect.poll(() => search(page).get('exe')).toBe(`${ids.myexe},${ids.pypy}`);
    await plotted(page, 2);

    await setChecked(page.getByRole('radio', { name: 'Quad Core' }), true);
    await expect.poll(() => search(page).get('env')).toBe(ids.quad);
    await page.getByRole('combobox', { name: /Last/ }).selectOption('10');
    await expect.poll(() => search(page).get('revs')).toBe('10');
    await setChecked(page.getByRole('checkbox', { name: 'Log scale' }), true);
    await expect.poll(() => search(page).get('log')).toBe('1');
    await page.locator('.tl-chart').getByText('Time (seconds), log scale').waitFor();
    // Ten revisions at most per series now.
    await expect.poll(() => page.locator('.tl-chart path.tl-point').count()).toBeLessThanOrEqual(20);
    await page.close();
  });

  it('draws quartile bands and a baseline for a median benchmark', async () => {
    const page = await dashboard.open(
      `/timeline?env=${ids.dual}&exe=${ids.myexe},${ids.myexe2}&ben=${ids.int}` +
        `&branch=default,feature&base=${ids.baseExe}:${ids.base10}`,
    );
    // myexe on default and feature, myexe2 on default (it has no feature results).
    await plotted(page, 3);
    expect(await page.locator('.tl-chart path.tl-band').count()).toBe(3);
    await page.getByText('↑ Higher is better').waitFor();
    await page.getByText(/Baseline baseExe 1\.0: [\d.,]+ Mops\/s/).waitFor();
    expect(await page.getByRole('combobox', { name: 'Baseline' }).inputValue()).toBe(`${ids.baseExe}:${ids.base10}`);
    await dashboard.screenshot(page, 'timeline-median-bands');

    // Several benchmarks: one plot per unit.
    await setChecked(page.getByRole('checkbox', { name: 'float' }), true);
    await expect.poll(() => search(page).get('ben')).toBe(`${ids.float},${ids.int}`);
    await expect.poll(() => page.locator('.tl-panel').count()).toBe(2);
    await page.close();
  });

  it('opens the changes view of the revision under a clicked point', async () => {
    const page = await dashboard.open(`/timeline?env=${ids.dual}&exe=${ids.myexe2}&ben=${ids.float}`);
    await plotted(page, 1);
    const point = page.locator('.tl-chart path.tl-point').nth(3);
    const box = (await point.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page
      .locator('.tl-chart')
      .getByText(/commit [0-9a-f]{10}/)
      .waitFor();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/changes');
    const params = search(page);
    expect(params.get('exe')).toBe(ids.myexe2);
    expect(params.get('env')).toBe(ids.dual);
    expect(params.get('rev')).toMatch(/^\d+$/);
    await page.close();
  });

  it('shows a mini-plot per benchmark in the grid, each opening its timeline', async () => {
    const page = await dashboard.open(`/timeline?env=${ids.dual}&ben=grid`);
    await expect.poll(() => page.locator('.tl-card:has(path.tl-mini-line)').count(), { timeout: 15_000 }).toBe(2);
    expect(await page.locator('.tl-card-title').allTextContents()).toEqual(['float', 'int']);
    await dashboard.screenshot(page, 'timeline-grid');
    await page.getByRole('link', { name: 'int: open its timeline' }).click();
    await expect.poll(() => search(page).get('ben')).toBe(ids.int);
    expect(search(page).get('env')).toBe(ids.dual);
    await page.getByRole('heading', { name: 'int' }).waitFor();
    await page.close();
  });

  it('asks for an executable when none is picked', async () => {
    const page = await dashboard.open(`/timeline?ben=${ids.float}`);
    await plotted(page, 3);
    for (const button of await page.getByRole('button', { name: /^No executables of/ }).all()) await button.click();
    await page.getByText('Pick at least one executable.').waitFor();
    expect(search(page).get('exe')).toBe('');
    await page.close();
  });

  it('exports the plot as SVG and its data as CSV', async () => {
    const page = await dashboard.open(`/timeline?env=${ids.dual}&exe=${ids.myexe}&ben=${ids.float}`);
    await plotted(page, 1);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    const svgText = await readFile((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain('float — Dual Core');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    const rows = (await readFile((await csv.path())!, 'utf8')).trim().split('\r\n');
    expect(rows[0]).toBe(
      'benchmark,executable,branch,environment,revision_id,commit_id,date,tag,value,std_dev,min,max,q1,q3,units',
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows[1]).toMatch(/^float,myexe O3 64bits,default,Dual Core,/);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });

  it('reads well in the dark theme and on a narrow screen', async () => {
    const dark = await dashboard.open(`/timeline?env=${ids.dual}&ben=${ids.int}&branch=default,trunk,feature`);
    await dark.emulateMedia({ colorScheme: 'dark' });
    await plotted(dark, 4);
    const background = await dark.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await dashboard.screenshot(dark, 'timeline-dark');
    await dark.close();

    const narrow = await dashboard.open(`/timeline?env=${ids.dual}&ben=${ids.float},${ids.int}`, { width: 800 });
    await expect.poll(() => narrow.locator('.tl-panel').count(), { timeout: 15_000 }).toBe(2);
    const chart = (await narrow.locator('.tl-chart svg').first().boundingBox())!;
    expect(chart.width).toBeLessThanOrEqual(800);
    await dashboard.screenshot(narrow, 'timeline-narrow');
    await narrow.close();
  });
});
