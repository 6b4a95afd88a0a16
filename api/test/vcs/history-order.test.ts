import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../harness.js';
import { createProject, ok } from '../graphql/helpers.js';
import { makeGitFixture, REBASE_DATE, tempDir, type GitFixture } from './git-fixture.js';
import { gitProject, projectName, revisionsOf, submit, vcsServer } from './enrichment-helpers.js';

let server: TestServer;
let environment: string;
let fixture: GitFixture;

beforeAll(async () => {
  ({ server, environment } = await vcsServer());
  fixture = makeGitFixture(tempDir('history'));
});

const CHANGES = `query($rev: ID, $exe: ID, $env: ID) {
  changes(revisionId: $rev, executableId: $exe, environmentId: $env, trendDepth: 3) {
    previousRevision { commitId } nextRevision { commitId } report { summary }
    quantities { rows { value change { percent } trend { percent } } }
  }
}`;

interface ChangesAnswer {
  changes: {
    previousRevision: { commitId: string } | null;
    nextRevision: { commitId: string } | null;
    report: { summary: string } | null;
    quantities: { rows: { value: number; change: { percent: number } | null; trend: { percent: number } | null }[] }[];
  };
}

/** The ids a changes query needs, for a revision of the project's one executable on the test environment. */
async function changesOf(projectId: string, revisionId: string) {
  const ids = ok(
    await server.graphql<{
      project: { executables: { id: string }[] };
      environments: { nodes: { id: string; name: string }[] };
    }>(`query($id: ID) { project(id: $id) { executables { id } } environments(first: 500) { nodes { id name } } }`, {
      id: projectId,
    }),
  );
  const env = ids.environments.nodes.find((e) => e.name === environment)!;
  return ok(
    await server.graphql<ChangesAnswer>(CHANGES, { rev: revisionId, exe: ids.project.executables[0]!.id, env: env.id }),
  ).changes;
}

describe('history order', () => {
  it('orders rebased commits that share one date by history: previous revision, trend window, reports, timeline', async () => {
    const project = await gitProject(server, fixture.url, { name: projectName() });
    const values: Record<string, number> = { c1: 10, c2: 10, c3: 10, merge: 10, r1: 20, r2: 30, r3: 60 };
    // r3 before r1 and r2: by date (one date for all three, then id) r3 would come first.
    for (const name of ['c1', 'c2', 'c3', 'merge', 'r3', 'r1', 'r2']) {
      await submit(server, [
        { project: project.name, commitId: fixture.ids[name]!, value: values[name]!, environment },
      ]);
    }
    await server.services.enrichment.drain();

    const revisions = await revisionsOf(server, project.id);
    const r = (name: string) => revisions.get(fixture.ids[name]!)!;
    for (const name of ['r1', 'r2', 'r3']) expect(r(name).date).toBe(new Date(REBASE_DATE).toISOString());

    const r3 = await changesOf(project.id, r('r3').id);
    expect(r3.previousRevision?.commitId).toBe(fixture.ids.r2);
    expect(r3.nextRevision).toBeNull();
    const row = r3.quantities[0]!.rows[0]!;
    expect(row.change?.percent).toBeCloseTo(100, 6);
    // Trend window at depth 3: r2, r1, merge (30, 20, 10).
    expect(row.trend?.percent).toBeCloseTo(200, 6);
    expect(r3.report?.summary).toBe('Average time up 100.0%');

    const r1 = await changesOf(project.id, r('r1').id);
    expect(r1.previousRevision?.commitId).toBe(fixture.ids.merge);
    expect(r1.nextRevision?.commitId).toBe(fixture.ids.r2);
    expect(r1.report?.summary).toBe('Average time up 100.0%');

    // Each revision's log starts after the previous one in history.
    expect(r('r2').commits.nodes.map((c) => c.id)).toEqual([fixture.ids.r2]);
    expect(r('r1').commits.nodes.map((c) => c.id)).toEqual([fixture.ids.r1]);

    const timeline = ok(
      await server.graphql<{
        timeline: { benchmarks: { series: { points: { commitId: string; date: string; orderedAt: string }[] }[] }[] };
      }>(
        `query($input: TimelineInput!) { timeline(input: $input) { benchmarks { series { points { commitId date orderedAt } } } } }`,
        {
          input: {
            executableIds: [
              ok(
                await server.graphql<{ project: { executables: { id: string }[] } }>(
                  `query($id: ID) { project(id: $id) { executables { id } } }`,
                  { id: project.id },
                ),
              ).project.executables[0]!.id,
            ],
          },
        },
      ),
    ).timeline;
    const points = timeline.benchmarks[0]!.series[0]!.points;
    expect(points.map((p) => p.commitId)).toEqual(
      ['c1', 'c2', 'c3', 'merge', 'r1', 'r2', 'r3'].map((name) => fixture.ids[name]),
    );
    // The axis still shows each commit's own date.
    expect(points.at(-1)!.date).toBe(new Date(REBASE_DATE).toISOString());
    // Their places in history, a microsecond apart, say their order to a client (texts of one shape sort as times).
    const places = points.map((p) => p.orderedAt);
    expect(places.every((place) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(place))).toBe(true);
    expect([...places].sort()).toEqual(places);
    expect(new Set(places.slice(-3)).size).toBe(3);
  });

  it('moves a revision without version control when an admin changes its date', async () => {
    const project = await createProject(server);
    await submit(server, [{ project: project.name, commitId: 'a1', value: 1, environment }]);
    await submit(server, [{ project: project.name, commitId: 'b2', value: 2, environment }]);
    const revisions = await revisionsOf(server, project.id);
    const a = revisions.get('a1')!;
    expect((await changesOf(project.id, revisions.get('b2')!.id)).previousRevision?.commitId).toBe('a1');
    ok(
      await server.graphql(
        `mutation($input: UpdateRevisionInput!) { updateRevision(input: $input) { revision { id } } }`,
        { input: { id: a.id, date: new Date(Date.now() + 3_600_000).toISOString() } },
      ),
    );
    expect((await changesOf(project.id, a.id)).previousRevision?.commitId).toBe('b2');
  });
});
