import type { Kysely } from 'kysely';
import { changesTable, type QuantityTable } from './changes-table.js';
import { benchmarksById, resultsAt, revisionWindow, type WindowRevision } from './changes.sql.js';

export interface Changes {
  /** The revision, then older ones of its branch, newest first. */
  window: WindowRevision[];
  tables: QuantityTable[];
  /** How many results the revision and the previous one have for this executable and environment. */
  resultCount: number;
  previousResultCount: number;
}

/**
 * The changes of a revision for one executable and environment, with a trend
 * over `depth` revisions: three statements whatever the number of benchmarks.
 */
export async function computeChanges(
  db: Kysely<unknown>,
  target: { revisionId: number; executableId: number; environmentId: number },
  depth: number,
): Promise<Changes> {
  const window = await revisionWindow(db, target.revisionId, depth + 1);
  const previous = window[1];
  // Codespeed's trend window: up to three revisions, depth-2 .. depth places back.
  const trendRevisions = previous ? window.slice(Math.max(depth - 2, 1), depth + 1) : [];
  const ids = [target.revisionId, ...(previous ? [previous.id] : []), ...trendRevisions.map((r) => r.id)];
  const rows = await resultsAt(db, [...new Set(ids)], target.executableId, target.environmentId);

  const current = new Map(rows.filter((r) => r.revisionId === target.revisionId).map((r) => [r.benchmarkId, r]));
  const previousValues = previous
    ? new Map(rows.filter((r) => r.revisionId === previous.id).map((r) => [r.benchmarkId, r.value]))
    : null;
  const trendIds = new Set(trendRevisions.map((r) => r.id));
  const trendWindow = new Map<number, number[]>();
  for (const row of rows) {
    if (!trendIds.has(row.revisionId)) continue;
    trendWindow.set(row.benchmarkId, [...(trendWindow.get(row.benchmarkId) ?? []), row.value]);
  }
  const benchmarks = current.size ? await benchmarksById(db, [...current.keys()]) : [];
  return {
    window,
    tables: changesTable({ benchmarks, current, previous: previousValues, trendWindow }),
    resultCount: current.size,
    previousResultCount: previousValues?.size ?? 0,
  };
}
