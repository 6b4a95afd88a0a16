import { describe, expect, it } from 'vitest';
import { chartSpec, GEOMETRIC_MEAN, groupedBars, ratioTicks, stackedBars, valueDomain } from './chartBars';
import { model, normalizedModel } from './testData';

describe('bars of a comparison chart', () => {
  it('puts a bar per series in each benchmark, in the series’ own slot, leaving gaps for missing values', () => {
    const bars = groupedBars(model(), 'grouped');
    // Four series, two benchmarks, one value missing (fast on Quad Core has no nbody).
    expect(bars).toHaveLength(7);
    const nbody = bars.filter((b) => b.category === 1);
    expect(nbody.map((b) => b.slot)).toEqual([0, 2, 3]);
    expect(nbody.map((b) => b.y)).toEqual([4, 2, 1]);
    expect(bars.every((b) => b.y0 === 0)).toBe(true);
  });

  it('says the exact value, std dev and revision in a bar’s tooltip', () => {
    const [first] = groupedBars(model(), 'grouped');
    expect(first!.tip).toEqual({
      title: 'fast @ main (latest) · Dual Core',
      lines: ['float: 1 seconds ± 0.01', 'revision abcdef1234'],
    });
  });

  it('leads with the geometric mean when normalized, and plots ratios', () => {
    const m = normalizedModel();
    const spec = chartSpec(m, 'grouped');
    expect(spec.categories).toEqual([GEOMETRIC_MEAN, 'float', 'nbody']);
    expect(spec.summaryCategory).toBe(0);
    expect(spec.reference).toBe(1);
    const mean = spec.bars.find((b) => b.category === 0 && b.slot === 0)!;
    expect(mean.y).toBeCloseTo(Math.sqrt(0.5 * 2));
    expect(mean.tip.lines[0]).toBe('Geometric mean: 1.00× of slow @ 1.0');
    const float = spec.bars.find((b) => b.category === 1 && b.slot === 0)!;
    expect(float.tip.lines).toContain('0.50× of slow @ 1.0');
  });

  it('draws relative bars from 1× on a log axis, without the baseline’s own bars', () => {
    const spec = chartSpec(normalizedModel(), 'relative');
    expect(spec.log).toBe(true);
    expect(spec.slots).toBe(2);
    expect(spec.bars.every((b) => b.y0 === 1)).toBe(true);
    expect(spec.bars.every((b) => b.highlight === 'c0')).toBe(true);
  });

  it('stacks a series’ benchmarks into one bar', () => {
    const { categories, bars } = stackedBars(model());
    expect(categories[0]).toBe('fast @ main (latest)\nDual Core');
    const first = bars.filter((b) => b.category === 0);
    expect(first.map((b) => [b.y0, b.y])).toEqual([
      [0, 1],
      [1, 5],
    ]);
    expect(new Set(first.map((b) => b.fill)).size).toBe(2);
  });

  it('shares one scale between panels of ratios, but not of absolute values', () => {
    const n = normalizedModel();
    expect(chartSpec(n, 'grouped', 'float').domain).toEqual(chartSpec(n, 'grouped').domain);
    const m = model();
    expect(chartSpec(m, 'grouped', 'float').domain[1]).toBeLessThan(chartSpec(m, 'grouped', 'nbody').domain[1]);
    expect(chartSpec(m, 'grouped', 'nbody').categories).toEqual(['nbody']);
    expect(chartSpec(m, 'grouped', 'nbody').bars.every((b) => b.category === 0)).toBe(true);
  });

  it('starts a value axis at zero, and a ratio axis around 1×', () => {
    const bar = { category: 0, slot: 0, y0: 0, fill: '', highlight: '', tip: { title: '', lines: [] } };
    const [zero, top] = valueDomain([{ ...bar, y: 10 }], false);
    expect(zero).toBe(0);
    expect(top).toBeCloseTo(10.6);
    expect(valueDomain([], false)).toEqual([0, 1]);
    const [low, high] = valueDomain([{ ...bar, y: 2 }], true);
    expect(low).toBeLessThan(1);
    expect(high).toBeGreaterThan(2);
  });

  it('labels a ratio axis with round ratios around 1×', () => {
    expect(ratioTicks([0.15, 5.6])).toEqual([0.2, 0.5, 1, 2, 5]);
    expect(ratioTicks([0.85, 1.2])).toEqual([1 / 1.1, 1 / 1.05, 1, 1.05, 1.1, 1.2]);
  });
});
