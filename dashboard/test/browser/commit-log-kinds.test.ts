// @module-tag chromium
// @module-tag hg
// @module-tag svn
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../api/test/vcs/git-fixture.js';
import { FakeGitHub, fakeCommit } from '../../../api/test/vcs/github-server.js';
import { HgWorkRepository } from '../../../api/test/vcs/hg-repository.js';
import { SvnTestRepository } from '../../../api/test/vcs/svn-repository.js';
import { startDashboard, type Dashboard } from './harness.js';

/**
 * Issue 5's "done when" for the other three kinds of repository (git has
 * commit-log.test.ts): a real Mercurial and a real Subversion repository made
 * here, and GitHub's REST API played by a local HTTP server; results posted
 * through Codespeed's `/result/add/json/`, and the changes view of the second
 * revision showing its author, message and the commits between. Then the log
 * of a repository that could not be read fills in live, without a reload.
 */
let dashboard: Dashboard;
let environment = '';

interface Kind {
  type: 'MERCURIAL' | 'SUBVERSION' | 'GITHUB';
  name: string;
  url: string;
  branch: string;
  template: string;
  /** The two commits results are posted for, and the first one's subject (never in the second's log). */
  first: string;
  firstSubject: string;
  second: string;
  /** What the changes view of `second` must show. */
  author: string;
  subject: string;
  /** The commit log, newest first: full id, short id, subject, tags. */
  log: { id: string; shortId: string; subject: string; tags?: string[] }[];
  projectId?: string;
}

const kinds: Record<string, Kind> = {};

const a = fakeCommit('a', 0, []);
const b = fakeCommit('b', 10, [a.sha], 'Speed up the parser\n\nBy caching tokens.');
const c = fakeCommit('c', 20, [b.sha], 'Fix a typo');
const d = fakeCommit('d', 30, [c.sha], 'Release 2.1\n\nThe notes are in NEWS.');
const github = new FakeGitHub({
  owner: 'octo',
  repo: 'speed',
  commits: [a, b, c, d],
  branches: { main: d.sha },
  tags: { 'v2.0': b.sha },
});

async function makeHg(): Promise<{ dir: string; kind: Kind }> {
  const hg = await new HgWorkRepository(path.join(tempDir('kinds-hg'), 'work')).init();
  const h1 = await hg.commit('a.txt', '1', 'Start', '2026-11-01 10:00 +0000');
  const h2 = await hg.commit('a.txt', '2', 'Speed up the parser\n\nBy caching tokens.', '2026-11-02 10:00 +0000');
  await hg.hg('tag', '-d', '2026-11-02 11:00 +0000', '-u', 'Release Bot', '-r', h2, 'v1.0');
  const tagged = await hg.node('tip');
  const h3 = await hg.commit('a.txt', '3', 'Fix a typo\n\nIn the README.', '2026-11-03 10:00 +0000');
  return {
    dir: hg.dir,
    kind: {
      type: 'MERCURIAL',
      name: 'Hg',
      url: hg.dir,
      branch: 'default',
      template: 'https://hg.example.org/rev/{shortid}',
      first: h1,
      firstSubject: 'Start',
      second: h3,
      author: 'Ann Author',
      subject: 'Fix a typo',
      log: [
        { id: h3, shortId: h3.slice(0, 12), subject: 'Fix a typo' },
        { id: tagged, shortId: tagged.slice(0, 12), subject: `Added tag v1.0 for changeset ${h2.slice(0, 12)}` },
        { id: h2, shortId: h2.slice(0, 12), subject: 'Speed up the parser', tags: ['v1.0'] },
      ],
    },
  };
}

async function makeSvn(): Promise<Kind> {
  const svn = await new SvnTestRepository(path.join(tempDir('kinds-svn'), 'repo')).create();
  await svn.commit('alice', 'Create trunk', '2026-11-01T09:00:00.000000Z', ['mkdir trunk']);
  const r2 = await svn.commit('alice', 'Add the parser', '2026-11-01T10:00:00.000000Z', [{ put: 'a', to: 'trunk/p' }]);
  const r3 = await svn.commit('bob', 'Speed up the parser', '2026-11-02T10:00:00.000000Z', [
    { put: 'b', to: 'trunk/p' },
  ]);
  const r4 = await svn.commit('carol', 'Change it\n\nFaster.', '2026-11-03T10:00:00.000000Z', [
    { put: 'c', to: 'trunk/p' },
  ]);
  return {
    type: 'SUBVERSION',
    name: 'Svn',
    url: `${svn.url}/trunk`,
    branch: 'trunk',
    template: 'https://svn.example.org/changeset/{commitid}',
    first: r2,
    firstSubject: 'Add the parser',
    second: r4,
    author: 'carol',
    subject: 'Change it',
    log: [
      { id: r4, shortId: r4, subject: 'Change it' },
      { id: r3, shortId: r3, subject: 'Speed up the parser' },
    ],
  };
}

const githubKind: Kind = {
  type: 'GITHUB',
  name: 'GitHub',
  url: 'https://github.com/octo/speed',
  branch: 'main',
  template: 'https://github.com/octo/speed/commit/{commitid}',
  first: a.sha,
  firstSubject: 'Commit a',
  second: d.sha,
  author: 'Mona Lisa',
  subject: 'Release 2.1',
  log: [
    { id: d.sha, shortId: d.sha.slice(0, 7), subject: 'Release 2.1' },
    { id: c.sha, shortId: c.sha.slice(0, 7), subject: 'Fix a typo' },
    { id: b.sha, shortId: b.sha.slice(0, 7), subject: 'Speed up the parser', tags: ['v2.0'] },
  ],
};

let hgDir = '';

const ask = async <T>(query: string, variables?: Record<string, unknown>) => {
  const answer = await dashboard.server.graphql<T>(query, variables);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data!;
};

async function createProject(input: Record<string, unknown>): Promise<string> {
  const data = await ask<{ createProject: { project: { id: string } } }>(
    `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
    { input },
  );
  return data.createProject.project.id;
}

/** One result through Codespeed's endpoint, as a benchmark runner sends it. */
async function post(project: string, branch: string, commitId: string, value: number) {
  const answer = await dashboard.server.postForm('/result/add/json/', {
    json: JSON.stringify([
      {
        commitid: commitId,
        branch,
        project,
        executable: 'exe',
        benchmark: 'parse',
        environment: 'box',
        result_value: value,
      },
    ]),
  });
  if (answer.status !== 202) throw new Error(`/result/add/json/ answered ${answer.status}: ${answer.text}`);
}

interface RevisionRow {
  id: string;
  commitId: string;
  commitLogStatus: string;
}

async function revisions(projectId: string): Promise<RevisionRow[]> {
  const data = await ask<{ revisions: { nodes: RevisionRow[] } }>(
    `query ($id: ID!) { revisions(projectId: $id, first: 10) { nodes { id commitId commitLogStatus } } }`,
    { id: projectId },
  );
  return data.revisions.nodes;
}

async function changesPath(projectId: string, commitId: string): Promise<string> {
  const revision = (await revisions(projectId)).find((r) => r.commitId === commitId)!;
  const data = await ask<{ project: { executables: { id: string }[] } }>(
    `query ($id: ID) { project(id: $id) { executables { id } } }`,
    { id: projectId },
  );
  return `/changes?rev=${revision.id}&exe=${data.project.executables[0]!.id}&env=${environment}`;
}

beforeAll(async () => {
  const [hg, svn, apiUrl] = await Promise.all([makeHg(), makeSvn(), github.start()]);
  hgDir = hg.dir;
  kinds['hg'] = hg.kind;
  kinds['svn'] = svn;
  kinds['github'] = githubKind;
  dashboard = await startDashboard({
    env: { REPOSITORIES_DIR: tempDir('kinds-repositories'), GITHUB_API_URL: apiUrl },
  });
  environment = (
    await ask<{ createEnvironment: { environment: { id: string } } }>(
      `mutation { createEnvironment(input: { name: "box", cpu: "Xeon" }) { environment { id } } }`,
    )
  ).createEnvironment.environment.id;
  for (const kind of Object.values(kinds)) {
    kind.projectId = await createProject({
      name: kind.name,
      repositoryType: kind.type,
      repositoryUrl: kind.url,
      defaultBranch: kind.branch,
      commitBrowsingUrl: kind.template,
    });
  }
  // The first revision of each, then the second: the second's log runs from the first.
  for (const kind of Object.values(kinds)) await post(kind.name, kind.branch, kind.first, 10);
  for (const kind of Object.values(kinds)) await post(kind.name, kind.branch, kind.second, 8);
}, 60_000);

afterAll(() => github.stop());

describe('the commit log of every kind of repository', () => {
  it.each(['hg', 'svn', 'github'])('shows the %s revision’s author, message and log', async (key) => {
    const kind = kinds[key]!;
    const page = await dashboard.open(await changesPath(kind.projectId!, kind.second));
    const log = page.getByRole('region', { name: /Commit log/ });
    // Read in the background after the upload: the view hears when it is in.
    await log.getByText(kind.log[0]!.subject, { exact: true }).waitFor({ timeout: 20_000 });
    const info = page.locator('.revision-info');
    await info.getByRole('heading', { name: kind.subject }).waitFor();
    expect(await info.textContent()).toContain(kind.author);

    const items = log.getByRole('listitem');
    expect(await items.count()).toBe(kind.log.length);
    expect(await log.getByText(`${kind.log.length} commits`).count()).toBe(1);
    for (const [index, expected] of kind.log.entries()) {
      const item = items.nth(index);
      expect(await item.locator('.commit-log-subject').textContent()).toBe(expected.subject);
      const link = item.getByRole('link');
      expect(await link.textContent()).toBe(expected.shortId);
      expect(await link.locator('code').getAttribute('title')).toBe(expected.id);
      const template = kind.template.replace('{shortid}', expected.shortId).replace('{commitid}', expected.id);
      expect(await link.getAttribute('href')).toBe(template);
      expect(await item.locator('.changes-tag').allTextContents()).toEqual(expected.tags ?? []);
    }
    // Only the commits since the first revision: never the first revision's own.
    expect(await log.textContent()).not.toContain(kind.firstSubject);
    await dashboard.screenshot(page, `commit-log-${key}`);
    await page.close();
  });
});

/** Counts the CommitLog queries a page sends from now on. */
function countCommitLogQueries(page: Page): { count: () => number } {
  let count = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.postData()?.includes('"operationName":"CommitLog"')) count += 1;
  });
  return { count: () => count };
}

/** A page whose live connection never comes up (the WebSocket is refused): the view must fall back on polling. */
async function openWithoutLive(pathname: string): Promise<Page> {
  const context = await dashboard.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.routeWebSocket(/\/graphql/, (socket) => socket.close());
  const page = await context.newPage();
  await page.goto(dashboard.server.url + pathname);
  return page;
}

describe('the live commit log', () => {
  it('fills in without a reload once the repository can be read, polling only without the live connection', async () => {
    const name = 'Hg late';
    const projectId = await createProject({
      name,
      repositoryType: 'MERCURIAL',
      repositoryUrl: `${hgDir}-typo`,
      defaultBranch: 'default',
      commitBrowsingUrl: 'https://hg.example.org/rev/{shortid}',
    });
    const { first, second } = kinds['hg']!;
    await post(name, 'default', first, 10);
    await post(name, 'default', second, 8);
    // The API says FAILED while the repository waits for its retry (not PENDING for minutes).
    await expect
      .poll(async () => (await revisions(projectId)).find((r) => r.commitId === second)?.commitLogStatus, {
        timeout: 20_000,
      })
      .toBe('FAILED');

    const pathname = await changesPath(projectId, second);
    const page = await dashboard.open(pathname);
    const offline = await openWithoutLive(pathname);
    const log = page.getByRole('region', { name: /Commit log/ });
    const offlineLog = offline.getByRole('region', { name: /Commit log/ });
    // The first retry (5 s after the failure) may be under way as the pages open: they show PENDING until it fails
    // again, which publishes no event, so the view's safety poll (10 s while pending) brings FAILED back.
    await log.getByText('Could not read the repository.').waitFor({ timeout: 25_000 });
    await offlineLog.getByText('Could not read the repository.').waitFor({ timeout: 25_000 });
    expect(await log.getByRole('alert').textContent()).toContain('tries again');
    await page.locator('.live-indicator[data-status="live"]').waitFor({ timeout: 10_000 });
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));

    // Live, a failed log is not polled: revisionUpdated says when it is read.
    const queries = countCommitLogQueries(page);
    await page.waitForTimeout(3_500);
    expect(queries.count()).toBe(0);

    await ask(`mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { project { id } } }`, {
      input: { id: projectId, repositoryUrl: hgDir },
    });
    await ask(`mutation ($id: ID!) { syncRepository(input: { projectId: $id }) { project { id } } }`, {
      id: projectId,
    });
    await log.getByText('Fix a typo', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await log.getByRole('listitem').count()).toBe(3);
    await page.locator('.revision-info').getByText('Ann Author').waitFor();
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(queries.count()).toBeGreaterThanOrEqual(1);

    // Without the connection, the view polls (slowly after a failure) and fills in too.
    expect(await offline.locator('.live-indicator').getAttribute('data-status')).not.toBe('live');
    await offlineLog.getByText('Fix a typo', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await offlineLog.getByRole('listitem').count()).toBe(3);
    await page.close();
    await offline.context().close();
  });
});
