import { describe, expect, it } from 'vitest';
import { changesTable, type BenchmarkInfo, type ChangesInput } from './changes-table.js';
import { summarize } from './summary.js';

const thresholds = { change: 3, trend: 5 };
let nextId = 1;
const bench = (name: string, unitsTitle = 'Time', lessIsBetter = true): BenchmarkInfo => ({
  id: nextId++,
  name,
  description: '',
  unitsTitle,
  units: unitsTitle === 'Time' ? 'seconds' : 'MB',
  lessIsBetter,
});
const m = (value: number) => ({ value, stdDev: null, min: null, max: null });

/** Builds the input from [benchmark, current, previous, trend window] tuples. */
function input(rows: [BenchmarkInfo, number, number | null, number[]?][], hasPrevious = true): ChangesInput {
  return {
    benchmarks: rows.map(([b]) => b),
    current: new Map(rows.map(([b, v]) => [b.id, m(v)])),
    previous: hasPrevious ? new Map(rows.filter(([, , p]) => p !== null).map(([b, , p]) => [b.id, p as number])) : null,
    trendWindow: new Map(rows.map(([b, , , w]) => [b.id, w ?? []])),
  };
}

const report = (rows: Parameters<typeof input>[0]) => summarize(changesTable(input(rows)), thresholds);

describe('report summary (Codespeed’s cases)', () => {
  it('12 → 15 is a regression: red', () => {
    expect(report([[bench('float'), 15, 12]])).toEqual({ summary: 'Average time up 25.0%', colour: 'red' });
  });

  it('15 → 12 is an improvement: green', () => {
    expect(report([[bench('float'), 12, 15]])).toEqual({ summary: 'Average time down 20.0%', colour: 'green' });
  });

  it('15 → 15.2 is within the threshold: no significant changes', () => {
    expect(report([[bench('float'), 15.2, 15]])).toEqual({ summary: 'no significant changes', colour: 'none' });
  });

  it('a change exactly at the threshold is not significant', () => {
    expect(report([[bench('float'), 103, 100]]).colour).toBe('none');
  });

  it('for a more-is-better benchmark an increase is green', () => {
    expect(report([[bench('ops', 'Throughput', false), 120, 100]])).toEqual({
      summary: 'Average throughput up 20.0%',
      colour: 'green',
    });
  });

  it('an average change beats a single one', () => {
    const summary = report([
      [bench('float'), 110, 100],
      [bench('int'), 130, 100],
    ]);
    expect(summary).toEqual({ summary: 'Average time up 20.0%', colour: 'red' });
  });

  it('a single significant change speaks when the average does not', () => {
    const summary = report([
      [bench('float'), 110, 100],
      [bench('int'), 92, 100],
      [bench('spitfire'), 100, 100],
    ]);
    expect(summary).toEqual({ summary: 'float up 10.0%', colour: 'red' });
  });

  it('a red candidate beats a larger green one', () => {
    const summary = report([
      [bench('float'), 105, 100],
      [bench('int'), 70, 100],
      [bench('x', 'Memory'), 100, 100],
    ]);
    // Average time: (1.05 + 0.70) / 2 = 0.875, green; memory: none. Average green beats nothing.
    expect(summary.colour).toBe('green');
    const separate = report([
      [bench('a', 'Time'), 130, 100],
      [bench('b', 'Memory'), 50, 100],
    ]);
    expect(separate).toEqual({ summary: 'Average time up 30.0%', colour: 'red' });
  });

  it('trend-only alerts are yellow for bad and light green for good', () => {
    expect(report([[bench('float'), 110, 108, [100, 100, 100]]])).toEqual({
      summary: 'Average time trend up 10.0%',
      colour: 'yellow',
    });
    expect(report([[bench('float'), 90, 92, [100, 100, 100]]])).toEqual({
      summary: 'Average time trend down 10.0%',
      colour: 'lightgreen',
    });
  });

  it('gives a second quantity its own average', () => {
    const tables = changesTable(
      input([
        [bench('float'), 150, 200],
        [bench('mem', 'Space'), 100, 100],
      ]),
    );
    expect(tables.map((t) => [t.unitsTitle, t.averageChange])).toEqual([
      ['Space', 0],
      ['Time', -25],
    ]);
  });

  it('has no change without a previous revision, and infinity from a zero', () => {
    const none = changesTable(input([[bench('float'), 1, null]], false));
    expect(none[0]!.rows[0]!.change).toBeNull();
    expect(none[0]!.averageChange).toBeNull();
    expect(report([[bench('float'), 5, 0]])).toEqual({ summary: 'Average time up ∞%', colour: 'red' });
    expect(changesTable(input([[bench('float'), 0, 0]]))[0]!.rows[0]!.change).toBe(0);
  });

  it('computes the trend against the mean of the window and the precision from the smallest value', () => {
    const [table] = changesTable(input([[bench('float'), 0.012, 0.012, [0.01, 0.011, 0.012]]]));
    expect(table!.rows[0]!.trend).toBeCloseTo(9.0909, 3);
    expect(table!.precision).toBe(4);
  });
});
