import { describe, expect, it } from 'vitest';
import {
  bandData,
  equidistantTicks,
  errorBarData,
  hasBand,
  isDense,
  lineData,
  logTicks,
  seriesSpread,
  xAxisFor,
  yExtent,
  type ChartPoint,
  type ChartSeries,
} from './series';

const point = (revisionId: string, date: string, value: number, extra: Partial<ChartPoint> = {}): ChartPoint => ({
  revisionId,
  commitId: `c${revisionId}`,
  date,
  orderedAt: date,
  tag: '',
  value,
  ...extra,
});

const series = (key: string, points: ChartPoint[]): ChartSeries => ({
  key,
  label: key,
  color: '#000000',
  dash: '',
  symbol: 'circle',
  points,
});

const a = series('a', [
  point('1', '2026-08-01T00:00:00Z', 10, { stdDev: 1 }),
  point('3', '2026-08-03T00:00:00Z', 12, { stdDev: 0.5 }),
  point('5', '2026-08-10T00:00:00Z', 11, { stdDev: null }),
]);
// Another branch: its revisions interleave with a's in time.
const b = series('b', [point('2', '2026-08-02T00:00:00Z', 20), point('4', '2026-08-03T00:00:00Z', 21)]);

describe('x positions', () => {
  it('puts points at their revision’s time when by date', () => {
    const x = xAxisFor([a, b], 'date');
    expect(lineData(a, x, false).map((d) => d.x)).toEqual([
      Date.parse('2026-08-01T00:00:00Z'),
      Date.parse('2026-08-03T00:00:00Z'),
      Date.parse('2026-08-10T00:00:00Z'),
    ]);
    // The domain has a margin on both sides, so the first and last points are not on the frame.
    expect(x.domain[0]).toBeLessThan(Date.parse('2026-08-01T00:00:00Z'));
    expect(x.domain[1]).toBeGreaterThan(Date.parse('2026-08-10T00:00:00Z'));
  });

  it('spaces revisions evenly when equidistant, ordering all series’ revisions in history order', () => {
    const x = xAxisFor([a, b], 'equidistant');
    // Revisions 3 and 4 share a place in history: id order decides.
    expect(lineData(a, x, false).map((d) => d.x)).toEqual([0, 2, 4]);
    expect(lineData(b, x, false).map((d) => d.x)).toEqual([1, 3]);
    expect(x.domain).toEqual([-0.5, 4.5]);
    expect(x.dates).toHaveLength(5);
    expect(x.dates[4]).toBe(Date.parse('2026-08-10T00:00:00Z'));
  });

  it('follows history, not dates or ids, for rebased commits that share a date', () => {
    // Uploaded in another order than history's: the API placed 9 before 8, a moment apart.
    const rebased = series('r', [
      point('7', '2026-08-01T00:00:00Z', 1),
      point('9', '2026-08-05T00:00:00Z', 2, { orderedAt: '2026-08-05T00:00:00.000001Z' }),
      point('8', '2026-08-05T00:00:00Z', 3, { orderedAt: '2026-08-05T00:00:00.000002Z' }),
    ]);
    const x = xAxisFor([rebased], 'equidistant');
    expect(lineData(rebased, x, false).map((d) => [d.point.revisionId, d.x])).toEqual([
      ['7', 0],
      ['9', 1],
      ['8', 2],
    ]);
  });

  it('counts a revision measured by several series once', () => {
    const c = series('c', [point('1', '2026-08-01T00:00:00Z', 5)]);
    expect(xAxisFor([a, c], 'equidistant').dates).toHaveLength(3);
  });

  it('gives a single point a domain of its own width', () => {
    const x = xAxisFor([series('one', [point('1', '2026-08-01T00:00:00Z', 1)])], 'date');
    expect(x.domain[1]).toBeGreaterThan(x.domain[0]);
  });
});

describe('lines, error bars and bands', () => {
  it('keeps what tooltips and clicks need with each point', () => {
    const [first] = lineData(a, xAxisFor([a], 'date'), false);
    expect(first).toMatchObject({ y: 10, seriesKey: 'a', point: { revisionId: '1', commitId: 'c1' } });
  });

  it('leaves out values a log scale cannot draw', () => {
    const s = series('z', [point('1', '2026-08-01T00:00:00Z', 0), point('2', '2026-08-02T00:00:00Z', 3)]);
    expect(lineData(s, xAxisFor([s], 'date'), true).map((d) => d.y)).toEqual([3]);
    expect(lineData(s, xAxisFor([s], 'date'), false)).toHaveLength(2);
  });

  it('draws error bars of one standard deviation, only where there is one', () => {
    const bars = errorBarData(a, xAxisFor([a], 'equidistant'), false);
    expect(bars).toEqual([
      { x: 0, y: 10, errorY: [1, 1] },
      { x: 1, y: 12, errorY: [0.5, 0.5] },
    ]);
  });

  it('stops the lower arm of an error bar short of zero on a log scale', () => {
    const s = series('s', [point('1', '2026-08-01T00:00:00Z', 1, { stdDev: 3 })]);
    const [bar] = errorBarData(s, xAxisFor([s], 'date'), true);
    expect(bar!.errorY[0]).toBe(3);
    expect(bar!.errorY[1]).toBeLessThan(1);
    expect(1 - bar!.errorY[1]).toBeGreaterThan(0);
  });

  it('builds quartile and extreme bands for median benchmarks, skipping points without them', () => {
    const m = series('m', [
      point('1', '2026-08-01T00:00:00Z', 100, { q1: 95, q3: 104, min: 90, max: 110 }),
      point('2', '2026-08-02T00:00:00Z', 101, { min: 91, max: 111 }),
    ]);
    const x = xAxisFor([m], 'equidistant');
    expect(bandData(m, x, 'quartiles', false)).toEqual([{ x: 0, y: 104, y0: 95 }]);
    expect(bandData(m, x, 'extremes', false)).toEqual([
      { x: 0, y: 110, y0: 90 },
      { x: 1, y: 111, y0: 91 },
    ]);
    expect(hasBand([m], 'quartiles')).toBe(true);
    expect(hasBand([a], 'quartiles')).toBe(false);
  });

  it('builds a ± std dev band for dense mean series', () => {
    const x = xAxisFor([a], 'equidistant');
    expect(bandData(a, x, 'stdDev', false)).toEqual([
      { x: 0, y: 11, y0: 9 },
      { x: 1, y: 12.5, y0: 11.5 },
    ]);
  });

  it('calls a series dense past 120 points', () => {
    const many = series(
      'many',
      Array.from({ length: 121 }, (_, i) => point(String(i), new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), i)),
    );
    expect(isDense([a, many])).toBe(true);
    expect(isDense([a, b])).toBe(false);
  });
});

describe('the y range', () => {
  it('covers values, bands and baselines with a margin, without forcing zero in', () => {
    const [min, max] = yExtent([a], { log: false, spread: 'stdDev', lines: [13] });
    expect(min).toBeLessThan(9);
    expect(min).toBeGreaterThan(5);
    expect(max).toBeGreaterThan(13);
  });

  it('fits only the points within a zoomed x range', () => {
    const x = xAxisFor([a], 'equidistant');
    const [min, max] = yExtent([a], { log: false, spread: null, xRange: [0.5, 2], x });
    expect(min).toBeGreaterThan(10);
    expect(max).toBeLessThan(12.5);
  });

  it('stays positive on a log scale, with a ratio for margin', () => {
    const [min, max] = yExtent([a, b], { log: true, spread: null });
    expect(min).toBeGreaterThan(0);
    expect(min).toBeLessThan(10);
    expect(max).toBeGreaterThan(21);
  });

  it('has a span even for a single value', () => {
    const one = series('one', [point('1', '2026-08-01T00:00:00Z', 5)]);
    const [min, max] = yExtent([one], { log: false, spread: null });
    expect(max).toBeGreaterThan(min);
  });
});

describe('ticks', () => {
  it('marks a log axis at 1, 2 and 5 times powers of ten', () => {
    expect(logTicks([0.8, 60])).toEqual([1, 2, 5, 10, 20, 50]);
    // Too many for the room: powers of ten only.
    expect(logTicks([0.001, 1000], 6)).toEqual([0.001, 0.01, 0.1, 1, 10, 100, 1000]);
  });

  it('labels a narrow log axis with digits, then round steps, never one lone tick', () => {
    expect(logTicks([0.065, 0.16], 8)).toEqual([0.07, 0.08, 0.09, 0.1, 0.15]);
    expect(logTicks([0.101, 0.109], 8)).toEqual([0.102, 0.104, 0.106, 0.108]);
  });

  it('spaces equidistant ticks evenly over the revisions', () => {
    expect(equidistantTicks(10, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(equidistantTicks(3, 10)).toEqual([0, 1, 2]);
    expect(equidistantTicks(0, 5)).toEqual([]);
  });
});

describe('the spread between series', () => {
  it('compares the series’ medians', () => {
    const small = series('s', [point('1', '2026-08-01T00:00:00Z', 0.8), point('2', '2026-08-02T00:00:00Z', 0.9)]);
    const big = series('b', [point('1', '2026-08-01T00:00:00Z', 80), point('2', '2026-08-02T00:00:00Z', 90)]);
    expect(seriesSpread([small, big])).toBeCloseTo(100);
    expect(seriesSpread([big])).toBe(1);
  });
});
