import fs from 'node:fs';
import path from 'node:path';
import type { IngestFigure } from './ingest.js';
import { formatDashboard, type DashboardFigures } from './dashboard.js';
import type { LiveMeasurement } from './live.js';
import { formatLive } from './live-report.js';
import type { DatasetLoad } from './load.js';
import type { GitState, Machine } from './machine.js';
import { WARM_UP_ROUNDS, type ReadFigure } from './read-measure.js';
import type { CopyReference } from './reference.js';
import { formatVcs, type VcsFigures } from './vcs.js';

/** Everything one run measured: bench/results/latest.json. Ratios are what compare across runs. */
export interface BenchReport {
  /**
   * 2: the whole dataset is loaded after the ingest figures, and the read figures are measured on it.
   * 3: the live latencies (`live`), the dashboard's size and page loads (`dashboard`) and version control (`vcs`) too.
   */
  schemaVersion: 3;
  date: string;
  durationSeconds: number;
  git: GitState;
  machine: Machine;
  /**
   * os.loadavg() (1, 5, 15 minutes) when the bench started and ended: above
   * the number of cpus, other programs competed for the machine and every
   * absolute number is low (the ratios suffer less).
   */
  loadAverage: { start: number[]; end: number[] };
  scale: number;
  seed: number;
  dataset: {
    results: number;
    resultsPerRevision: number;
    revisions: { main: number; feature: number };
    benchmarks: number;
    executables: number;
    environments: number;
    /** Rows in the result table when the read figures ran (all of `results`, checked). */
    storedResults: number;
    /** How the rows the ingest figures did not send were put in the database. */
    load: DatasetLoad;
  };
  /** How the server ran (settings that change the numbers). */
  server: Record<string, string>;
  reference: CopyReference;
  figures: (IngestFigure & { ratioToReference: number })[];
  /** Each beside the SQL its resolver runs, timed in this process in the same run. */
  reads: ReadFigure[];
  /** Reply → event at 1 and 500 watchers, same and other process, beside NOTIFY → LISTEN. */
  live: LiveMeasurement | null;
  /** JavaScript shipped (gzip) and time to the first plot in headless Chromium. */
  dashboard: DashboardFigures;
  /** Walking and cloning a 10,000-commit history with nodegit and with the git command. */
  vcs: VcsFigures | null;
  /** Figures that broke (null above); the others were measured, and the bench exits non-zero. */
  broken: BrokenFigure[];
  memory: {
    /** RSS once the server was up and warmed up (one revision ingested), before the ingest figures. */
    serverRssAfterWarmUpBytes: number | null;
    /** Peak RSS of the server process (VmHWM) read at the end of the ingest figures. */
    serverPeakRssBytes: number | null;
  };
}

export interface BrokenFigure {
  figure: string;
  error: string;
}

export function writeReport(file: string, report: BenchReport): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const fixed = (n: number | null, digits: number) => (n === null ? '-' : n.toFixed(digits));
const mib = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);

/** Columns padded to their widest cell: text left, numbers right. */
function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** The tables a person reads. */
export function formatReport(report: BenchReport): string {
  const head = [
    'figure',
    'results',
    'requests',
    'clients',
    'time s',
    'results/s',
    'x COPY',
    'p50 ms',
    'p95 ms',
    'server cpu s',
  ];
  const rows = report.figures.map((f) => [
    `${f.label}${f.batchSize > 1 ? ` (batches of ${int(f.batchSize)})` : ''}`,
    int(f.results),
    int(f.requests),
    String(f.clients),
    fixed(f.seconds, 2),
    int(f.resultsPerSecond),
    f.ratioToReference.toPrecision(3),
    fixed(f.latencyMs.p50, 1),
    fixed(f.latencyMs.p95, 1),
    fixed(f.serverCpuSeconds, 1),
  ]);
  const r = report.reference;
  rows.push([
    'reference: COPY into an unindexed copy of result',
    int(r.rows),
    '1',
    '1',
    fixed(r.seconds, 2),
    int(r.rowsPerSecond),
    '1.00',
    '-',
    '-',
    '-',
  ]);
  const readHead = [
    'read figure',
    'samples',
    'requests',
    'HTTP p50 ms',
    'HTTP p95 ms',
    'SQL p50 ms',
    'SQL p95 ms',
    'x SQL p50',
    'x SQL p95',
    'statements',
    'server cpu ms',
    'answer KB',
  ];
  const readRows = report.reads.map((f) => [
    f.label,
    int(f.samples),
    String(f.httpRequestsPerSample),
    fixed(f.httpMs.p50, 1),
    fixed(f.httpMs.p95, 1),
    fixed(f.sqlMs.p50, 1),
    fixed(f.sqlMs.p95, 1),
    f.ratio.p50.toFixed(2),
    f.ratio.p95.toFixed(2),
    String(f.sqlStatementsPerSample),
    fixed(f.serverCpuMsPerSample, 1),
    int(f.responseChars / 1000),
  ]);
  const d = report.dataset;
  const m = report.machine;
  const git = report.git.commit
    ? `${report.git.commit.slice(0, 10)}${report.git.dirty ? ' (uncommitted changes)' : ''}`
    : 'unknown';
  return [
    `Speedgraph bench, scale ${report.scale}, seed ${report.seed}: ${report.date}, commit ${git}`,
    `${m.cpus} cpus (${m.cpuModel}), ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB, ${m.platform}, node ${m.node}, PostgreSQL ${m.postgres}`,
    `load average (1 min) ${report.loadAverage.start[0]?.toFixed(1)} at start, ${report.loadAverage.end[0]?.toFixed(1)} at end` +
      (Math.max(report.loadAverage.start[0] ?? 0, report.loadAverage.end[0] ?? 0) > m.cpus
        ? ': the machine was busy with other work, absolute numbers are low'
        : ''),
    '',
    ...table(head, rows),
    '',
    `server memory: peak RSS during the ingest ${mib(report.memory.serverPeakRssBytes)} (after start and warm-up ${mib(report.memory.serverRssAfterWarmUpBytes)})`,
    `reference COPY runs: ${r.runs.map((s) => s.toFixed(2)).join(', ')} s; x COPY = rate / COPY rate, higher is better`,
    `bench client cpu s: ${report.figures.map((f) => f.clientCpuSeconds.toFixed(1)).join(', ')} (making and sending the requests)`,
    `server cpu s: CPU time of the server process during the figure (user + system; 2 cores = up to 2 s per second)`,
    '',
    `read figures on ${int(d.storedResults)} results (${d.revisions.main} + ${d.revisions.feature} revisions × ${d.resultsPerRevision} results): ` +
      `${int(d.load.copied)} loaded with COPY in ${d.load.seconds.toFixed(0)} s (copy ${d.load.copySeconds.toFixed(0)} s, ` +
      `indexes ${d.load.indexSeconds.toFixed(0)} s, vacuum analyze ${d.load.vacuumSeconds.toFixed(0)} s), the rest by the ingest figures`,
    '',
    ...table(readHead, readRows),
    '',
    `samples: each timed that many times over HTTP and in SQL, interleaved, after ${WARM_UP_ROUNDS} untimed rounds; requests: HTTP requests per sample`,
    'HTTP: POST /graphql from this process until the answer is parsed; SQL: the statements the resolver runs, in sequence, in this process',
    `x SQL = HTTP time / SQL time (goal: at most 2); statements: SQL statements per sample; server cpu ms: server CPU per HTTP sample`,
    '',
    ...(report.live ? formatLive(report.live) : ['live: broken (below)']),
    '',
    ...formatDashboard(report.dashboard),
    '',
    report.vcs ? formatVcs(report.vcs) : 'version control: broken (below)',
    '',
    ...report.broken.map((b) => `BROKEN ${b.figure}: ${b.error}`),
    `total ${report.durationSeconds.toFixed(0)} s`,
  ].join('\n');
}
