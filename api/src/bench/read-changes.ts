import { benchmarksById, resultsAt, revisionWindow } from '../analytics/changes.sql.js';
import { parseGraphql, postGraphql } from './http.js';
import { expectCount, type ReadCase, type ReadContext } from './read-case.js';
import { CHANGES } from './read-queries.js';
import { TREND_DEPTH } from './read-targets.js';

/** The Changes view of one revision, executable and environment, trend depth 10: `changes`. */
export function changesCase({ url, db, targets }: ReadContext): ReadCase {
  const variables = {
    revisionId: String(targets.revisionId),
    executableId: String(targets.gridExecutableId),
    environmentId: String(targets.environmentId),
    trendDepth: TREND_DEPTH,
  };
  return {
    id: 'read.changes',
    label: `changes table, 1 revision × ${targets.benchmarks} benchmarks, trend depth ${TREND_DEPTH}`,
    async http() {
      const { status, text } = await postGraphql(url, null, CHANGES, variables);
      const data = parseGraphql<{ changes: { quantities: { rows: unknown[] }[] } | null }>(status, text);
      return {
        count: 1,
        size: text.length,
        check: () => {
          const rows = (data.changes?.quantities ?? []).reduce((sum, q) => sum + q.rows.length, 0);
          expectCount('changes: rows', rows, targets.benchmarks);
        },
      };
    },
    // The statements of computeChanges (api/src/analytics/changes.ts), with the ids it derives between them.
    async sql() {
      const depth = TREND_DEPTH;
      const window = await revisionWindow(db, targets.revisionId, depth + 1);
      const previous = window[1];
      const trend = previous ? window.slice(Math.max(depth - 2, 1), depth + 1) : [];
      const ids = [targets.revisionId, ...(previous ? [previous.id] : []), ...trend.map((r) => r.id)];
      const rows = await resultsAt(db, [...new Set(ids)], targets.gridExecutableId, targets.environmentId);
      const current = [...new Set(rows.filter((r) => r.revisionId === targets.revisionId).map((r) => r.benchmarkId))];
      const benchmarks = current.length ? await benchmarksById(db, current) : [];
      return {
        count: 3,
        size: window.length + rows.length + benchmarks.length,
        check: () => expectCount('changes_benchmarks rows', benchmarks.length, targets.benchmarks),
      };
    },
  };
}
