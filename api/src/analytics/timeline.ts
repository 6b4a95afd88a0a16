import type { Kysely } from 'kysely';
import {
  gridPoints,
  olderPoints,
  timelinePoints,
  type PointRow,
  type Scope,
  type ShortSeries,
  type WindowRow,
} from './timeline.sql.js';

export interface Point {
  revisionId: number;
  commitId: string;
  date: Date;
  /** The revision's place in its branch's history, ISO to the microsecond (see TimelinePoint.orderedAt). */
  orderedAt: string;
  tag: string;
  value: number;
  stdDev: number | null;
  min: number | null;
  max: number | null;
  q1: number | null;
  q3: number | null;
}

export interface Series {
  executableId: number;
  branchId: number;
  /** Oldest first, in revision order on the branch. */
  points: Point[];
}

export interface BenchmarkSeries {
  benchmarkId: number;
  /** The baseline executable's value at the baseline revision; null without one. */
  baselineValue: number | null;
  /** Only series that have points, as Codespeed drew them. */
  series: Series[];
}

/**
 * The newest `scope.limit` points of every series of the given benchmarks,
 * in the order asked: two statements whatever the number of series, the
 * second only when some series has gaps (see timeline.sql.ts).
 */
export function timelineSeries(db: Kysely<unknown>, benchmarkIds: number[], scope: Scope) {
  return snapshot(db, async (trx) =>
    complete(trx, scope, benchmarkIds, await timelinePoints(trx, benchmarkIds, scope)),
  );
}

/** A page of the grid: its benchmarks (those without points left out), the last name looked at, and whether more follow. */
export function gridSeries(db: Kysely<unknown>, scope: Scope, first: number, after: string | null) {
  return snapshot(db, async (trx) => {
    const rows = await gridPoints(trx, scope, first, after);
    const names = new Map(rows.map((row) => [row.benchmark_id, row.name]));
    const benchmarks = await complete(trx, scope, [...names.keys()], rows);
    return {
      benchmarks: benchmarks.filter((b) => b.series.length > 0),
      lastName: [...names.values()].at(-1) ?? null,
      hasNextPage: rows[0]?.has_next ?? false,
    };
  });
}

/**
 * Runs a request's statements in one read-only transaction, so that both
 * steps see the same results. (JIT compilation, which cost more than these
 * statements run, is off for all our sessions: see db/orm.ts.)
 */
function snapshot<T>(db: Kysely<unknown>, run: (trx: Kysely<unknown>) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(run);
}

interface Collected extends Series {
  window: { start: number | null; size: number };
}

/**
 * Groups step 1's rows (ordered by benchmark, series, revision) into series,
 * asks step 2 for the series left short, and puts their older points first.
 */
async function complete(db: Kysely<unknown>, scope: Scope, benchmarkIds: number[], rows: WindowRow[]) {
  const byBenchmark = new Map(
    benchmarkIds.map((id) => [id, { baselineValue: null as number | null, series: [] as Collected[] }]),
  );
  const byKey = new Map<string, Collected>();
  for (const row of rows) {
    const entry = byBenchmark.get(row.benchmark_id);
    if (!entry) continue;
    entry.baselineValue = row.baseline_value;
    const key = seriesKey(row.benchmark_id, row.executable_id, row.branch_id);
    let series = byKey.get(key);
    if (!series) {
      series = {
        executableId: row.executable_id,
        branchId: row.branch_id,
        points: [],
        window: { start: row.window_start, size: row.window_size },
      };
      byKey.set(key, series);
      entry.series.push(series);
    }
    const point = toPoint(row);
    if (point) series.points.push(point);
  }

  // A series short of points whose window filled up may have older results.
  const short: ShortSeries[] = [];
  for (const [benchmarkId, entry] of byBenchmark) {
    for (const s of entry.series) {
      if (s.points.length >= scope.limit || s.window.size < scope.limit || s.window.start === null) continue;
      const missing = scope.limit - s.points.length;
      short.push({
        benchmarkId,
        executableId: s.executableId,
        branchId: s.branchId,
        windowStart: s.window.start,
        missing,
      });
    }
  }
  const older = new Map<string, Point[]>();
  for (const row of await olderPoints(db, scope.environmentId, short)) {
    const key = seriesKey(row.benchmark_id, row.executable_id, row.branch_id);
    const point = toPoint(row);
    if (point) older.set(key, [...(older.get(key) ?? []), point]);
  }

  return [...byBenchmark].map(([benchmarkId, entry]): BenchmarkSeries => ({
    benchmarkId,
    baselineValue: entry.baselineValue,
    series: entry.series
      .map(({ executableId, branchId, points }) => ({
        executableId,
        branchId,
        points: [...(older.get(seriesKey(benchmarkId, executableId, branchId)) ?? []), ...points],
      }))
      .filter((s) => s.points.length > 0),
  }));
}

const seriesKey = (benchmarkId: number, executableId: number, branchId: number) =>
  `${benchmarkId}:${executableId}:${branchId}`;

function toPoint(row: PointRow): Point | null {
  if (row.revision_id === null || row.value === null) return null;
  return {
    revisionId: row.revision_id,
    commitId: row.commit_id ?? '',
    // node-postgres parses timestamptz into a Date; other drivers may hand over its text.
    date: row.date instanceof Date ? row.date : new Date(row.date ?? 0),
    orderedAt: row.ordered_at ?? '',
    tag: row.tag ?? '',
    value: row.value,
    stdDev: row.std_dev,
    min: row.min,
    max: row.max,
    q1: row.q1,
    q3: row.q3,
  };
}
