import type { QuantityTable } from '../analytics/changes-table.js';
import type { LatestReportRow } from '../analytics/latest-reports.sql.js';

/** Everything from the database is text: escaped, so a commit message cannot inject markup into a reader. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Stored tables keep ±Infinity as text (JSON has no Infinity). */
function percent(value: number | string | null): string {
  if (value === null) return '-';
  const n = Number(value);
  if (!Number.isFinite(n)) return n > 0 ? '+∞%' : '-∞%';
  return `${n >= 0 ? '+' : ''}${n.toFixed(1)}%`;
}

function table(quantity: QuantityTable): string {
  const rows = quantity.rows
    .map(
      (row) =>
        `<tr><td>${escapeHtml(row.benchmark.name)}</td><td>${row.value.toFixed(quantity.precision)}</td>` +
        `<td>${percent(row.change)}</td><td>${percent(row.trend)}</td></tr>`,
    )
    .join('');
  return (
    `<h3>${escapeHtml(quantity.unitsTitle)} (${escapeHtml(quantity.units)}, ${quantity.lessIsBetter ? 'less' : 'more'} is better)</h3>` +
    `<table><thead><tr><th>Benchmark</th><th>Result</th><th>Change</th><th>Trend</th></tr></thead><tbody>${rows}</tbody>` +
    `<tfoot><tr><td>Average</td><td></td><td>${percent(quantity.averageChange)}</td><td>${percent(quantity.averageTrend)}</td></tr></tfoot></table>`
  );
}

/** An item's description: the commit, then the changes tables. */
export function reportDescription(report: LatestReportRow): string {
  const commit =
    `<p>${escapeHtml(report.project)} ${escapeHtml(report.commitId)} · ${escapeHtml(report.executable)} on ` +
    `${escapeHtml(report.environment)}${report.author ? ` · ${escapeHtml(report.author)}` : ''}</p>` +
    (report.message ? `<p>${escapeHtml(report.message)}</p>` : '');
  return commit + (report.table ?? []).map(table).join('');
}
