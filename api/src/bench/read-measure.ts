import { performance } from 'node:perf_hooks';
import { quantile } from './http.js';
import type { ReadCase, Sample } from './read-case.js';

/**
 * Times a read figure: `samples` times the HTTP request(s), and as many times
 * the resolver's SQL in this process, interleaved (HTTP then SQL, then SQL
 * then HTTP, ...) so that both meet the same moments of a noisy machine and
 * the same state of the caches. A few untimed rounds first warm up the
 * server's JIT, its connection pool and PostgreSQL's buffers.
 */

export interface Latency {
  p50: number;
  p95: number;
}

export interface ReadFigure {
  id: ReadCase['id'];
  label: string;
  /** Timed samples of each side. */
  samples: number;
  httpRequestsPerSample: number;
  sqlStatementsPerSample: number;
  /** Characters of the HTTP answers of one sample. */
  responseChars: number;
  /** Rows the statements of one sample return. */
  sqlRows: number;
  httpMs: Latency;
  sqlMs: Latency;
  /** HTTP / SQL, of the medians and of the p95s: the figure to compare (goal: at most 2). */
  ratio: Latency;
  /** CPU the server process used per sample (user + system); null without /proc. */
  serverCpuMsPerSample: number | null;
}

export const WARM_UP_ROUNDS = 5;

export async function measureRead(
  read: ReadCase,
  samples: number,
  serverCpuSeconds: () => number | null,
): Promise<ReadFigure> {
  // Answers are checked on these untimed rounds and on the last timed one only: checks are not what is measured.
  let http: Sample | null = null;
  let sql: Sample | null = null;
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    http = await read.http();
    http.check();
    sql = await read.sql();
    sql.check();
  }
  const httpMs: number[] = [];
  const sqlMs: number[] = [];
  const timed = async (side: () => Promise<Sample>, into: number[]) => {
    const started = performance.now();
    const sample = await side();
    into.push(performance.now() - started);
    return sample;
  };
  let cpu = 0;
  // The server works only while the HTTP side runs: its CPU is read around each HTTP sample.
  const timeHttp = async () => {
    const before = serverCpuSeconds();
    http = await timed(read.http, httpMs);
    cpu += (serverCpuSeconds() ?? NaN) - (before ?? NaN);
  };
  const timeSql = async () => {
    sql = await timed(read.sql, sqlMs);
  };
  for (let i = 0; i < samples; i++) {
    for (const side of i % 2 === 0 ? [timeHttp, timeSql] : [timeSql, timeHttp]) await side();
  }
  http!.check();
  sql!.check();
  const h = { p50: quantile(httpMs, 0.5)!, p95: quantile(httpMs, 0.95)! };
  const s = { p50: quantile(sqlMs, 0.5)!, p95: quantile(sqlMs, 0.95)! };
  return {
    id: read.id,
    label: read.label,
    samples,
    httpRequestsPerSample: http!.count,
    sqlStatementsPerSample: sql!.count,
    responseChars: http!.size,
    sqlRows: sql!.size,
    httpMs: h,
    sqlMs: s,
    ratio: { p50: h.p50 / s.p50, p95: h.p95 / s.p95 },
    serverCpuMsPerSample: Number.isFinite(cpu) ? (cpu * 1000) / samples : null,
  };
}
