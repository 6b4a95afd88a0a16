import { describe, expect, it } from 'vitest';
import { axisLabel, csvRows, plotGroups, type BenchmarkTimeline } from './plotGroups';

const point = (revisionId: string, day: number, value: number) => ({
  revisionId,
  commitId: `commit${revisionId}`,
  date: new Date(Date.UTC(2026, 7, day)).toISOString(),
  orderedAt: new Date(Date.UTC(2026, 7, day)).toISOString(),
  tag: day === 7 ? '1.0' : '',
  value,
  stdDev: 0.1,
});

const project = { defaultBranch: 'default' };
const myexe = { id: '1', name: 'myexe', project };
const myexe2 = { id: '2', name: 'myexe2', project };
const defaultBranch = { id: '1', name: 'default' };
const feature = { id: '2', name: 'feature' };

const float: BenchmarkTimeline = {
  baselineValue: 2,
  benchmark: { id: '10', name: 'float', units: 'seconds', unitsTitle: 'Time', lessIsBetter: true, dataType: 'MEAN' },
  series: [
    { branch: defaultBranch, executable: myexe, points: [point('1', 1, 1.9), point('2', 7, 1.8)] },
    { branch: feature, executable: myexe, points: [point('5', 3, 1.7)] },
    { branch: defaultBranch, executable: myexe2, points: [point('1', 1, 2.1)] },
    { branch: feature, executable: myexe2, points: [] },
  ],
};
const nbody: BenchmarkTimeline = {
  ...float,
  baselineValue: null,
  benchmark: { ...float.benchmark, id: '11', name: 'nbody' },
  series: [{ branch: defaultBranch, executable: myexe, points: [point('1', 1, 5)] }],
};
const int: BenchmarkTimeline = {
  baselineValue: null,
  benchmark: {
    id: '12',
    name: 'int',
    units: 'Mops/s',
    unitsTitle: 'Throughput',
    lessIsBetter: false,
    dataType: 'MEDIAN',
  },
  series: [{ branch: defaultBranch, executable: myexe2, points: [point('1', 1, 400)] }],
};

const colorOf = (id: string) => (id === '1' ? '#111111' : '#222222');

describe('plot groups', () => {
  it('gives a benchmark one plot, a line per executable and branch that has points', () => {
    const [group] = plotGroups([float], colorOf, 'baseExe 1.0');
    expect(group!.title).toBe('float');
    expect(group!.series.map((s) => s.label)).toEqual(['myexe @ default', 'myexe @ feature', 'myexe2 @ default']);
    expect(group!.median).toBe(false);
    expect(group!.baselines).toEqual([{ label: 'Baseline baseExe 1.0', value: 2 }]);
  });

  it('colours by executable and dashes other branches than the default', () => {
    const [group] = plotGroups([float], colorOf, null);
    const [mine, mineOnFeature, theirs] = group!.series;
    expect(mine!.color).toBe('#111111');
    expect(mineOnFeature!.color).toBe('#111111');
    expect(theirs!.color).toBe('#222222');
    expect(mine!.dash).toBe('');
    expect(mineOnFeature!.dash).not.toBe('');
  });

  it('names series by executable alone when only default branches are drawn', () => {
    const [group] = plotGroups([{ ...float, series: [float.series[0]!, float.series[2]!] }], colorOf, null);
    expect(group!.series.map((s) => s.label)).toEqual(['myexe', 'myexe2']);
  });

  it('puts benchmarks of one unit on one plot, each with its own symbol, and others apart', () => {
    const groups = plotGroups([float, int, nbody], colorOf, null);
    expect(groups.map((g) => g.title)).toEqual(['float, nbody', 'int']);
    const [both, median] = groups;
    expect(both!.series.map((s) => s.label)).toContain('nbody · myexe @ default');
    const symbols = new Set(both!.series.map((s) => `${s.benchmarkName}:${s.symbol}`));
    expect(symbols).toEqual(new Set(['float:circle', 'nbody:square']));
    expect(median!.median).toBe(true);
    expect(median!.lessIsBetter).toBe(false);
  });

  it('labels the y axis with the quantity and its unit', () => {
    expect(axisLabel({ unitsTitle: 'Time', units: 'seconds' })).toBe('Time (seconds)');
    expect(axisLabel({ unitsTitle: '', units: 'MB' })).toBe('MB');
  });

  it('exports one CSV row per point, header first', () => {
    const [group] = plotGroups([float], colorOf, null);
    const rows = csvRows(group!, 'Dual Core');
    expect(rows[0]).toEqual([
      'benchmark',
      'executable',
      'branch',
      'environment',
      'revision_id',
      'commit_id',
      'date',
      'tag',
      'value',
      'std_dev',
      'min',
      'max',
      'q1',
      'q3',
      'units',
    ]);
    expect(rows).toHaveLength(5);
    expect(rows[2]).toEqual([
      'float',
      'myexe',
      'default',
      'Dual Core',
      '2',
      'commit2',
      '2026-08-07T00:00:00.000Z',
      '1.0',
      1.8,
      0.1,
      undefined,
      undefined,
      undefined,
      undefined,
      'seconds',
    ]);
  });
});
