import type { Kysely } from 'kysely';
import {
  gridPoints,
  olderPoints,
  seriesKeys,
  timelinePoints,
  type GridRow,
  type Scope,
  type ShortSeries,
  type WindowRow,
} from '../analytics/timeline.sql.js';
import { parseGraphql, postGraphql } from './http.js';
import { expectCount, type ReadCase, type ReadContext } from './read-case.js';
import { TIMELINE, TIMELINE_GRID } from './read-queries.js';
import { GRID_POINTS, TIMELINE_POINTS } from './read-targets.js';

/** The Timeline's two figures: one benchmark over a long history, and the grid of every benchmark. */

interface TimelineData {
  benchmark: { id: string };
  series: { points: unknown[] }[];
}

/** All executables, one environment, the last 1,000 revisions of one benchmark: `timeline`. */
export function timelineCase({ url, db, targets }: ReadContext): ReadCase {
  const points = Math.min(TIMELINE_POINTS, targets.mainRevisions);
  const input = {
    environmentId: String(targets.environmentId),
    executableIds: targets.executableIds.map(String),
    benchmarkIds: [String(targets.benchmarkId)],
    limit: TIMELINE_POINTS,
  };
  return {
    id: 'read.timeline',
    label: `timeline, 1 benchmark × ${targets.executableIds.length} executables × ${points} revisions`,
    async http() {
      const { status, text } = await postGraphql(url, null, TIMELINE, { input });
      const data = parseGraphql<{ timeline: { benchmarks: TimelineData[] } }>(status, text);
      return {
        count: 1,
        size: text.length,
        check: () => checkSeries('timeline', data.timeline.benchmarks, 1, targets.executableIds.length, points),
      };
    },
    // The statements of timeline() (timeline.service.ts) and timelineSeries() (analytics/timeline.ts).
    async sql() {
      const series = await seriesKeys(db, targets.executableIds, null);
      const scope: Scope = { environmentId: targets.environmentId, series, limit: TIMELINE_POINTS, baseline: null };
      const { rows, statements } = await snapshot(db, async (trx) => {
        const window = await timelinePoints(trx, [targets.benchmarkId], scope);
        const older = await olderPointsIfShort(trx, scope, window);
        return { rows: [...window, ...older.rows], statements: 1 + older.statements };
      });
      return {
        count: 1 + statements + 2,
        size: rows.length,
        check: () => expectCount('timeline_series rows', rows.length, targets.executableIds.length * points),
      };
    },
  };
}

/** The API's largest grid page (timeline.service.ts): pages of every benchmark at once when they fit. */
const MAX_GRID_PAGE = 500;

/** The last 15 points of every benchmark of one executable, page after page: `timelineGrid`. */
export function gridCase({ url, db, targets }: ReadContext): ReadCase {
  const points = Math.min(GRID_POINTS, targets.mainRevisions);
  const first = Math.min(targets.benchmarks, MAX_GRID_PAGE);
  const input = {
    environmentId: String(targets.environmentId),
    executableIds: [String(targets.gridExecutableId)],
    limit: GRID_POINTS,
    first,
  };
  return {
    id: 'read.timeline_grid',
    label: `timeline grid, ${targets.benchmarks} benchmarks × ${points} revisions, pages of ${first}`,
    async http() {
      const nodes: TimelineData[] = [];
      let requests = 0;
      let size = 0;
      let after: string | null = null;
      do {
        const { status, text } = await postGraphql(url, null, TIMELINE_GRID, { input: { ...input, after } });
        requests += 1;
        size += text.length;
        const page = parseGraphql<{
          timelineGrid: { nodes: TimelineData[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        }>(status, text).timelineGrid;
        nodes.push(...page.nodes);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after !== null);
      return { count: requests, size, check: () => checkSeries('grid', nodes, targets.benchmarks, 1, points) };
    },
    // The statements of timelineGrid() (timeline.service.ts) and gridSeries() (analytics/timeline.ts), page by page.
    async sql() {
      const rows: GridRow[] = [];
      let statements = 0;
      let after: string | null = null;
      do {
        const series = await seriesKeys(db, [targets.gridExecutableId], null);
        const scope: Scope = { environmentId: targets.environmentId, series, limit: GRID_POINTS, baseline: null };
        const page = await snapshot(db, async (trx) => {
          const window = await gridPoints(trx, scope, first, after);
          const older = await olderPointsIfShort(trx, scope, window);
          // Older points (none in the generated dataset) would complete series of the page; counted, not kept.
          return { rows: window, statements: 1 + older.statements };
        });
        statements += 1 + page.statements + 2;
        rows.push(...page.rows);
        after = page.rows[0]?.has_next ? page.rows.at(-1)!.name : null;
      } while (after !== null);
      return {
        count: statements,
        size: rows.length,
        check: () => {
          expectCount('timeline_grid benchmarks', new Set(rows.map((r) => r.benchmark_id)).size, targets.benchmarks);
          expectCount('timeline_grid rows', rows.length, targets.benchmarks * points);
        },
      };
    },
  };
}

/**
 * A read-only, repeatable-read transaction, as analytics/timeline.ts runs a
 * request's statements: BEGIN and COMMIT count as two statements more.
 */
function snapshot<T>(db: Kysely<unknown>, run: (trx: Kysely<unknown>) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(run);
}

/**
 * Step 2 of a timeline (timeline_series_older), for the series step 1 left
 * short as analytics/timeline.ts decides it: fewer points than the limit in a
 * full window. None in the generated dataset, whose series have no gaps, so
 * the statement does not run there, as in the server.
 */
async function olderPointsIfShort(db: Kysely<unknown>, scope: Scope, rows: WindowRow[]) {
  const series = new Map<string, ShortSeries & { points: number; full: boolean }>();
  for (const row of rows) {
    const key = `${row.benchmark_id}:${row.executable_id}:${row.branch_id}`;
    let s = series.get(key);
    if (!s) {
      s = {
        benchmarkId: row.benchmark_id,
        executableId: row.executable_id,
        branchId: row.branch_id,
        windowStart: row.window_start ?? 0,
        missing: 0,
        points: 0,
        full: row.window_size >= scope.limit && row.window_start !== null,
      };
      series.set(key, s);
    }
    if (row.revision_id !== null && row.value !== null) s.points += 1;
  }
  const short = [...series.values()]
    .filter((s) => s.full && s.points < scope.limit)
    .map(({ benchmarkId, executableId, branchId, windowStart, points }) => ({
      benchmarkId,
      executableId,
      branchId,
      windowStart,
      missing: scope.limit - points,
    }));
  if (!short.length) return { rows: [], statements: 0 };
  return { rows: await olderPoints(db, scope.environmentId, short), statements: 1 };
}

function checkSeries(what: string, timelines: TimelineData[], benchmarks: number, series: number, points: number) {
  expectCount(`${what}: benchmarks`, timelines.length, benchmarks);
  for (const timeline of timelines) {
    expectCount(`${what}: series of benchmark ${timeline.benchmark.id}`, timeline.series.length, series);
    for (const s of timeline.series) expectCount(`${what}: points of a series`, s.points.length, points);
  }
}
