import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, startTestServer, testDatabase, unique, type TestServer } from '../harness.js';

let server: TestServer;
let environment: string;

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
  environment = await createEnvironment(server);
});

interface Upload {
  project: string;
  commitId: string;
  date: string;
  values: Record<string, number>;
  executable?: string;
  unitsTitle?: string;
}

/** One revision's results, as a CI job posts them to Codespeed's JSON endpoint. */
async function upload({ project, commitId, date, values, executable = 'exe', unitsTitle }: Upload) {
  const items = Object.entries(values).map(([benchmark, value]) => ({
    commitid: commitId,
    branch: 'main',
    project,
    executable,
    benchmark: `${project}-${benchmark}`,
    environment,
    result_value: value,
    revision_date: date,
    ...(unitsTitle ? { units_title: unitsTitle, units: 'MB' } : {}),
  }));
  const answer = await server.postForm('/result/add/json/', { json: JSON.stringify(items) });
  expect(answer.status).toBe(202);
}

interface ReportView {
  summary: string;
  colour: string;
  significant: boolean;
  revision: { commitId: string };
}

async function reportsOf(project: string, significantOnly = false): Promise<ReportView[]> {
  const { data } = await server.graphql<{ projects: { nodes: { id: string; name: string }[] } }>(
    `{ projects(first: 500) { nodes { id name } } }`,
  );
  const projectId = data!.projects.nodes.find((p) => p.name === project)?.id;
  if (!projectId) return [];
  const answer = await server.graphql<{ reports: { nodes: ReportView[] } }>(
    `query($projectId: ID, $significantOnly: Boolean!) {
      reports(projectId: $projectId, significantOnly: $significantOnly) { nodes { summary colour significant revision { commitId } } }
    }`,
    { projectId, significantOnly },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.reports.nodes;
}

const day = (n: number) => `2024-01-${String(n).padStart(2, '0')} 12:00:00`;

describe('reports', () => {
  it('gives the first revision of a branch no report', async () => {
    const project = unique('p');
    await upload({ project, commitId: 'a', date: day(1), values: { float: 12 } });
    expect(await reportsOf(project)).toEqual([]);
  });

  it('says "Average time down 25.0%", green, after uploads of 200 then 150', async () => {
    const project = unique('p');
    await upload({ project, commitId: 'a', date: day(1), values: { float: 200 } });
    await upload({ project, commitId: 'b', date: day(2), values: { float: 150 } });
    expect(await reportsOf(project)).toEqual([
      { summary: 'Average time down 25.0%', colour: 'GREEN', significant: true, revision: { commitId: 'b' } },
    ]);
  });

  it('reports 12 → 15 as a red regression and 15 → 15.2 as nothing significant', async () => {
    const project = unique('p');
    await upload({ project, commitId: 'a', date: day(1), values: { float: 12 } });
    await upload({ project, commitId: 'b', date: day(2), values: { float: 15 } });
    await upload({ project, commitId: 'c', date: day(3), values: { float: 15.2 } });
    const reports = await reportsOf(project);
    expect(reports.map((r) => [r.revision.commitId, r.summary, r.colour])).toEqual([
      ['c', 'no significant changes', 'NONE'],
      ['b', 'Average time up 25.0%', 'RED'],
    ]);
    expect((await reportsOf(project, true)).map((r) => r.revision.commitId)).toEqual(['b']);
  });

  it('waits for a partly uploaded run before reporting', async () => {
    const project = unique('p');
    await upload({ project, commitId: 'a', date: day(1), values: { float: 10, int: 10 } });
    await upload({ project, commitId: 'b', date: day(2), values: { float: 20 } });
    expect(await reportsOf(project)).toEqual([]);
    await upload({ project, commitId: 'b', date: day(2), values: { int: 20 } });
    expect((await reportsOf(project)).map((r) => r.summary)).toEqual(['Average time up 100.0%']);
  });

  it('makes no report for an untracked project', async () => {
    const project = unique('p');
    const created = await server.graphql(
      `mutation($name: String!) { createProject(input: { name: $name, trackChanges: false }) { project { id } } }`,
      { name: project },
    );
    expect(created.errors).toBeUndefined();
    await upload({ project, commitId: 'a', date: day(1), values: { float: 1 } });
    await upload({ project, commitId: 'b', date: day(2), values: { float: 2 } });
    const rows = await server.db
      .fork()
      .getConnection()
      .execute(
        `select count(*)::int as n from report r join revision v on v.id = r.revision_id join project p on p.id = v.project_id where p.name = '${project}'`,
      );
    expect(rows[0]).toEqual({ n: 0 });
  });

  it('updates the next revision’s report when an older revision arrives late', async () => {
    const project = unique('p');
    await upload({ project, commitId: 'a', date: day(1), values: { float: 100 } });
    await upload({ project, commitId: 'c', date: day(3), values: { float: 100 } });
    expect((await reportsOf(project)).map((r) => r.summary)).toEqual(['no significant changes']);
    await upload({ project, commitId: 'b', date: day(2), values: { float: 50 } });
    expect((await reportsOf(project)).map((r) => [r.revision.commitId, r.summary])).toEqual([
      ['c', 'Average time up 100.0%'],
      ['b', 'Average time down 50.0%'],
    ]);
  });
});

describe('changes query', () => {
  it('returns a table per quantity with changes, trends, significance and neighbours', async () => {
    const project = unique('p');
    for (const [i, v] of [100, 100, 100, 100, 110].entries()) {
      await upload({ project, commitId: `r${i}`, date: day(i + 1), values: { float: v, int: 50 } });
      await upload({ project, commitId: `r${i}`, date: day(i + 1), values: { mem: 300 - i }, unitsTitle: 'Memory' });
    }
    const ids = await server.graphql<{
      results: {
        nodes: {
          revision: { id: string; commitId: string };
          executable: { id: string };
          environment: { id: string };
        }[];
      };
    }>(
      `query($p: String) { results(filter: { project: $p, commitId: "r3" }, first: 1) { nodes {
        revision { id commitId } executable { id } environment { id } } } }`,
      { p: project },
    );
    const node = ids.data!.results.nodes[0]!;
    const answer = await server.graphql<{
      changes: {
        trendDepth: number;
        revision: { commitId: string };
        previousRevision: { commitId: string } | null;
        nextRevision: { commitId: string } | null;
        nextReport: { summary: string } | null;
        quantities: {
          unitsTitle: string;
          averageChange: { percent: number; significance: string } | null;
          rows: {
            benchmark: { name: string };
            value: number;
            change: { percent: number; significance: string } | null;
          }[];
        }[];
      };
    }>(
      `query($rev: ID, $exe: ID, $env: ID) {
        changes(revisionId: $rev, executableId: $exe, environmentId: $env, trendDepth: 5) {
          trendDepth revision { commitId } previousRevision { commitId } nextRevision { commitId } nextReport { summary }
          quantities { unitsTitle averageChange { percent significance }
            rows { benchmark { name } value change { percent significance } } }
        }
      }`,
      { rev: node.revision.id, exe: node.executable.id, env: node.environment.id },
    );
    expect(answer.errors).toBeUndefined();
    const changes = answer.data!.changes;
    expect(changes.trendDepth).toBe(5);
    expect(changes.revision.commitId).toBe('r3');
    expect(changes.previousRevision?.commitId).toBe('r2');
    expect(changes.nextRevision?.commitId).toBe('r4');
    // float 100 → 110, int 50 → 50: the average of the ratios is 1.05.
    expect(changes.nextReport?.summary).toBe('Average time up 5.0%');
    expect(changes.quantities.map((q) => q.unitsTitle)).toEqual(['Memory', 'Time']);
    const memory = changes.quantities[0]!;
    expect(memory.rows[0]!.change!.percent).toBeCloseTo(((297 - 298) / 298) * 100, 6);
    expect(memory.averageChange!.significance).toBe('NONE');
  });

  it('opens on DEF_ENVIRONMENT and DEF_EXECUTABLE at their latest revision when the address names nothing', async () => {
    const project = unique('p');
    await upload({ project, commitId: 'old', date: day(1), values: { float: 1 }, executable: 'preferred' });
    await upload({ project, commitId: 'new', date: day(2), values: { float: 2 }, executable: 'preferred' });
    const configured = await startTestServer(server.db, { DEF_ENVIRONMENT: environment, DEF_EXECUTABLE: 'preferred' });
    const answer = await configured.graphql<{
      changes: { environment: { name: string }; executable: { name: string }; revision: { commitId: string } };
    }>(`{ changes { environment { name } executable { name } revision { commitId } } }`);
    expect(answer.data!.changes).toEqual({
      environment: { name: environment },
      executable: { name: 'preferred' },
      revision: { commitId: 'new' },
    });
  });

  it('names the field of an unknown id and of a bad trend depth', async () => {
    const missing = await server.graphql(
      `{ changes(revisionId: "999999", executableId: "1", environmentId: "1") { trendDepth } }`,
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const depth = await server.graphql(`{ changes(trendDepth: 1) { trendDepth } }`);
    expect(depth.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trendDepth' });
  });
});

describe('recalculateReports', () => {
  it('recomputes a project’s reports and needs a token', async () => {
    const project = unique('p');
    await upload({ project, commitId: 'a', date: day(1), values: { float: 1 } });
    await upload({ project, commitId: 'b', date: day(2), values: { float: 2 } });
    const { data } = await server.graphql<{ project: { id: string } }>(
      `query($n: String) { project(name: $n) { id } }`,
      {
        n: project,
      },
    );
    const mutation = `mutation($id: ID!) { recalculateReports(input: { projectId: $id }) { reportsWritten } }`;
    expect((await server.graphql(mutation, { id: data!.project.id })).data).toEqual({
      recalculateReports: { reportsWritten: 1 },
    });
    const anonymous = await server.graphql(mutation, { id: data!.project.id }, { token: null });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});

describe('RSS feeds', () => {
  it('lists the latest reports as RSS 2.0, escaping what commits say', async () => {
    const project = unique('p');
    await upload({ project, commitId: 'a1', date: '2030-01-01 00:00:00', values: { float: 200 } });
    await upload({ project, commitId: 'b2', date: '2030-01-02 00:00:00', values: { float: 150 } });
    const { data } = await server.graphql<{ project: { id: string } }>(
      `query($n: String) { project(name: $n) { id } }`,
      {
        n: project,
      },
    );
    const revisions = await server.graphql<{ revisions: { nodes: { id: string; commitId: string }[] } }>(
      `query($id: ID!) { revisions(projectId: $id) { nodes { id commitId } } }`,
      { id: data!.project.id },
    );
    const b2 = revisions.data!.revisions.nodes.find((r) => r.commitId === 'b2')!;
    const updated = await server.graphql(
      `mutation($id: ID!) { updateRevision(input: { id: $id, message: "<script>alert(1)</script> & more" }) { revision { id } } }`,
      {
        id: b2.id,
      },
    );
    expect(updated.errors).toBeUndefined();

    for (const path of ['/feeds/latest/', '/feeds/latest_significant/']) {
      const response = await fetch(server.url + path);
      expect(response.headers.get('content-type')).toContain('application/rss+xml');
      const xml = await response.text();
      const rss = new XMLParser({ ignoreAttributes: false }).parse(xml);
      expect(rss.rss['@_version']).toBe('2.0');
      expect(rss.rss.channel.title).toMatch(/^Speedgraph: latest/);
      const items = [rss.rss.channel.item].flat();
      const item = items.find((i: { title: string }) => i.title === 'b2: Average time down 25.0%');
      expect(item).toBeDefined();
      expect(item.link).toMatch(/\/changes\?rev=\d+&exe=\d+&env=\d+$/);
      // The description is HTML; the message is in it as text, never as a tag.
      expect(item.description).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
      expect(item.description).not.toContain('<script>');
    }
  });
});

describe('reports pagination', () => {
  it('pages through reports with the cursors it returns', async () => {
    const project = unique('p');
    for (let i = 1; i <= 5; i++) await upload({ project, commitId: `r${i}`, date: day(i), values: { float: i } });
    const { data } = await server.graphql<{ project: { id: string } }>(
      `query($n: String) { project(name: $n) { id } }`,
      {
        n: project,
      },
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const answer: {
        data?: {
          reports: {
            nodes: { revision: { commitId: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        };
        errors?: unknown;
      } = await server.graphql(
        `query($id: ID, $after: String) { reports(projectId: $id, first: 2, after: $after) {
            nodes { revision { commitId } } pageInfo { hasNextPage endCursor } } }`,
        { id: data!.project.id, after },
      );
      expect(answer.errors).toBeUndefined();
      seen.push(...answer.data!.reports.nodes.map((n) => n.revision.commitId));
      if (!answer.data!.reports.pageInfo.hasNextPage) break;
      after = answer.data!.reports.pageInfo.endCursor;
    }
    expect(seen).toEqual(['r5', 'r4', 'r3', 'r2']);
  });
});
