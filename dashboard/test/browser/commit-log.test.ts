// @module-tag chromium
import { beforeAll, describe, expect, it } from 'vitest';
import { gitIn, tempDir } from '../../../api/test/vcs/git-fixture.js';
import { startDashboard, type Dashboard } from './harness.js';

/**
 * The commit log of the Changes view and the repository state in Admin, on a
 * real git repository made here (`git init`, commits, a file:// URL), and on
 * one that cannot be reached.
 */
let dashboard: Dashboard;
const ids = { environment: '', executable: '', goodProject: '', badProject: '', plainProject: '', longProject: '' };
const long = { first: '', last: '' };
const commits: Record<string, string> = {};

interface Named {
  id: string;
  name: string;
}

const ask = async <T>(query: string, variables?: Record<string, unknown>) => {
  const answer = await dashboard.server.graphql<T>(query, variables);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data!;
};

/** A repository of four commits: the results are posted for the first and the last. */
function makeRepository(): string {
  const dir = tempDir('commit-log');
  const git = gitIn(dir);
  git('init', '--quiet', '--initial-branch=main');
  const commit = (name: string, message: string, date: string) => {
    gitIn(dir, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date })(
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      message,
    );
    commits[name] = git('rev-parse', 'HEAD');
  };
  commit('first', 'Initial import', '2026-11-01T10:00:00Z');
  commit(
    'parser',
    'Speed up the parser\n\nThe tokenizer no longer copies each line.\n<script>alert(1)</script>',
    '2026-11-02T10:00:00Z',
  );
  commit('cache', 'Cache compiled patterns', '2026-11-03T10:00:00Z');
  commit('release', 'Release 1.1', '2026-11-04T10:00:00Z');
  git('tag', 'v1.1');
  return `file://${dir}`;
}

/** A repository of `count` commits, for a log longer than a page. */
function makeLongRepository(count: number): { url: string; first: string; last: string } {
  const dir = tempDir('commit-log-long');
  const git = gitIn(dir);
  git('init', '--quiet', '--initial-branch=main');
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const date = new Date(Date.UTC(2026, 9, 1) + i * 3_600_000).toISOString();
    gitIn(dir, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date })(
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      `Step ${i}`,
    );
    ids.push(git('rev-parse', 'HEAD'));
  }
  return { url: `file://${dir}`, first: ids[0]!, last: ids.at(-1)! };
}

async function post(project: string, commitId: string, value: number) {
  await ask(`mutation ($results: [ResultInput!]!) { submitResults(input: { results: $results }) { created } }`, {
    results: [{ project, commitId, branch: 'main', executable: 'exe', benchmark: 'parse', environment: 'box', value }],
  });
}

async function revisionId(projectId: string, commitId: string) {
  const data = await ask<{ revisions: { nodes: { id: string; commitId: string }[] } }>(
    `query ($id: ID!) { revisions(projectId: $id, first: 10) { nodes { id commitId } } }`,
    { id: projectId },
  );
  return data.revisions.nodes.find((r) => r.commitId === commitId)!.id;
}

/** Each project's executable (all are called "exe"), by project id. */
const executables = new Map<string, string>();

const changesPath = async (projectId: string, commitId: string) =>
  `/changes?rev=${await revisionId(projectId, commitId)}&exe=${executables.get(projectId)}&env=${ids.environment}`;

beforeAll(async () => {
  // The repositories first: git runs synchronously here, and would stall the server of this same process.
  const url = makeRepository();
  const longRepository = makeLongRepository(57);
  Object.assign(long, longRepository);
  const longUrl = longRepository.url;
  dashboard = await startDashboard({ env: { REPOSITORIES_DIR: tempDir('repositories') } });
  const server = dashboard.server.url;
  const environment = await ask<{ createEnvironment: { environment: Named } }>(
    `mutation { createEnvironment(input: { name: "box", cpu: "Xeon" }) { environment { id name } } }`,
  );
  ids.environment = environment.createEnvironment.environment.id;
  const project = async (input: Record<string, unknown>) =>
    (
      await ask<{ createProject: { project: Named } }>(
        `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id name } } }`,
        { input: { defaultBranch: 'main', ...input } },
      )
    ).createProject.project.id;
  ids.goodProject = await project({
    name: 'Parser',
    repositoryType: 'GIT',
    repositoryUrl: url,
    // The test server itself: the link opens a page that exists.
    commitBrowsingUrl: `${server}/commit/{commitid}`,
  });
  ids.badProject = await project({
    name: 'Lost',
    repositoryType: 'GIT',
    repositoryUrl: 'file:///nonexistent/lost.git',
  });
  ids.plainProject = await project({ name: 'Plain' });
  ids.longProject = await project({ name: 'Long', repositoryType: 'GIT', repositoryUrl: longUrl });
  await post('Parser', commits['first']!, 10);
  await post('Parser', commits['release']!, 8);
  await post('Lost', '1234567890abcdef1234567890abcdef12345678', 5);
  await post('Plain', 'p1', 3);
  await post('Long', long.first, 2);
  await post('Long', long.last, 1);
  const exe = await ask<{ projects: { nodes: { id: string; executables: Named[] }[] } }>(
    `{ projects { nodes { id executables { id name } } } }`,
  );
  for (const p of exe.projects.nodes) executables.set(p.id, p.executables[0]!.id);
  ids.executable = executables.get(ids.goodProject)!;
}, 60_000);

describe('the commit log', () => {
  it('lists the commits since the previous revision with author, subject, tags and a working link', async () => {
    const page = await dashboard.open(await changesPath(ids.goodProject, commits['release']!));
    const log = page.getByRole('region', { name: /Commit log/ });
    // Read in the background after the upload: the view polls until it is in.
    await log.getByText('Release 1.1').waitFor({ timeout: 30_000 });
    const items = log.getByRole('listitem');
    expect(await items.count()).toBe(3);
    expect(await items.nth(0).textContent()).toContain('v1.1');
    expect(await items.nth(1).textContent()).toContain('Cache compiled patterns');
    expect(await items.nth(2).textContent()).toContain('Speed up the parser');
    expect(await log.textContent()).not.toContain('Initial import');
    expect(await items.nth(2).textContent()).toContain('Ada Lovelace');
    expect(await items.nth(2).textContent()).toContain('ada@example.com');
    expect(await log.getByText('3 commits').count()).toBe(1);

    // The body is behind a disclosure, as text: the script in it is shown, never run.
    const body = items.nth(2).locator('details');
    expect(await body.getByText('The tokenizer no longer copies each line.').isVisible()).toBe(false);
    await body.getByText('Message').click();
    await body.getByText('The tokenizer no longer copies each line.').waitFor();
    expect(await body.locator('pre').textContent()).toContain('<script>alert(1)</script>');

    const link = items.nth(1).getByRole('link');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const expected = `${dashboard.server.url}/commit/${commits['cache']}`;
    expect(await link.getAttribute('href')).toBe(expected);
    const [opened] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(expected);
    await opened.close();

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await dashboard.screenshot(page, 'commit-log-changes');
    await page.close();
  });

  it('shows a long log a page at a time', async () => {
    const page = await dashboard.open(await changesPath(ids.longProject, long.last));
    const log = page.getByRole('region', { name: /Commit log/ });
    await log.getByText('Step 57', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await log.getByText('56 commits').count()).toBe(1);
    expect(await log.getByRole('listitem').count()).toBe(50);
    await log.getByRole('button', { name: 'Show more' }).click();
    await log.getByText('Step 2', { exact: true }).waitFor();
    expect(await log.getByRole('listitem').count()).toBe(56);
    expect(await log.getByText('Step 1', { exact: true }).count()).toBe(0);
    expect(await log.getByRole('button', { name: 'Show more' }).count()).toBe(0);
    await page.close();
  });

  it('says when the project has no repository', async () => {
    const page = await dashboard.open(await changesPath(ids.plainProject, 'p1'));
    const log = page.getByRole('region', { name: /Commit log/ });
    await log.getByText('This project has no repository: set one in Admin to see commit logs').waitFor();
    expect(await log.getByRole('link', { name: 'Admin' }).getAttribute('href')).toBe('/admin?section=projects');
    await page.close();
  });

  it('shows why an unreachable repository could not be read', async () => {
    const page = await dashboard.open(await changesPath(ids.badProject, '1234567890abcdef1234567890abcdef12345678'));
    const log = page.getByRole('region', { name: /Commit log/ });
    await log.getByText('Could not read the repository.').waitFor({ timeout: 30_000 });
    expect(await log.getByRole('alert').textContent()).toContain('file:///nonexistent/lost.git');
    await page.locator('.changes-body:not(.is-stale)').waitFor();
    await dashboard.screenshot(page, 'commit-log-failed');
    await page.close();
  });
});

describe('the repository state in Admin', () => {
  it('shows each repository’s state and error, and syncs on request', async () => {
    const page = await dashboard.open('/admin?section=projects', { signedIn: true });
    const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    // Polled as text, so a failure says what the row showed instead.
    const state = (name: string) => row(name).locator('.repo-state-badge').textContent({ timeout: 10_000 });
    await expect.poll(() => state('Parser'), { timeout: 30_000 }).toBe('ready');
    expect(await row('Parser').textContent()).toMatch(/via (nodegit|git)/);
    expect(await row('Parser').textContent()).toContain('Last synced');
    await expect.poll(() => state('Lost'), { timeout: 30_000 }).toBe('failed');
    expect(await row('Lost').getByRole('alert').textContent()).toMatch(/\S/);
    expect(
      await row('Plain')
        .getByRole('button', { name: /Sync the repository/ })
        .count(),
    ).toBe(0);
    await dashboard.screenshot(page, 'admin-repository-states');

    await row('Parser').getByRole('button', { name: 'Sync the repository of Parser now' }).click();
    // The sync runs and ends (a local repository fetches in a moment): ready again.
    await expect.poll(() => state('Parser'), { timeout: 30_000 }).toBe('ready');
    await page.close();
  });
});

describe('the wide frame', () => {
  it('widens the frame for the timeline and narrows it again for the changes view', async () => {
    const page = await dashboard.open(`/timeline?env=${ids.environment}&exe=${ids.executable}`, { width: 1800 });
    await page.locator('.tl-page').waitFor();
    const width = () => page.locator('main').evaluate((main) => main.getBoundingClientRect().width);
    await expect.poll(width).toBeGreaterThan(1500);
    await page.locator('.tl-chart').first().waitFor();
    await dashboard.screenshot(page, 'wide-timeline');
    await page.getByRole('link', { name: 'Changes' }).first().click();
    await page.locator('.changes').waitFor();
    await expect.poll(width).toBeLessThan(1000);
    await page.close();
  });
});
