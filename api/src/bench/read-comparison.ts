import { comparisonBenchmarks, comparisonValues, offeredColumns } from '../analytics/comparison.sql.js';
import { parseGraphql, postGraphql } from './http.js';
import { expectCount, type ReadCase, type ReadContext } from './read-case.js';
import { COMPARISON, COMPARISON_COLUMNS } from './read-queries.js';

/**
 * The comparison page: the columns offered, then the latest revision of every
 * executable on the default branch, all environments, all benchmarks,
 * normalized to the first column: `comparisonColumns`, then `comparison`.
 */

interface OfferedColumn {
  key: string;
  kind: 'LATEST' | 'TAG';
  branch: { name: string };
}

export function comparisonCase({ url, db, targets, settings }: ReadContext): ReadCase {
  const executables = targets.executableIds.length;
  const values = executables * targets.environments * targets.benchmarks;
  return {
    id: 'read.comparison',
    label: `comparison, ${executables} columns × ${targets.environments} environments × ${targets.benchmarks} benchmarks, normalized`,
    async http() {
      const offered = await postGraphql(url, null, COMPARISON_COLUMNS, {});
      const columns = parseGraphql<{ comparisonColumns: OfferedColumn[] }>(offered.status, offered.text);
      const keys = columns.comparisonColumns
        .filter((c) => c.kind === 'LATEST' && c.branch.name === targets.defaultBranch)
        .map((c) => c.key);
      const answer = await postGraphql(url, null, COMPARISON, {
        input: { columnKeys: keys, baselineColumnKey: keys[0] ?? null },
      });
      const data = parseGraphql<{
        comparison: { quantities: { series: { points: { normalized: number | null }[] }[] }[] };
      }>(answer.status, answer.text);
      return {
        count: 2,
        size: offered.text.length + answer.text.length,
        check: () => {
          expectCount('comparison: columns', keys.length, executables);
          const points = data.comparison.quantities.flatMap((q) => q.series.flatMap((s) => s.points));
          expectCount('comparison: values', points.length, values);
          expectCount('comparison: normalized values', points.filter((p) => p.normalized !== null).length, values);
        },
      };
    },
    // The statements of comparisonColumns, then of compare() (comparison.service.ts) for these keys and baseline.
    async sql() {
      const tags = settings.comparisonCommitTags;
      const offered = await offeredColumns(db, { projectId: null, executableIds: null, tags });
      const latest = offered.filter((c) => c.kind === 'LATEST' && c.branchName === targets.defaultBranch);
      const executableIds = [...new Set(latest.map((c) => c.executableId))];
      const again = await offeredColumns(db, { projectId: null, executableIds, tags });
      const columns = latest.map((c) => ({ executableId: c.executableId, branchId: c.branchId, revisionId: null }));
      const rows = await comparisonValues(db, columns, null, null);
      const benchmarks = await comparisonBenchmarks(db, [...new Set(rows.map((r) => r.benchmarkId))]);
      return {
        count: 4,
        size: offered.length + again.length + rows.length + benchmarks.length,
        check: () => {
          expectCount('comparison_columns: latest columns', latest.length, executables);
          expectCount('comparison_values rows', rows.length, values);
          expectCount('comparison_benchmarks rows', benchmarks.length, targets.benchmarks);
        },
      };
    },
  };
}
