// @module-tag chromium
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, type Dashboard } from './harness.js';

let dashboard: Dashboard;
let ids: Ids;

interface Ids {
  env: string;
  exe: string;
  red: { rev: string; summary: string };
  green: { rev: string; summary: string };
  latest: string;
}

interface Report {
  colour: string;
  summary: string;
  revision: { id: string };
}

/** The demo data's ids, asked of the API like any client would (they depend on load order). */
async function lookUpIds(): Promise<Ids> {
  const { data } = await dashboard.server.graphql<{
    environment: { id: string };
    projects: { nodes: { name: string; executables: { id: string; name: string }[] }[] };
  }>(`{ environment(name: "Dual Core") { id } projects { nodes { name executables { id name } } } }`);
  const env = data!.environment.id;
  const exe = data!.projects.nodes
    .find((p) => p.name === 'MyProject')!
    .executables.find((e) => e.name === 'myexe O3 64bits')!.id;
  const reports = await dashboard.server.graphql<{ reports: { nodes: Report[] } }>(
    `query ($exe: ID, $env: ID) { reports(executableId: $exe, environmentId: $env, first: 100) { nodes { colour summary revision { id } } } }`,
    { exe, env },
  );
  const nodes = reports.data!.reports.nodes;
  const pick = (colour: string) => {
    const report = nodes.find((node) => node.colour === colour)!;
    return { rev: report.revision.id, summary: report.summary };
  };
  const latest = await dashboard.server.graphql<{ changes: { revision: { id: string } } }>(
    `query ($exe: ID, $env: ID) { changes(executableId: $exe, environmentId: $env) { revision { id } } }`,
    { exe, env },
  );
  return { env, exe, red: pick('RED'), green: pick('GREEN'), latest: latest.data!.changes.revision.id };
}

const permalink = (rev: string, trend = 10) => `/changes?rev=${rev}&exe=${ids.exe}&env=${ids.env}&trend=${trend}`;
const searchOf = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

/** Waits until the view shows a revision's tables (and nothing is loading any more). */
async function tablesShown(page: Page) {
  await page.getByRole('table', { name: /Time/ }).waitFor();
  await page.locator('section.changes[aria-busy="false"]').waitFor();
}

beforeAll(async () => {
  dashboard = await startDashboard({ demo: true });
  ids = await lookUpIds();
});

describe('the Changes view', () => {
  it('opens from a permalink, with the report, the revision and one table per quantity', async () => {
    const page = await dashboard.open(permalink(ids.red.rev));
    await tablesShown(page);
    await expect.poll(() => page.locator('.changes-banner').textContent()).toContain(ids.red.summary);
    expect(await page.locator('.changes-banner').textContent()).toContain('Regression');
    expect(await page.getByRole('table').count()).toBe(2);
    const throughput = page.getByRole('table', { name: /Throughput/ });
    expect(await throughput.locator('caption').textContent()).toContain('more is better');
    // The regressed change is marked in colour and in words.
    expect(await throughput.locator('.change-regressed').first().textContent()).toMatch(/^−\d+\.\d\d% \(regressed\)$/);
    expect(await page.getByRole('heading', { name: 'Environment' }).isVisible()).toBe(true);
    expect(await page.getByText('Intel Core i5-7200U').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Commit log' }).isVisible()).toBe(true);
    await dashboard.screenshot(page, 'changes-red');
    await page.close();
  });

  it('writes what the API chose into the address when none is given, without a history entry', async () => {
    const page = await dashboard.open('/');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Changes' }).click();
    await tablesShown(page);
    await expect.poll(() => searchOf(page)).toEqual({ rev: ids.latest, exe: ids.exe, env: ids.env, trend: '10' });
    await dashboard.screenshot(page, 'changes-default');
    // Back leaves the view: the bare /changes was replaced, not kept to bounce back from.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await page.close();
  });

  it('changes the address and the table when another trend depth or revision is picked', async () => {
    const page = await dashboard.open(permalink(ids.red.rev));
    await tablesShown(page);
    const trendCell = page.getByRole('table', { name: /Time/ }).locator('tbody td').last();
    const before = await trendCell.textContent();
    await page.getByLabel('Trend over').selectOption('5');
    await expect.poll(() => searchOf(page).trend).toBe('5');
    await expect.poll(() => trendCell.textContent()).not.toBe(before);
    // A choice is a step in the history: Back undoes it.
    await page.goBack();
    await expect.poll(() => searchOf(page).trend).toBe('10');
    await expect.poll(() => trendCell.textContent()).toBe(before);

    await page.getByRole('combobox', { name: /^Revision/ }).selectOption(ids.green.rev);
    await expect.poll(() => searchOf(page).rev).toBe(ids.green.rev);
    await expect.poll(() => page.locator('.changes-banner').textContent()).toContain(ids.green.summary);
    expect(searchOf(page)).toMatchObject({ exe: ids.exe, env: ids.env, trend: '10' });
    await page.close();
  });

  it('opens the newest revision of a branch picked', async () => {
    const { data } = await dashboard.server.graphql<{
      project: { id: string };
    }>(`{ project(name: "MyProject") { id } }`);
    const feature = await dashboard.server.graphql<{ revisions: { nodes: { id: string }[] } }>(
      `query ($id: ID!) { revisions(projectId: $id, branch: "feature", first: 1) { nodes { id } } }`,
      { id: data!.project.id },
    );
    const page = await dashboard.open(permalink(ids.red.rev));
    await tablesShown(page);
    await page.getByLabel('Branch').selectOption('feature');
    await expect.poll(() => searchOf(page).rev).toBe(feature.data!.revisions.nodes[0]!.id);
    await expect.poll(() => page.locator('.revision-facts').textContent()).toContain('MyProject / feature');
    expect(await page.getByLabel('Branch').inputValue()).toBe('feature');
    await page.close();
  });

  it('opens the latest revision of an executable picked from another project', async () => {
    const { data } = await dashboard.server.graphql<{ project: { executables: { id: string }[] } }>(
      `{ project(name: "pypy") { executables { id } } }`,
    );
    const pypy = data!.project.executables[0]!.id;
    const page = await dashboard.open(permalink(ids.red.rev));
    await tablesShown(page);
    await page.getByRole('combobox', { name: /^Executable/ }).selectOption(pypy);
    await expect.poll(() => searchOf(page).exe).toBe(pypy);
    await expect.poll(() => searchOf(page).rev).not.toBe(ids.red.rev);
    await expect.poll(() => page.locator('.revision-facts').textContent()).toContain('pypy / trunk');
    await page.close();
  });

  it('steps to the previous and the next revision', async () => {
    const page = await dashboard.open(permalink(ids.red.rev));
    await tablesShown(page);
    const commit = async () => page.locator('.revision-facts code').textContent();
    const redCommit = await commit();
    await page.getByRole('link', { name: /Previous/ }).click();
    await expect.poll(() => searchOf(page).rev).not.toBe(ids.red.rev);
    await expect.poll(commit).not.toBe(redCommit);
    await page.getByRole('link', { name: /Next/ }).click();
    await expect.poll(() => searchOf(page).rev).toBe(ids.red.rev);
    await expect.poll(commit).toBe(redCommit);
    await page.close();
  });

  it('opens the benchmark’s timeline when a row is clicked', async () => {
    const page = await dashboard.open(permalink(ids.red.rev));
    await tablesShown(page);
    const { data } = await dashboard.server.graphql<{ benchmark: { id: string } }>(
      `{ benchmark(name: "float") { id } }`,
    );
    await page.getByRole('table', { name: /Time/ }).locator('tbody tr').first().locator('td').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/timeline');
    expect(searchOf(page)).toEqual({ ben: data!.benchmark.id, env: ids.env, exe: ids.exe });
    await page.close();
  });

  it('sorts a table from the keyboard', async () => {
    const page = await dashboard.open(permalink(ids.red.rev));
    await tablesShown(page);
    const header = page.getByRole('table', { name: /Time/ }).getByRole('columnheader', { name: /Change/ });
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });

  it('shows an improvement, in the dark theme and on a narrow screen', async () => {
    const page = await dashboard.open(permalink(ids.green.rev));
    await tablesShown(page);
    expect(await page.locator('.changes-banner').textContent()).toContain('Improvement');
    await dashboard.screenshot(page, 'changes-green');
    await page.emulateMedia({ colorScheme: 'dark' });
    await dashboard.screenshot(page, 'changes-dark');
    await page.close();

    const narrow = await dashboard.open(permalink(ids.red.rev), { width: 800 });
    await tablesShown(narrow);
    await dashboard.screenshot(narrow, 'changes-narrow');
    await narrow.close();
  });

  it('says what went wrong when a link names a revision that does not exist', async () => {
    const page = await dashboard.open(`/changes?rev=999999&exe=${ids.exe}&env=${ids.env}`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('no revision');
    await page.getByRole('link', { name: 'Show the latest changes' }).click();
    await tablesShown(page);
    await page.close();
  });
});
