import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/orm.js';
import { expectError, ok } from '../graphql/helpers.js';
import { createEnvironment, startTestServer, testDatabase, unique, type TestServer } from '../harness.js';

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = await testDatabase();
  server = await startTestServer(db);
});

/** Runs an operation that must succeed. */
const run = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, on = server) =>
  ok(await on.graphql<T>(query, variables));

/**
 * A project of its own: cpython (or `exe`) and pypy on environments A and B,
 * main r0 (tag 0.9), r1 (tag 1.0), r2; feature f1; a hidden branch h1. The
 * values are chosen so ratios to cpython at 1.0 come out round.
 */
async function seed(exe = 'cpython') {
  const project = unique('proj');
  const [envA, envB] = [await createEnvironment(server), await createEnvironment(server)];
  const runs: [string, string, number, string, string, Record<string, number>][] = [
    ['r0', 'main', 1, exe, envA, { float: 8, int: 16, rss: 80 }],
    ['r0', 'main', 1, 'pypy', envA, { float: 4, int: 4 }],
    ['r1', 'main', 2, exe, envA, { float: 10, int: 20, rss: 100 }],
    ['r1', 'main', 2, exe, envB, { float: 30, int: 60 }],
    ['r1', 'main', 2, 'pypy', envA, { float: 5, int: 5 }],
    ['r2', 'main', 3, exe, envA, { float: 5, int: 160, rss: 150 }],
    ['f1', 'feature', 4, exe, envA, { float: 11 }],
    ['h1', 'hidden', 5, exe, envA, { float: 1 }],
  ];
  const results = runs.flatMap(([commitId, branch, day, executable, environment, values]) =>
    Object.entries(values).map(([name, value]) => ({
      ...{ commitId, branch, project, executable, environment, value, stdDev: value / 10 },
      ...{ benchmark: `${project}-${name}`, revisionDate: `2024-01-0${day}T00:00:00Z` },
      ...(name === 'rss' ? { unitsTitle: 'Memory', units: 'MB' } : {}),
    })),
  );
  await run(`mutation($r: [ResultInput!]!) { submitResults(input: { results: $r }) { created } }`, { r: results });

  type Node = { id: string; name: string };
  type Row = {
    revision: { id: string; commitId: string; branch: Node; project: Node };
    benchmark: Node;
    environment: Node;
  };
  const { results: page } = await run<{ results: { nodes: Row[] } }>(
    `query($project: String) { results(filter: { project: $project }, first: 500) { nodes {
      revision { id commitId branch { id name } project { id name } } benchmark { id name } environment { id name } } } }`,
    { project },
  );
  const ids = (pick: (row: Row) => [string, string]) => Object.fromEntries(page.nodes.map(pick));
  const revisions = ids((r) => [r.revision.commitId, r.revision.id]);
  const branches = ids((r) => [r.revision.branch.name, r.revision.branch.id]);
  const benchmarks = ids((r) => [r.benchmark.name.slice(project.length + 1), r.benchmark.id]);
  const environments = ids((r) => [r.environment.name === envA ? 'A' : 'B', r.environment.id]);
  const tag = `mutation($id: ID!, $tag: String) { updateRevision(input: { id: $id, tag: $tag }) { revision { id } } }`;
  await run(tag, { id: revisions['r0'], tag: '0.9' });
  await run(tag, { id: revisions['r1'], tag: '1.0' });
  const hide = `mutation($id: ID!) { updateBranch(input: { id: $id, displayOnComparisonPage: false }) { branch { id } } }`;
  await run(hide, { id: branches['hidden'] });
  const projectId = page.nodes[0]!.revision.project.id;
  return { project, projectId, revisions, branches, benchmarks, environments, envA, envB };
}

type ColumnShape = { key: string; label: string; kind: string; tag: string | null; revision: { commitId: string } };
const COLUMNS = `query($projectId: ID) { comparisonColumns(projectId: $projectId) {
  key label kind tag revision { commitId } branch { name } executable { name } project { name } } }`;

const columns = async (projectId: string, on = server) =>
  (await run<{ comparisonColumns: ColumnShape[] }>(COLUMNS, { projectId }, on)).comparisonColumns;

/** The key of the column with this label. */
async function keyOf(projectId: string, label: string) {
  const found = (await columns(projectId)).find((c) => c.label === label);
  if (!found) throw new Error(`no column labelled ${label}`);
  return found.key;
}

type Named = { name: string };
type Point = { benchmark: Named; value: number; stdDev: number | null; normalized: number | null };
type Series = { column: { label: string }; environment: Named; revision: { commitId: string } };
type Quantity = { unitsTitle: string; units: string; lessIsBetter: boolean; benchmarks: Named[] };
type ComparisonShape = {
  columns: { key: string; label: string }[];
  baseline: { label: string } | null;
  environments: Named[];
  quantities: (Quantity & { series: (Series & { geometricMean: number | null; points: Point[] })[] })[];
};
const COMPARE = `query($input: ComparisonInput) { comparison(input: $input) {
  columns { key label } baseline { label } environments { name }
  quantities { unitsTitle units lessIsBetter benchmarks { name }
    series { column { label } environment { name } revision { commitId } geometricMean
      points { benchmark { name } value stdDev normalized } } } } }`;

const compare = async (input: Record<string, unknown> | null, on = server) =>
  (await run<{ comparison: ComparisonShape }>(COMPARE, { input }, on)).comparison;

/** One line per series: quantity, column, environment, revision, then benchmark=value (normalized). */
function lines(comparison: ComparisonShape, project: string, envA: string) {
  return comparison.quantities.flatMap((q) =>
    q.series.map((s) => {
      const points = s.points.map((p) => `${p.benchmark.name.slice(project.length + 1)}=${p.value}(${p.normalized})`);
      const env = s.environment.name === envA ? 'A' : 'B';
      return `${q.unitsTitle} | ${s.column.label} | ${env} | ${s.revision.commitId} | ${points.join(' ')}`;
    }),
  );
}

describe('comparison columns', () => {
  it('offers each executable at the latest revision of each shown branch, then at each tag, oldest first', async () => {
    const s = await seed();
    const offered = await columns(s.projectId);
    expect(offered.map((c) => [c.label, c.kind, c.tag, c.revision.commitId])).toEqual([
      ['cpython @ main (latest)', 'LATEST', null, 'r2'],
      ['cpython @ feature (latest)', 'LATEST', null, 'f1'],
      ['cpython @ 0.9', 'TAG', '0.9', 'r0'],
      ['cpython @ 1.0', 'TAG', '1.0', 'r1'],
      // pypy has no result at r2: its latest revision of main is r1.
      ['pypy @ main (latest)', 'LATEST', null, 'r1'],
      ['pypy @ 0.9', 'TAG', '0.9', 'r0'],
      ['pypy @ 1.0', 'TAG', '1.0', 'r1'],
    ]);
    expect(offered[0]!.key).toMatch(new RegExp(`^latest-\\d+-${s.branches['main']}$`));
    expect(offered[3]!.key).toMatch(new RegExp(`^tag-\\d+-${s.revisions['r1']}$`));
  });

  it('offers only the tags COMPARISON_COMMIT_TAGS names, and refuses the key of another', async () => {
    const s = await seed();
    const tagged = await startTestServer(db, { COMPARISON_COMMIT_TAGS: '1.0, 2.0' });
    const offered = await columns(s.projectId, tagged);
    expect(offered.filter((c) => c.kind === 'TAG').map((c) => c.label)).toEqual(['cpython @ 1.0', 'pypy @ 1.0']);
    const old = await keyOf(s.projectId, 'cpython @ 0.9');
    expectError(await tagged.graphql(COMPARE, { input: { columnKeys: [old] } }), 'BAD_USER_INPUT', 'columnKeys');
  });
});

describe('comparison values', () => {
  it('gives values with std dev per quantity, column and environment, each environment at its latest revision', async () => {
    const s = await seed();
    const columnKeys = [await keyOf(s.projectId, 'cpython @ main (latest)'), await keyOf(s.projectId, 'cpython @ 0.9')];
    const result = await compare({ columnKeys, baselineColumnKey: null });
    expect(result.baseline).toBeNull();
    expect(result.quantities.map((q) => [q.unitsTitle, q.units, q.lessIsBetter, q.benchmarks.length])).toEqual([
      ['Memory', 'MB', true, 1],
      ['Time', 'seconds', true, 2],
    ]);
    expect(lines(result, s.project, s.envA)).toEqual([
      'Memory | cpython @ main (latest) | A | r2 | rss=150(null)',
      'Memory | cpython @ 0.9 | A | r0 | rss=80(null)',
      // main's latest is r2 on A, but B last ran r1.
      'Time | cpython @ main (latest) | A | r2 | float=5(null) int=160(null)',
      'Time | cpython @ main (latest) | B | r1 | float=30(null) int=60(null)',
      'Time | cpython @ 0.9 | A | r0 | float=8(null) int=16(null)',
    ]);
    expect(result.quantities[1]!.series[0]!.points.map((p) => p.stdDev)).toEqual([0.5, 16]);
  });

  it('normalizes to the baseline and takes the geometric mean per column and environment', async () => {
    const s = await seed();
    const labels = ['cpython @ main (latest)', 'pypy @ main (latest)', 'cpython @ 1.0'];
    const columnKeys = await Promise.all(labels.map((l) => keyOf(s.projectId, l)));
    const result = await compare({ columnKeys, baselineColumnKey: columnKeys[2] });
    expect(result.baseline?.label).toBe('cpython @ 1.0');
    // Ratios to cpython at 1.0 (A: float 10, int 20, rss 100; B: float 30, int 60).
    expect(lines(result, s.project, s.envA)).toEqual([
      'Memory | cpython @ main (latest) | A | r2 | rss=150(1.5)',
      'Memory | cpython @ 1.0 | A | r1 | rss=100(1)',
      'Time | cpython @ main (latest) | A | r2 | float=5(0.5) int=160(8)',
      'Time | cpython @ main (latest) | B | r1 | float=30(1) int=60(1)',
      'Time | pypy @ main (latest) | A | r1 | float=5(0.5) int=5(0.25)',
      'Time | cpython @ 1.0 | A | r1 | float=10(1) int=20(1)',
      'Time | cpython @ 1.0 | B | r1 | float=30(1) int=60(1)',
    ]);
    const means = result.quantities.flatMap((q) => q.series.map((x) => x.geometricMean!));
    // sqrt(0.5 * 8) = 2, sqrt(0.5 * 0.25) = 0.35355...
    [1.5, 1, 2, 1, Math.sqrt(0.125), 1, 1].forEach((mean, i) => expect(means[i]).toBeCloseTo(mean, 12));
  });

  it('normalizes to a baseline that is not compared, over the benchmarks both have', async () => {
    const s = await seed();
    const columnKeys = [await keyOf(s.projectId, 'cpython @ feature (latest)')];
    const baselineColumnKey = await keyOf(s.projectId, 'pypy @ 0.9');
    const result = await compare({ columnKeys, baselineColumnKey, environmentIds: [s.environments['A']] });
    expect(result.columns.map((c) => c.label)).toEqual(['cpython @ feature (latest)']);
    // feature f1 has float 11 only; pypy at 0.9 has float 4.
    expect(lines(result, s.project, s.envA)).toEqual(['Time | cpython @ feature (latest) | A | f1 | float=11(2.75)']);
    expect(result.quantities[0]!.series[0]!.geometricMean).toBeCloseTo(2.75, 12);
  });

  it('compares only the benchmarks and environments asked for, listing an environment without values', async () => {
    const s = await seed();
    const other = await createEnvironment(server);
    const find = `query($n: String) { environment(name: $n) { id } }`;
    const { environment } = await run<{ environment: { id: string } }>(find, { n: other });
    const columnKeys = [await keyOf(s.projectId, 'cpython @ main (latest)')];
    const input = {
      columnKeys,
      benchmarkIds: [s.benchmarks['int']],
      environmentIds: [s.environments['B'], environment.id],
    };
    const result = await compare(input);
    expect(result.environments.map((e) => e.name)).toEqual([s.envB, other]);
    expect(lines(result, s.project, s.envA)).toEqual(['Time | cpython @ main (latest) | B | r1 | int=60(null)']);
  });
});

describe('comparison defaults', () => {
  it('takes columns from COMP_EXECUTABLES, the baseline from DEF_BASELINE, default benchmarks and environments with values', async () => {
    const exe = unique('cpython');
    const s = await seed(exe);
    const hide = `mutation($id: ID!) { updateBenchmark(input: { id: $id, defaultOnComparison: false }) { benchmark { id } } }`;
    await run(hide, { id: s.benchmarks['rss'] });
    const configured = await startTestServer(db, { COMP_EXECUTABLES: `${exe}, nothing`, DEF_BASELINE: `${exe}@1.0` });
    const result = await compare(null, configured);
    expect(result.columns.map((c) => c.label)).toEqual([`${exe} @ main (latest)`, `${exe} @ feature (latest)`]);
    expect(result.baseline?.label).toBe(`${exe} @ 1.0`);
    expect(result.environments.map((e) => e.name)).toEqual([s.envA, s.envB]);
    expect(result.quantities.map((q) => [q.unitsTitle, q.benchmarks.map((b) => b.name)])).toEqual([
      ['Time', [`${s.project}-float`, `${s.project}-int`]],
    ]);
    expect(lines(result, s.project, s.envA)[0]).toBe(
      `Time | ${exe} @ main (latest) | A | r2 | float=5(0.5) int=160(8)`,
    );
    expect((await compare({ baselineColumnKey: null }, configured)).baseline).toBeNull();
  });

  it('compares every latest column and no tag when nothing is configured or asked', async () => {
    const s = await seed();
    const offered = await columns(s.projectId);
    const result = await compare(null);
    const keys = new Set(result.columns.map((c) => c.key));
    // Every project's latest columns are compared; this project's are the three LATEST ones offered.
    expect(offered.filter((c) => keys.has(c.key)).map((c) => c.label)).toEqual([
      'cpython @ main (latest)',
      'cpython @ feature (latest)',
      'pypy @ main (latest)',
    ]);
    expect(result.baseline).toBeNull();
  });

  it('gives the chart settings, and with NORMALIZATION normalizes to the first column', async () => {
    const SETTINGS = `{ comparisonSettings { chartType orientation normalization } }`;
    expect((await run(SETTINGS)).comparisonSettings).toEqual({
      chartType: 'NORMAL_BARS',
      orientation: 'VERTICAL',
      normalization: false,
    });
    const env = { CHART_TYPE: 'relative bars', CHART_ORIENTATION: 'horizontal', NORMALIZATION: 'true' };
    const configured = await startTestServer(db, env);
    expect((await run(SETTINGS, {}, configured)).comparisonSettings).toEqual({
      chartType: 'RELATIVE_BARS',
      orientation: 'HORIZONTAL',
      normalization: true,
    });
    const s = await seed();
    const columnKeys = [await keyOf(s.projectId, 'pypy @ 1.0'), await keyOf(s.projectId, 'cpython @ 1.0')];
    const result = await compare({ columnKeys }, configured);
    expect(result.baseline?.label).toBe('pypy @ 1.0');
    expect(lines(result, s.project, s.envA)).toContain('Time | cpython @ 1.0 | A | r1 | float=10(2) int=20(4)');
  });
});

describe('comparison errors', () => {
  it.each([
    ['a malformed column key', { columnKeys: ['3+L+default'] }, 'columnKeys'],
    ['a column key nothing offers', { columnKeys: ['latest-999999-1'] }, 'columnKeys'],
    ['an unknown baseline', { columnKeys: [], baselineColumnKey: 'tag-999999-1' }, 'baselineColumnKey'],
    ['an unknown benchmark', { columnKeys: [], benchmarkIds: ['999999'] }, 'benchmarkIds'],
    ['an environment id that is not an id', { columnKeys: [], environmentIds: ['abc'] }, 'environmentIds'],
    ['an unknown environment', { columnKeys: [], environmentIds: ['999999'] }, 'environmentIds'],
  ])('refuses %s, naming the field', async (_, input, field) => {
    expectError(await server.graphql(COMPARE, { input }), 'BAD_USER_INPUT', field);
  });

  it('refuses the latest column of a branch hidden from comparison', async () => {
    const s = await seed();
    const main = await keyOf(s.projectId, 'cpython @ main (latest)');
    const hidden = main.replace(/-\d+$/, `-${s.branches['hidden']}`);
    expectError(await server.graphql(COMPARE, { input: { columnKeys: [hidden] } }), 'BAD_USER_INPUT', 'columnKeys');
  });

  it('refuses a project id that is not an id, and reads without a token', async () => {
    expectError(await server.graphql(COLUMNS, { projectId: 'x' }), 'BAD_USER_INPUT', 'projectId');
    const answer = await server.graphql(COMPARE, { input: { columnKeys: [] } }, { token: null });
    expect(ok(answer)).toEqual({ comparison: { columns: [], baseline: null, environments: [], quantities: [] } });
  });
});
