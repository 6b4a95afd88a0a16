/**
 * The Changes computation of Codespeed (docs/codespeed-compat.md, "Reports"), as a
 * pure function over plain rows: the changes table of a revision against the
 * previous one, and the trend against the average of an older window.
 */

export interface BenchmarkInfo {
  id: number;
  name: string;
  description: string;
  unitsTitle: string;
  units: string;
  lessIsBetter: boolean;
}

export interface Measurement {
  value: number;
  stdDev: number | null;
  min: number | null;
  max: number | null;
}

export interface ChangesInput {
  /** Every benchmark with a result at the revision (others are not rows). */
  benchmarks: BenchmarkInfo[];
  /** Results at the revision, by benchmark id. */
  current: Map<number, Measurement>;
  /** Results at the previous revision of the branch, by benchmark id; null when there is no previous revision. */
  previous: Map<number, number> | null;
  /** Results of the trend window (up to three older revisions), by benchmark id. */
  trendWindow: Map<number, number[]>;
}

export interface ChangesRow {
  benchmark: BenchmarkInfo;
  value: number;
  stdDev: number | null;
  min: number | null;
  max: number | null;
  /** Percent change against the previous revision; null when there is none. */
  change: number | null;
  /** Percent change against the average of the trend window; null when there is none. */
  trend: number | null;
}

export interface QuantityTable {
  unitsTitle: string;
  units: string;
  lessIsBetter: boolean;
  hasStdDev: boolean;
  hasMin: boolean;
  hasMax: boolean;
  /** Decimal places that show the smallest value with two significant digits (Codespeed's "precission"). */
  precision: number;
  averageChange: number | null;
  averageTrend: number | null;
  rows: ChangesRow[];
}

export function changesTable(input: ChangesInput): QuantityTable[] {
  const byQuantity = new Map<string, BenchmarkInfo[]>();
  for (const benchmark of input.benchmarks) {
    if (!input.current.has(benchmark.id)) continue;
    const list = byQuantity.get(benchmark.unitsTitle) ?? [];
    list.push(benchmark);
    byQuantity.set(benchmark.unitsTitle, list);
  }
  const tables: QuantityTable[] = [];
  for (const [unitsTitle, benchmarks] of [...byQuantity.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    benchmarks.sort((a, b) => a.name.localeCompare(b.name));
    const changeRatios: number[] = [];
    const trendRatios: number[] = [];
    let smallest = 1000;
    const rows = benchmarks.map((benchmark): ChangesRow => {
      const current = input.current.get(benchmark.id)!;
      const previous = input.previous?.get(benchmark.id);
      let change: number | null = null;
      if (previous !== undefined) {
        const ratio = ratioOf(current.value, previous);
        change = percent(ratio);
        changeRatios.push(ratio);
      }
      let trend: number | null = null;
      const window = input.trendWindow.get(benchmark.id) ?? [];
      const average = window.length ? window.reduce((sum, v) => sum + v, 0) / window.length : 0;
      // Codespeed computes no trend against an average of zero.
      if (average !== 0) {
        trend = percent(current.value / average);
        trendRatios.push(current.value / average);
      }
      if (current.value !== 0 && Math.abs(current.value) < smallest) smallest = Math.abs(current.value);
      return { benchmark, ...current, change, trend };
    });
    let precision = 2;
    while (smallest < 1 && precision < 12) {
      smallest *= 10;
      precision += 1;
    }
    tables.push({
      unitsTitle,
      units: benchmarks[0]!.units,
      // A quantity mixing directions is a configuration mistake; the majority decides its colour.
      lessIsBetter: benchmarks.filter((b) => b.lessIsBetter).length * 2 >= benchmarks.length,
      hasStdDev: rows.some((r) => r.stdDev !== null),
      hasMin: rows.some((r) => r.min !== null),
      hasMax: rows.some((r) => r.max !== null),
      precision,
      averageChange: averagePercent(changeRatios),
      averageTrend: averagePercent(trendRatios),
      rows,
    });
  }
  return tables;
}

/** v / previous, with Codespeed's rules for a zero previous: 0/0 is no change, n/0 is infinite. */
function ratioOf(value: number, previous: number): number {
  if (previous !== 0) return value / previous;
  if (value === 0) return 1;
  return value > 0 ? Infinity : -Infinity;
}

/** (arithmetic mean of the ratios − 1) × 100, as Codespeed averages a quantity. */
function averagePercent(ratios: number[]): number | null {
  if (ratios.length === 0) return null;
  return percent(ratios.reduce((sum, r) => sum + r, 0) / ratios.length);
}

/**
 * A ratio as a percent change, rounded to nine decimals so that 103 against 100
 * is exactly 3 % (not 3.0000000000000027 %) and a threshold of 3 % means what it says.
 */
function percent(ratio: number): number {
  if (!Number.isFinite(ratio)) return ratio;
  return Math.round((ratio - 1) * 100 * 1e9) / 1e9;
}
