import type { BenchmarkRow, ValueRow } from './comparison.sql.js';

/**
 * A value relative to the baseline's value of the same benchmark and
 * environment; null when there is nothing to divide by (no baseline value, or
 * zero, which would make an infinite bar).
 */
export function normalize(value: number, baseline: number | undefined): number | null {
  if (baseline === undefined || baseline === 0 || !Number.isFinite(baseline)) return null;
  return value / baseline;
}

/**
 * The geometric mean of ratios: the one average for which "twice as fast on
 * one benchmark, half as fast on another" is "as fast". Null when there is
 * nothing to average or a ratio is negative (its logarithm does not exist);
 * a zero ratio makes the mean zero, its limit.
 */
export function geometricMean(ratios: number[]): number | null {
  if (!ratios.length || ratios.some((r) => r < 0 || !Number.isFinite(r))) return null;
  if (ratios.some((r) => r === 0)) return 0;
  // Through logarithms: a product of hundreds of ratios can overflow or underflow.
  return Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
}

export interface ComparisonPoint {
  benchmarkId: number;
  value: number;
  stdDev: number | null;
  /** value / the baseline's value; null without a baseline or a baseline value. */
  normalized: number | null;
}

/** The values of one column on one environment, within one quantity. */
export interface ComparisonSeries {
  /** Position of the column among those chosen. */
  column: number;
  environmentId: number;
  /** The revision read: a LATEST column's may differ between environments. */
  revisionId: number;
  /** In the quantity's benchmark order; only benchmarks with a value. */
  points: ComparisonPoint[];
  /** Of the normalized values; null without a baseline or any normalized value. */
  geometricMean: number | null;
}

export interface ComparisonQuantity {
  unitsTitle: string;
  /** From the first benchmark by name: Codespeed also took one benchmark's units for the whole chart. */
  units: string;
  lessIsBetter: boolean;
  /** Benchmarks with at least one value among the chosen columns, by name. */
  benchmarkIds: number[];
  series: ComparisonSeries[];
}

export interface AssembleInput {
  benchmarks: BenchmarkRow[];
  rows: ValueRow[];
  /** Columns 0 .. columnCount-1 are shown; a baseline read only for normalizing comes after them. */
  columnCount: number;
  baselineColumn: number | null;
  /** The order of series within a column. */
  environmentIds: number[];
}

/** Groups the values into quantities (units titles) and normalizes them to the baseline. */
export function assembleQuantities({
  benchmarks,
  rows,
  columnCount,
  baselineColumn,
  environmentIds,
}: AssembleInput): ComparisonQuantity[] {
  const baseline = new Map<string, number>();
  if (baselineColumn !== null) {
    for (const r of rows) if (r.column === baselineColumn) baseline.set(`${r.environmentId}:${r.benchmarkId}`, r.value);
  }
  const shown = rows.filter((r) => r.column < columnCount);
  const measured = new Set(shown.map((r) => r.benchmarkId));
  const byTitle = new Map<string, BenchmarkRow[]>();
  for (const b of [...benchmarks].sort((x, y) => compareText(x.name, y.name))) {
    if (!measured.has(b.id)) continue;
    byTitle.set(b.unitsTitle, [...(byTitle.get(b.unitsTitle) ?? []), b]);
  }
  const envOrder = new Map(environmentIds.map((id, i) => [id, i]));
  const quantities: ComparisonQuantity[] = [];
  for (const title of [...byTitle.keys()].sort(compareText)) {
    const members = byTitle.get(title)!;
    const position = new Map(members.map((b, i) => [b.id, i]));
    const series = new Map<string, ComparisonSeries>();
    for (const r of shown) {
      if (!position.has(r.benchmarkId)) continue;
      const id = `${r.column}:${r.environmentId}`;
      let s = series.get(id);
      if (!s) {
        s = {
          column: r.column,
          environmentId: r.environmentId,
          revisionId: r.revisionId,
          points: [],
          geometricMean: null,
        };
        series.set(id, s);
      }
      const normalized = normalize(r.value, baseline.get(`${r.environmentId}:${r.benchmarkId}`));
      s.points.push({ benchmarkId: r.benchmarkId, value: r.value, stdDev: r.stdDev, normalized });
    }
    for (const s of series.values()) {
      s.points.sort((a, b) => position.get(a.benchmarkId)! - position.get(b.benchmarkId)!);
      if (baselineColumn !== null) {
        s.geometricMean = geometricMean(s.points.flatMap((p) => (p.normalized === null ? [] : [p.normalized])));
      }
    }
    const first = members[0]!;
    quantities.push({
      unitsTitle: title,
      units: first.units,
      lessIsBetter: first.lessIsBetter,
      benchmarkIds: members.map((b) => b.id),
      series: [...series.values()].sort(
        (a, b) =>
          a.column - b.column ||
          (envOrder.get(a.environmentId) ?? Infinity) - (envOrder.get(b.environmentId) ?? Infinity) ||
          a.environmentId - b.environmentId,
      ),
    });
  }
  return quantities;
}

/** Code-point order, the same on every machine (localeCompare is not). */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
