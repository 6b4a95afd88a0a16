import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, startTestServer, testDatabase, unique, type TestServer } from '../harness.js';
import { expectError, ok } from '../graphql/helpers.js';
import {
  commits,
  GRID,
  grid as gridOn,
  seed as seedOn,
  TIMELINE,
  timeline as timelineOn,
  type GridData,
  type Item,
  type Seeded,
  type TimelineData,
} from './timeline-helpers.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
});

const seed = (batches: Item[][], target = server) => seedOn(target, batches);
const timeline = (input: Record<string, unknown>, target = server) => timelineOn(target, input);
const grid = (input: Record<string, unknown>, target = server) => gridOn(target, input);

describe('timeline', () => {
  it('returns the points of a series in revision order: by date, then by id for the same date', async () => {
    // Submitted out of date order; r3 and r4 share a date, and r4 is created first.
    const s = await seed([
      [
        { commitId: 'r4', benchmark: 'float', value: 4, day: 3 },
        { commitId: 'r5', benchmark: 'float', value: 5, day: 5 },
      ],
      [
        { commitId: 'r3', benchmark: 'float', value: 3, day: 3 },
        { commitId: 'r1', benchmark: 'float', value: 1, day: 1 },
      ],
    ]);
    const answer = await timeline({ environmentId: s.environmentId, benchmarkIds: [s.bench('float')] });
    const [chart] = answer.benchmarks;
    expect(chart!.benchmark).toEqual({
      name: 'float',
      units: 'seconds',
      unitsTitle: 'Time',
      lessIsBetter: true,
      dataType: 'MEAN',
    });
    expect(chart!.series).toHaveLength(1);
    expect(commits(chart!.series[0]!)).toEqual(['r1', 'r4', 'r3', 'r5']);
    expect(chart!.series[0]!.points[0]).toMatchObject({
      revisionId: s.rev('r1'),
      date: '2024-01-01T00:00:00.000Z',
      tag: '',
      value: 1,
    });
  });

  it('keeps only the last N results of each series when a limit is given', async () => {
    const s = await seed([
      [1, 2, 3, 4, 5].map((day) => ({ commitId: `r${day}`, benchmark: 'float', value: day, day })),
    ]);
    const answer = await timeline({ environmentId: s.environmentId, benchmarkIds: [s.bench('float')], limit: 3 });
    expect(answer.scope.limit).toBe(3);
    expect(commits(answer.benchmarks[0]!.series[0]!)).toEqual(['r3', 'r4', 'r5']);
  });

  it('fills a series with gaps from results older than the branch’s last N revisions', async () => {
    const at = (executable: string, days: number[]) =>
      days.map((day) => ({ commitId: `r${day}`, executable, benchmark: 'float', value: day, day }));
    const s = await seed([[...at('exe', [1, 2, 3, 4, 5, 6]), ...at('gappy', [1, 2, 3, 5]), ...at('retired', [1, 2])]]);
    const answer = await timeline({
      environmentId: s.environmentId,
      benchmarkIds: [s.bench('float')],
      executableIds: [s.exe('exe'), s.exe('gappy'), s.exe('retired')],
      limit: 3,
    });
    expect(answer.benchmarks[0]!.series.map(commits)).toEqual([
      ['r4', 'r5', 'r6'],
      ['r2', 'r3', 'r5'],
      ['r1', 'r2'],
    ]);
  });

  it('draws one series per executable, in the order the executables are asked, for several benchmarks', async () => {
    const s = await seed([
      ['jit', 'nojit'].flatMap((executable, e) =>
        ['float', 'int'].flatMap((benchmark) =>
          [1, 2].map((day) => ({ commitId: `r${day}`, executable, benchmark, value: 10 * e + day, day })),
        ),
      ),
    ]);
    const answer = await timeline({
      environmentId: s.environmentId,
      benchmarkIds: [s.bench('int'), s.bench('float')],
      executableIds: [s.exe('nojit'), s.exe('jit')],
    });
    expect(answer.scope.executables.map((e) => e.name)).toEqual(['nojit', 'jit']);
    expect(answer.benchmarks.map((b) => b.benchmark.name)).toEqual(['int', 'float']);
    for (const chart of answer.benchmarks) {
      expect(chart.series.map((x) => x.executable.name)).toEqual(['nojit', 'jit']);
      expect(chart.series.map((x) => x.points.map((p) => p.value))).toEqual([
        [11, 12],
        [1, 2],
      ]);
    }
  });

  it('carries quartiles and extrema on the points of a median benchmark', async () => {
    const name = unique('median');
    ok(
      await server.graphql(
        `mutation($name: String!) { createBenchmark(input: { name: $name, dataType: MEDIAN }) { benchmark { id } } }`,
        {
          name,
        },
      ),
    );
    const s = await seed([[{ commitId: 'r1', benchmark: name, value: 5, day: 1, q1: 4, q3: 6, min: 3, max: 7 }]]);
    const answer = await timeline({ environmentId: s.environmentId, benchmarkIds: [s.bench(name)] });
    const [chart] = answer.benchmarks;
    expect(chart!.benchmark.dataType).toBe('MEDIAN');
    expect(chart!.series[0]!.points[0]).toMatchObject({ value: 5, q1: 4, q3: 6, min: 3, max: 7, stdDev: null });
  });

  it('shows the default branch only, and other branches when they are asked for', async () => {
    const s = await seed([
      [
        { commitId: 'm1', benchmark: 'float', value: 1, day: 1 },
        { commitId: 'm2', benchmark: 'float', value: 2, day: 2 },
        { commitId: 'f1', branch: 'feature', benchmark: 'float', value: 3, day: 3 },
      ],
    ]);
    const base = { environmentId: s.environmentId, benchmarkIds: [s.bench('float')] };
    const byDefault = await timeline(base);
    expect(byDefault.scope.branches).toBeNull();
    expect(byDefault.benchmarks[0]!.series.map((x) => x.branch.name)).toEqual(['main']);

    const both = await timeline({ ...base, branches: ['feature', 'main'] });
    const series = both.benchmarks[0]!.series;
    expect(series.map((x) => x.branch.name)).toEqual(['feature', 'main']);
    expect(series.map(commits)).toEqual([['f1'], ['m1', 'm2']]);
  });

  it('returns the baseline as its value for each benchmark', async () => {
    const s = await seed([
      [
        { commitId: 'v1', executable: 'release', benchmark: 'float', value: 100, day: 1 },
        { commitId: 'v2', executable: 'exe', benchmark: 'float', value: 90, day: 2 },
        { commitId: 'v2', executable: 'exe', benchmark: 'int', value: 9, day: 2 },
      ],
    ]);
    ok(
      await server.graphql(
        `mutation($id: ID!) { updateRevision(input: { id: $id, tag: "1.0" }) { revision { id } } }`,
        {
          id: s.rev('v1'),
        },
      ),
    );
    const answer = await timeline({
      environmentId: s.environmentId,
      benchmarkIds: [s.bench('float'), s.bench('int')],
      executableIds: [s.exe('exe')],
      baseline: { executableId: s.exe('release'), revisionId: s.rev('v1') },
    });
    expect(answer.scope.baseline).toEqual({ executable: { name: 'release' }, revision: { tag: '1.0' } });
    expect(answer.benchmarks.map((b) => b.baselineValue)).toEqual([100, null]);
    expect(answer.benchmarks[0]!.series.map((x) => x.executable.name)).toEqual(['exe']);
  });

  it('reads without a token', async () => {
    const s = await seed([[{ commitId: 'r1', benchmark: 'float', value: 1, day: 1 }]]);
    const answer = await server.graphql<{ timeline: TimelineData }>(
      TIMELINE,
      { input: { environmentId: s.environmentId } },
      { token: null },
    );
    expect(ok(answer).timeline.benchmarks[0]!.series[0]!.points).toHaveLength(1);
  });
});

describe('timeline grid', () => {
  it('pages over the benchmarks with results, by name, with hasNextPage and endCursor', async () => {
    const prefix = unique('grid');
    const names = ['e', 'c', 'a', 'd', 'b'].map((letter) => `${prefix}-${letter}`);
    const s = await seed([
      [
        ...names.flatMap((benchmark, i) => [1, 2].map((day) => ({ commitId: `r${day}`, benchmark, value: i, day }))),
        // Results of another executable only: not on the grid of `exe`.
        { commitId: 'r1', executable: 'other', benchmark: `${prefix}-f`, value: 1, day: 1 },
        // Results on another branch only: looked at, but not drawn.
        { commitId: 'f1', branch: 'feature', benchmark: `${prefix}-bb`, value: 1, day: 1 },
      ],
    ]);
    const seen: string[][] = [];
    const more: boolean[] = [];
    let after: string | null = null;
    do {
      const page: GridData = await grid({
        environmentId: s.environmentId,
        executableIds: [s.exe('exe')],
        first: 2,
        after,
      });
      seen.push(page.nodes.map((n) => n.benchmark.name));
      more.push(page.pageInfo.hasNextPage);
      expect(page.totalCount).toBeNull();
      for (const node of page.nodes) expect(node.series[0]!.points.map((p) => p.commitId)).toEqual(['r1', 'r2']);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && seen.length < 10);
    // The third benchmark looked at, `-bb`, has no points on the default branch: its page shows one chart.
    expect(seen).toEqual([[`${prefix}-a`, `${prefix}-b`], [`${prefix}-c`], [`${prefix}-d`, `${prefix}-e`]]);
    expect(more).toEqual([true, true, false]);
  });

  it('draws the last 15 results of each series by default, as Codespeed’s grid', async () => {
    const days = Array.from({ length: 17 }, (_, i) => i + 1);
    const s = await seed([days.map((day) => ({ commitId: `r${day}`, benchmark: 'float', value: day, day }))]);
    const page = await grid({ environmentId: s.environmentId });
    expect(page.scope.limit).toBe(15);
    expect(page.nodes.map((n) => n.benchmark.name)).toEqual(['float']);
    expect(page.nodes[0]!.series[0]!.points.map((p) => p.value)).toEqual(days.slice(2));
    expect(page.pageInfo.hasNextPage).toBe(false);
  });
});

describe('timeline defaults', () => {
  it('takes the environment, benchmark, number of points and grid page size from the settings', async () => {
    const prefix = unique('def');
    const s = await seed([
      ['exe', 'jit'].flatMap((executable) =>
        ['a', 'b'].flatMap((letter) =>
          [1, 2, 3].map((day) => ({
            commitId: `r${day}`,
            executable,
            benchmark: `${prefix}-${letter}`,
            value: day,
            day,
          })),
        ),
      ),
    ]);
    const configured = await startTestServer(server.db, {
      DEF_TIMELINE_LIMIT: '2',
      TIMELINE_GRID_LIMIT: '1',
      DEF_ENVIRONMENT: s.environment,
      DEF_BENCHMARK: `${prefix}-b`,
    });
    const answer = await timeline({}, configured);
    expect(answer.scope.environment?.name).toBe(s.environment);
    expect(answer.scope.limit).toBe(2);
    expect(answer.scope.executables.map((e) => e.name)).toEqual(['exe', 'jit']);
    expect(answer.benchmarks.map((b) => b.benchmark.name)).toEqual([`${prefix}-b`]);
    expect(answer.benchmarks[0]!.series.map(commits)).toEqual([
      ['r2', 'r3'],
      ['r2', 'r3'],
    ]);

    const page = await grid({}, configured);
    expect(page.nodes.map((n) => n.benchmark.name)).toEqual([`${prefix}-a`]);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('falls back to the first environment and the first benchmark by name that have results', async () => {
    const fresh = await startTestServer(await testDatabase());
    const empty = await timeline({}, fresh);
    expect(empty).toEqual({
      scope: { environment: null, executables: [], branches: null, limit: 50, baseline: null },
      benchmarks: [],
    });
    await createEnvironment(fresh); // created first, but without results
    const s = await seed(
      [
        [
          { commitId: 'r1', benchmark: 'zeta', value: 1, day: 1 },
          { commitId: 'r1', benchmark: 'alpha', value: 2, day: 1 },
        ],
      ],
      fresh,
    );
    const answer = await timeline({}, fresh);
    expect(answer.scope.environment?.name).toBe(s.environment);
    expect(answer.scope.limit).toBe(50);
    expect(answer.benchmarks.map((b) => b.benchmark.name)).toEqual(['alpha']);
    expect(answer.benchmarks[0]!.series[0]!.points.map((p) => p.value)).toEqual([2]);
  });
});

describe('timeline arguments', () => {
  let s: Seeded;
  let other: Seeded;
  beforeAll(async () => {
    s = await seed([[{ commitId: 'r1', benchmark: 'float', value: 1, day: 1 }]]);
    other = await seed([[{ commitId: 'o1', benchmark: 'float', value: 1, day: 1 }]]);
  });

  const cases: [string, () => Record<string, unknown>, string, string, boolean?][] = [
    ['a limit below 1', () => ({ limit: 0 }), 'BAD_USER_INPUT', 'limit'],
    ['an empty list of benchmarks', () => ({ benchmarkIds: [] }), 'BAD_USER_INPUT', 'benchmarkIds'],
    ['an unknown benchmark', () => ({ benchmarkIds: [s.bench('float'), '999999'] }), 'NOT_FOUND', 'benchmarkIds[1]'],
    ['an unknown environment', () => ({ environmentId: '999999' }), 'NOT_FOUND', 'environmentId'],
    ['an executable id that is no id', () => ({ executableIds: ['abc'] }), 'BAD_USER_INPUT', 'executableIds[0]'],
    ['an unknown executable', () => ({ executableIds: ['999999'] }), 'NOT_FOUND', 'executableIds[0]'],
    [
      'a branch no chosen project has',
      () => ({ environmentId: s.environmentId, executableIds: [s.exe('exe')], branches: ['main', 'nope'] }),
      'NOT_FOUND',
      'branches[1]',
    ],
    [
      'an unknown baseline revision',
      () => ({ baseline: { executableId: s.exe('exe'), revisionId: '999999' } }),
      'NOT_FOUND',
      'baseline.revisionId',
    ],
    [
      'a baseline revision of another project',
      () => ({ baseline: { executableId: s.exe('exe'), revisionId: other.rev('o1') } }),
      'BAD_USER_INPUT',
      'baseline.revisionId',
    ],
    ['a grid page over 500 benchmarks', () => ({ first: 501 }), 'BAD_USER_INPUT', 'first', true],
    ['a grid cursor this API did not give', () => ({ after: 'garbage' }), 'BAD_USER_INPUT', 'after', true],
  ];

  it.each(cases)('refuses %s, naming the field', async (_what, input, code, field, onGrid) => {
    const answer = onGrid
      ? await server.graphql(GRID, { input: input() })
      : await server.graphql(TIMELINE, { input: input() });
    expectError(answer, code, field);
  });
});
