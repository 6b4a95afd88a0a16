import { describe, expect, it } from 'vitest';
import { assembleQuantities, geometricMean, normalize } from './comparison.js';
import {
  columnKey,
  columnLabel,
  defaultColumns,
  matchBaselineSetting,
  parseColumnKey,
  withKeyAndLabel,
} from './comparison-columns.js';
import type { BenchmarkRow, ColumnRow, ValueRow } from './comparison.sql.js';

describe('normalize', () => {
  it('divides a value by the baseline value', () => {
    expect(normalize(3, 2)).toBe(1.5);
  });

  it('gives nothing without a baseline value or with a zero one', () => {
    expect(normalize(3, undefined)).toBeNull();
    expect(normalize(3, 0)).toBeNull();
  });
});

describe('geometricMean', () => {
  it('is the nth root of the product of n ratios', () => {
    expect(geometricMean([2, 8])).toBeCloseTo(4, 12);
    expect(geometricMean([1, 3, 9])).toBeCloseTo(3, 12);
    expect(geometricMean([0.5, 2])).toBeCloseTo(1, 12);
  });

  it('stays finite over ratios whose product overflows', () => {
    expect(geometricMean(Array.from({ length: 400 }, () => 1e10))).toBeCloseTo(1e10, -2);
  });

  it('is zero with a zero ratio and nothing with a negative one or none at all', () => {
    expect(geometricMean([0, 4])).toBe(0);
    expect(geometricMean([-1, 4])).toBeNull();
    expect(geometricMean([])).toBeNull();
  });
});

const bench = (id: number, name: string, unitsTitle = 'Time', units = 'seconds'): BenchmarkRow => ({
  id,
  name,
  unitsTitle,
  units,
  lessIsBetter: unitsTitle !== 'Throughput',
});
const row = (column: number, environmentId: number, benchmarkId: number, value: number): ValueRow => ({
  column,
  environmentId,
  revisionId: 100 + column,
  benchmarkId,
  value,
  stdDev: null,
});

describe('assembleQuantities', () => {
  const benchmarks = [bench(1, 'int'), bench(2, 'float'), bench(3, 'rss', 'Memory', 'MB'), bench(4, 'unused')];
  // Columns 0 and 1 are shown; column 2 is a baseline read only for normalizing.
  const rows = [
    row(0, 7, 1, 20),
    row(0, 7, 2, 10),
    row(0, 7, 3, 100),
    row(1, 7, 2, 5),
    row(1, 7, 1, 80),
    row(2, 7, 1, 10),
    row(2, 7, 2, 10),
    row(2, 7, 3, 50),
    row(2, 7, 4, 1),
  ];

  it('groups benchmarks by quantity, each sorted by name, and leaves out those only the baseline measured', () => {
    const quantities = assembleQuantities({ benchmarks, rows, columnCount: 2, baselineColumn: 2, environmentIds: [7] });
    expect(quantities.map((q) => [q.unitsTitle, q.units, q.benchmarkIds])).toEqual([
      ['Memory', 'MB', [3]],
      ['Time', 'seconds', [2, 1]],
    ]);
  });

  it('normalizes each value to the baseline and takes the geometric mean per column and environment', () => {
    const [memory, time] = assembleQuantities({
      benchmarks,
      rows,
      columnCount: 2,
      baselineColumn: 2,
      environmentIds: [7],
    });
    // Time, column 0: float 10/10 = 1, int 20/10 = 2, mean sqrt(1 * 2); column 1: 5/10 = 0.5, 80/10 = 8, mean 2.
    expect(time!.series.map((s) => [s.column, s.points.map((p) => p.normalized)])).toEqual([
      [0, [1, 2]],
      [1, [0.5, 8]],
    ]);
    expect(time!.series[0]!.geometricMean).toBeCloseTo(Math.SQRT2, 12);
    expect(time!.series[1]!.geometricMean).toBeCloseTo(2, 12);
    // Memory: 100/50.
    expect(memory!.series.map((s) => [s.column, s.revisionId])).toEqual([[0, 100]]);
    expect(memory!.series[0]!.geometricMean).toBeCloseTo(2, 12);
  });

  it('leaves values unnormalized without a baseline', () => {
    const quantities = assembleQuantities({
      benchmarks,
      rows,
      columnCount: 2,
      baselineColumn: null,
      environmentIds: [7],
    });
    const points = quantities.flatMap((q) => q.series.flatMap((s) => s.points));
    expect(points.every((p) => p.normalized === null)).toBe(true);
    expect(quantities.every((q) => q.series.every((s) => s.geometricMean === null))).toBe(true);
  });

  it('averages only the benchmarks the baseline also has', () => {
    const [time] = assembleQuantities({
      benchmarks,
      rows: [row(0, 7, 1, 30), row(0, 7, 2, 40), row(1, 7, 1, 10)],
      columnCount: 1,
      baselineColumn: 1,
      environmentIds: [7],
    });
    expect(time!.series[0]!.points.map((p) => p.normalized)).toEqual([null, 3]);
    expect(time!.series[0]!.geometricMean).toBeCloseTo(3, 12);
  });
});

const column = (overrides: Partial<ColumnRow>): ColumnRow => ({
  kind: 'LATEST',
  projectId: 1,
  executableId: 3,
  executableName: 'cpython',
  branchId: 5,
  branchName: 'main',
  revisionId: 42,
  commitId: 'abc',
  tag: '',
  ...overrides,
});

describe('column keys and labels', () => {
  it('keys a latest column by executable and branch, a tagged one by executable and revision', () => {
    expect(columnKey(column({}))).toBe('latest-3-5');
    expect(columnKey(column({ kind: 'TAG', tag: '1.0' }))).toBe('tag-3-42');
    expect(parseColumnKey('tag-3-42')).toEqual({ kind: 'TAG', executableId: 3 });
    expect(parseColumnKey('3+L+default')).toBeNull();
  });

  it('labels columns the way a legend reads', () => {
    expect(columnLabel(column({}))).toBe('cpython @ main (latest)');
    expect(columnLabel(column({ kind: 'TAG', tag: '1.0' }))).toBe('cpython @ 1.0');
  });
});

describe('defaults from settings', () => {
  const offered = [
    column({}),
    column({ branchId: 6, branchName: 'feature' }),
    column({ kind: 'TAG', tag: '1.0', revisionId: 40, commitId: 'c40' }),
    column({ executableId: 4, executableName: 'pypy', branchId: 7 }),
  ].map(withKeyAndLabel);

  it('takes the latest columns of the executables COMP_EXECUTABLES names, else every latest column', () => {
    expect(defaultColumns(offered, ['pypy']).map((c) => c.key)).toEqual(['latest-4-7']);
    expect(defaultColumns(offered, []).map((c) => c.key)).toEqual(['latest-3-5', 'latest-3-6', 'latest-4-7']);
    expect(defaultColumns(offered, ['gone']).map((c) => c.key)).toEqual(['latest-3-5', 'latest-3-6', 'latest-4-7']);
  });

  it('reads DEF_BASELINE as a key, executable@tag, executable@commit, executable@branch or an executable', () => {
    expect(matchBaselineSetting(offered, 'latest-3-6')?.key).toBe('latest-3-6');
    expect(matchBaselineSetting(offered, 'cpython@1.0')?.key).toBe('tag-3-40');
    expect(matchBaselineSetting(offered, 'cpython@c40')?.key).toBe('tag-3-40');
    expect(matchBaselineSetting(offered, 'cpython@feature')?.key).toBe('latest-3-6');
    expect(matchBaselineSetting(offered, 'pypy')?.key).toBe('latest-4-7');
    expect(matchBaselineSetting(offered, 'pypy@9.9')).toBeNull();
    expect(matchBaselineSetting(offered, null)).toBeNull();
  });
});
