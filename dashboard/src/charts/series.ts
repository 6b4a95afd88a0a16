import type { PointSymbol } from './palette';

/**
 * Pure shaping of timeline series into what Victory draws: x positions (by
 * date or equidistant), lines, error bars, bands and the y range. Nothing here
 * touches the DOM, so every rule is unit-tested.
 */

/** One measured result, as the timeline query returns it. */
export interface ChartPoint {
  revisionId: string;
  commitId: string;
  /** ISO date of the revision: its place on a date axis. */
  date: string;
  /** The revision's place in its branch's history: the API's `orderedAt`, ISO to the microsecond. */
  orderedAt: string;
  tag: string;
  value: number;
  stdDev?: number | null;
  min?: number | null;
  max?: number | null;
  q1?: number | null;
  q3?: number | null;
}

/** One line of a plot: an executable's results on a branch for a benchmark. */
export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
  symbol: PointSymbol;
  points: ChartPoint[];
}

export type XMode = 'date' | 'equidistant';

/**
 * Where points sit along x. By date, x is the revision's time in ms; with
 * equidistant revisions (Codespeed's checkbox), x is the index of the revision
 * among every revision on the plot, in history order (historyOrder), so series
 * of several branches or projects still line up in time.
 */
export interface XAxis {
  mode: XMode;
  position(point: ChartPoint): number;
  domain: [number, number];
  /** For equidistant: the revision dates in x order, to label ticks. */
  dates: number[];
}

const time = (point: ChartPoint) => Date.parse(point.date);

/**
 * Microseconds since 1970 of an ISO time, to the microsecond: the API's
 * `orderedAt` sets rebased commits a microsecond apart, which Date.parse drops.
 */
export function historyTime(iso: string): number {
  const micros = /\.\d{3}(\d{1,3})/.exec(iso)?.[1]?.padEnd(3, '0') ?? '000';
  return Date.parse(iso) * 1000 + Number(micros);
}

/**
 * History order, the order in which the API sends a series' points: the
 * revision's place on its branch (`orderedAt`), then its id. Never the date:
 * rebased commits share one, and their order is the history's, not the ids'.
 * Points are drawn in the order they come; this places the revisions of
 * several series on one axis, and a point that arrives live among the others.
 */
export const historyOrder = (a: Pick<ChartPoint, 'orderedAt' | 'revisionId'>, b: typeof a) =>
  historyTime(a.orderedAt) - historyTime(b.orderedAt) ||
  Number(a.revisionId) - Number(b.revisionId) ||
  a.revisionId.localeCompare(b.revisionId);

export function xAxisFor(series: ChartSeries[], mode: XMode): XAxis {
  const points = series.flatMap((s) => s.points);
  if (mode === 'date') {
    const times = points.map(time);
    const domain = padDomain(times.length ? extent(times) : [0, 1], 0.02, 3_600_000);
    return { mode, position: time, domain, dates: [] };
  }
  const revisions = new Map<string, ChartPoint>();
  for (const point of points) revisions.set(point.revisionId, point);
  const ordered = [...revisions.values()].sort(historyOrder);
  const index = new Map(ordered.map((point, i) => [point.revisionId, i]));
  const last = Math.max(ordered.length - 1, 1);
  return {
    mode,
    position: (point) => index.get(point.revisionId) ?? 0,
    domain: [-0.5, last + 0.5],
    dates: ordered.map(time),
  };
}

/** The smallest and largest of many numbers (Math.min(...values) overflows the stack past ~100,000). */
function extent(values: number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/** Widens [min, max] by a fraction of its span on each side (or by `flat` when min equals max). */
function padDomain([min, max]: [number, number], fraction: number, flat: number): [number, number] {
  const pad = max > min ? (max - min) * fraction : flat;
  return [min - pad, max + pad];
}

/** A point as Victory data: x, y, and what tooltips and clicks need. */
export interface LineDatum {
  x: number;
  y: number;
  point: ChartPoint;
  seriesKey: string;
}

/** The line of a series; on a log scale, values at or below zero cannot be drawn and are left out. */
export function lineData(series: ChartSeries, x: XAxis, log: boolean): LineDatum[] {
  return series.points
    .filter((point) => !log || point.value > 0)
    .map((point) => ({ x: x.position(point), y: point.value, point, seriesKey: series.key }));
}

export interface ErrorDatum {
  x: number;
  y: number;
  /** Victory's order: [above, below]. */
  errorY: [number, number];
}

/**
 * Error bars of ± one standard deviation. On a log scale the lower arm stops
 * short of zero (a bar reaching zero or below has no place on the axis).
 */
export function errorBarData(series: ChartSeries, x: XAxis, log: boolean): ErrorDatum[] {
  return series.points
    .filter((point) => point.stdDev != null && point.stdDev > 0 && (!log || point.value > 0))
    .map((point) => {
      const sd = point.stdDev!;
      const below = log ? Math.min(sd, point.value * 0.99) : sd;
      return { x: x.position(point), y: point.value, errorY: [sd, below] };
    });
}

export type BandKind = 'quartiles' | 'extremes' | 'stdDev';

export interface BandDatum {
  x: number;
  y: number;
  y0: number;
}

/**
 * A band around a series: q1 to q3 or min to max (median benchmarks), or
 * value ± std dev (a mean benchmark with too many points for error bars).
 * Points without both bounds break nothing: they are skipped.
 */
export function bandData(series: ChartSeries, x: XAxis, kind: BandKind, log: boolean): BandDatum[] {
  const bounds = (p: ChartPoint): [number, number] | null => {
    if (kind === 'quartiles') return p.q1 != null && p.q3 != null ? [p.q1, p.q3] : null;
    if (kind === 'extremes') return p.min != null && p.max != null ? [p.min, p.max] : null;
    return p.stdDev != null ? [p.value - p.stdDev, p.value + p.stdDev] : null;
  };
  const data: BandDatum[] = [];
  for (const point of series.points) {
    const b = bounds(point);
    if (!b) continue;
    const low = log ? Math.max(b[0], point.value * 0.01) : b[0];
    if (log && (low <= 0 || b[1] <= 0)) continue;
    data.push({ x: x.position(point), y: b[1], y0: low });
  }
  return data;
}

/** Whether any point of these series has the bounds of a band of this kind. */
export const hasBand = (series: ChartSeries[], kind: 'quartiles' | 'extremes') =>
  series.some((s) =>
    s.points.some((p) => (kind === 'quartiles' ? p.q1 != null && p.q3 != null : p.min != null && p.max != null)),
  );

/**
 * Past this many points in a series, error bars become a ± std dev band:
 * Codespeed's thick overlapping markers at 1,000 results hid the line itself.
 */
export const DENSE_POINTS = 120;
export const isDense = (series: ChartSeries[]) => series.some((s) => s.points.length > DENSE_POINTS);

export interface YExtentOptions {
  log: boolean;
  /** Include the bands and error bars that will be drawn. */
  spread: BandKind | null;
  /** Horizontal lines (baselines) that must stay in view. */
  lines?: number[];
  /** Only points within this x range (a zoomed view fits y to what is shown). */
  xRange?: [number, number] | null;
  x?: XAxis;
}

/**
 * The y range that shows every value, band and baseline with a margin.
 * Unlike Codespeed, the axis does not start at zero: a 2% change on a
 * 400-second benchmark is invisible on a 0–450 axis. On a log scale the
 * margin is a ratio.
 */
export function yExtent(series: ChartSeries[], options: YExtentOptions): [number, number] {
  const values: number[] = [...(options.lines ?? [])];
  for (const s of series) {
    for (const p of s.points) {
      if (options.xRange && options.x) {
        const at = options.x.position(p);
        if (at < options.xRange[0] || at > options.xRange[1]) continue;
      }
      values.push(p.value);
      if (options.spread === 'stdDev' && p.stdDev != null) values.push(p.value - p.stdDev, p.value + p.stdDev);
      if (options.spread === 'quartiles' && p.q1 != null && p.q3 != null) values.push(p.q1, p.q3);
      if (options.spread === 'extremes' && p.min != null && p.max != null) values.push(p.min, p.max);
    }
  }
  const drawable = options.log ? values.filter((v) => v > 0) : values.filter(Number.isFinite);
  if (!drawable.length) return options.log ? [1, 10] : [0, 1];
  const [min, max] = extent(drawable);
  if (options.log) {
    const ratio = max > min ? (max / min) ** 0.05 : 1.1;
    return [min / ratio, max * ratio];
  }
  return padDomain([min, max], 0.06, Math.abs(min) * 0.05 || 1);
}

/**
 * Tick values for a log axis: 1, 2 and 5 times powers of ten, thinned to about
 * `count`. A range narrower than that gives (a log axis over 0.065–0.16 would
 * show only 0.1) takes every digit times a power of ten, then evenly spaced
 * round values: an axis always has at least two labels.
 */
export function logTicks([min, max]: [number, number], count = 6): number[] {
  if (!(min > 0) || !(max > min)) return min > 0 ? [min] : [];
  const within = (mantissas: number[]) => {
    const ticks: number[] = [];
    for (let exp = Math.floor(Math.log10(min)); exp <= Math.ceil(Math.log10(max)); exp++) {
      for (const m of mantissas) {
        const tick = Number((m * 10 ** exp).toPrecision(12));
        if (tick >= min && tick <= max) ticks.push(tick);
      }
    }
    return ticks;
  };
  const ticks = within([1, 2, 5]);
  if (ticks.length >= 3 && ticks.length <= count) return ticks;
  if (ticks.length > count) {
    const powers = ticks.filter((t) => Math.abs(Math.log10(t) % 1) < 1e-9);
    return powers.length >= 2 ? powers : ticks.filter((_, i) => i % Math.ceil(ticks.length / count) === 0);
  }
  const digits = within([1, 1.5, 2, 3, 4, 5, 6, 7, 8, 9]);
  if (digits.length >= 3) return digits.length <= count ? digits : digits.filter((_, i) => i % 2 === 0);
  return evenTicks(min, max, Math.min(count, 5));
}

/** About `count` round values (1, 2 or 5 times a power of ten apart) between min and max. */
function evenTicks(min: number, max: number, count: number): number[] {
  const rough = (max - min) / Math.max(count, 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = Math.ceil(min / step) * step; tick <= max + step * 1e-9; tick += step) {
    ticks.push(Number(tick.toPrecision(12)));
  }
  return ticks.length >= 2 ? ticks : [min, max];
}

/** About `count` evenly spaced whole indices for an equidistant axis of `length` revisions. */
export function equidistantTicks(length: number, count: number): number[] {
  if (length <= 0) return [];
  const step = Math.max(1, Math.ceil(length / Math.max(count, 1)));
  const ticks: number[] = [];
  for (let i = 0; i < length; i += step) ticks.push(i);
  return ticks;
}

/**
 * How many times larger the largest series is than the smallest, by their
 * medians; 1 for a single series. Past 20 or so, a linear axis flattens the
 * small ones onto zero (Codespeed's fastpy-jit line at 0.000).
 */
export function seriesSpread(series: ChartSeries[]): number {
  const medians = series
    .map((s) => s.points.map((p) => p.value).sort((a, b) => a - b))
    .filter((values) => values.length > 0)
    .map((values) => values[Math.floor(values.length / 2)]!);
  if (medians.length < 2 || medians.some((m) => m <= 0)) return 1;
  return Math.max(...medians) / Math.min(...medians);
}
