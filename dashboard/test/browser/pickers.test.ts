// @module-tag chromium
import { beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, type Dashboard } from './harness.js';

/**
 * The API gives at most 500 benchmarks a page: the pickers read every page,
 * so a suite of 600 benchmarks can plot and compare its 600th.
 */
let dashboard: Dashboard;
const COUNT = 600;
const name = (i: number) => `bench-${String(i).padStart(3, '0')}`;
let lastId = '';

beforeAll(async () => {
  dashboard = await startDashboard();
  const { server } = dashboard;
  const created = await server.graphql(`mutation { createEnvironment(input: { name: "box" }) { environment { id } } }`);
  expect(created.errors).toBeUndefined();
  const results = Array.from({ length: COUNT }, (_, i) => ({
    project: 'Big',
    executable: 'exe',
    environment: 'box',
    benchmark: name(i + 1),
    branch: 'main',
    commitId: 'c1',
    value: i + 1,
  }));
  const posted = await server.graphql(
    `mutation($input: SubmitResultsInput!) { submitResults(input: $input) { created } }`,
    { input: { results } },
  );
  expect(posted.errors).toBeUndefined();
  const last = await server.graphql<{ benchmark: { id: string } }>(`{ benchmark(name: "${name(COUNT)}") { id } }`);
  lastId = last.data!.benchmark.id;
}, 60_000);

describe('pickers past the first page', () => {
  it('offers the 600th benchmark on the timeline, and plots it', async () => {
    const page = await dashboard.open('/timeline');
    const list = page.getByRole('group', { name: 'Benchmarks on the plot' });
    await list.getByRole('checkbox').first().waitFor();
    expect(await list.getByRole('checkbox').count()).toBe(COUNT);
    await page.getByRole('button', { name: `Only ${name(COUNT)}` }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('ben')).toBe(lastId);
    await page.getByRole('heading', { name: name(COUNT) }).waitFor();
    await page.close();
  });

  it('lists the 600th benchmark in Admin, and offers it as a parent', async () => {
    const page = await dashboard.open('/admin?section=benchmarks', { signedIn: true });
    await page.getByRole('rowheader', { name: name(COUNT) }).waitFor();
    expect(await page.getByRole('table').getByRole('rowheader').count()).toBe(COUNT);
    const parent = page.getByRole('group', { name: 'New benchmark' }).getByLabel('Parent');
    expect(await parent.locator('option', { hasText: name(COUNT) }).count()).toBe(1);
    await page.close();
  });

  it('offers the 600th benchmark on the comparison page', async () => {
    const page = await dashboard.open('/comparison');
    const box = page.locator(`input[data-benchmark-id="${lastId}"]`);
    await box.waitFor({ state: 'attached' });
    expect(await page.locator('.cmp-sidebar input[data-benchmark-id]').count()).toBe(COUNT);
    // Every benchmark is selected by default: choose none, then the last alone.
    await page.getByRole('button', { name: /^Select none of Time/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('ben')).toBe('');
    // A click, not check(): the box follows the address, which changes a moment after the click.
    await page.getByRole('checkbox', { name: name(COUNT), exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('ben')).toBe(lastId);
    await page.locator('.cmp-page').getByText(name(COUNT)).last().waitFor();
    await page.close();
  });
});
