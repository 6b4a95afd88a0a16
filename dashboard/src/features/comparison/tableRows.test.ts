import { describe, expect, it } from 'vitest';
import { BY_NAME, nextSort, sortedBenchmarks } from './tableRows';
import { model, normalizedModel } from './testData';

describe('the order of the comparison table', () => {
  it('lists benchmarks by name, either way', () => {
    expect(sortedBenchmarks(model(), BY_NAME).map((b) => b.name)).toEqual(['float', 'nbody']);
    expect(sortedBenchmarks(model(), { by: 'name', descending: true }).map((b) => b.name)).toEqual(['nbody', 'float']);
  });

  it('sorts by a series’ values, ratios when normalized, with missing values last both ways', () => {
    const m = model();
    const slowDual = m.series[2]!.id;
    expect(sortedBenchmarks(m, { by: m.series[0]!.id, descending: true }).map((b) => b.name)).toEqual([
      'nbody',
      'float',
    ]);
    expect(sortedBenchmarks(m, { by: slowDual, descending: false }).map((b) => b.name)).toEqual(['float', 'nbody']);
    const quad = m.series[1]!.id; // has float only
    expect(sortedBenchmarks(m, { by: quad, descending: false }).map((b) => b.name)).toEqual(['float', 'nbody']);
    expect(sortedBenchmarks(m, { by: quad, descending: true }).map((b) => b.name)).toEqual(['float', 'nbody']);
    const n = normalizedModel();
    // fast/slow on Dual Core: float 0.5×, nbody 2×.
    expect(sortedBenchmarks(n, { by: n.series[0]!.id, descending: false }).map((b) => b.name)).toEqual([
      'float',
      'nbody',
    ]);
  });

  it('reverses on a second click and starts ascending on a new header', () => {
    expect(nextSort(BY_NAME, 'name')).toEqual({ by: 'name', descending: true });
    expect(nextSort({ by: 'name', descending: true }, 'x')).toEqual({ by: 'x', descending: false });
  });
});
