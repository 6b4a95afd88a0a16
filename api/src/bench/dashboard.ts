import type { PageLoadFigure } from './dashboard-load.js';
import type { BundleFigure, ChunkSet } from './dashboard-size.js';

/** The dashboard's figures (issue 6): no reference, absolute, read with care (docs/benchmarks.md). */
export interface DashboardFigures {
  bundle: BundleFigure;
  /** Null when there is no browser here; `pageLoadsSkipped` says why. */
  pageLoads: PageLoadFigure[] | null;
  pageLoadsSkipped: string | null;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Lines for the printed report. */
export function formatDashboard(dashboard: DashboardFigures): string[] {
  const { bundle } = dashboard;
  const first = bundle.firstPage;
  const biggest = (set: ChunkSet, count: number) =>
    set.chunks
      .slice(0, count)
      .map((c) => `${c.file.replace(/^assets\//, '')} ${kb(c.gzipBytes)}`)
      .join(', ');
  const sizeRows = [
    ['first page (/)', String(first.chunks.length), kb(first.bytes), kb(first.gzipBytes), biggest(first, 3)],
    ...bundle.views.map(({ view, extra }) => [
      `+ ${view}`,
      String(extra.chunks.length),
      kb(extra.bytes),
      kb(extra.gzipBytes),
      biggest(extra, 3),
    ]),
  ];
  const lines = [
    ...table(['dashboard JavaScript', 'chunks', 'KB', 'gzip KB', 'biggest chunks, gzip KB'], sizeRows, [0, 4]),
    '',
    `first page: the module script of index.html and its static imports (Vite's manifest); + view: what opening it adds (its lazy chunks)`,
    `goal: first page at most ${kb(bundle.goalGzipBytes)} KB gzipped (zlib default level): ` +
      `${first.gzipBytes <= bundle.goalGzipBytes ? 'met' : 'missed'} (${kb(first.gzipBytes)} KB)`,
    '',
  ];
  if (!dashboard.pageLoads)
    return [...lines, `page loads: not measured: ${dashboard.pageLoadsSkipped ?? 'unknown reason'}`];
  const loadRows = dashboard.pageLoads.map((f) => [
    f.label,
    String(f.navigations),
    f.ms.p50.toFixed(0),
    f.ms.p95.toFixed(0),
    f.ms.min.toFixed(0),
    f.ms.max.toFixed(0),
  ]);
  return [
    ...lines,
    ...table(['page load in headless Chromium', 'navigations', 'p50 ms', 'p95 ms', 'min ms', 'max ms'], loadRows),
    '',
    'from navigation start to the animation frame after the view is in the DOM; each navigation in a new browser context (cold cache)',
  ];
}

/** Columns padded to their widest cell: text left (the columns in `textColumns`), numbers right. */
function table(head: string[], rows: string[][], textColumns: number[] = [0]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (textColumns.includes(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
