import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { copyFromStdin } from './copy-in.js';
import type { Dataset, ResultSpec } from './dataset.js';
import { withClient } from './database.js';
import { BenchBroke } from './http.js';
import { allRows, type Slice } from './slices.js';

/**
 * The reference the ingest rates are divided by: how fast this PostgreSQL,
 * on this machine, right now, takes the very rows the figures stored when
 * nothing else is in the way: `COPY` in one stream into a copy of the result
 * table without its indexes, constraints or foreign keys.
 */

export interface CopyReference {
  table: string;
  rows: number;
  /** Seconds of each run; the figure is their median. */
  runs: number[];
  seconds: number;
  rowsPerSecond: number;
}

const TABLE = 'bench_result_copy';
const COLUMNS = 'id, revision_id, executable_id, benchmark_id, environment_id, value, std_dev, min, max, q1, q3, date';
const CHUNK_BYTES = 1 << 20;

export async function measureCopyReference(
  databaseUrl: string,
  dataset: Dataset,
  slices: Slice[],
  runs = 3,
): Promise<CopyReference> {
  return withClient(databaseUrl, async (client) => {
    const ids = await idsOf(client);
    const { chunks, rows } = copyText(dataset, slices, ids);
    // LIKE copies column types and NOT NULL only: no default, no index, no constraint, no foreign key.
    await client.query(`drop table if exists ${TABLE}`);
    await client.query(`create table ${TABLE} (like result)`);
    const seconds: number[] = [];
    try {
      for (let run = 0; run < runs; run++) {
        await client.query(`truncate ${TABLE}`);
        const started = performance.now();
        const copied = await copyFromStdin(client, `copy ${TABLE} (${COLUMNS}) from stdin`, chunks);
        seconds.push((performance.now() - started) / 1000);
        if (copied !== rows) throw new BenchBroke(`COPY stored ${copied} rows, expected ${rows}`);
      }
    } finally {
      await client.query(`drop table if exists ${TABLE}`);
    }
    const median = [...seconds].sort((a, b) => a - b)[Math.floor(seconds.length / 2)]!;
    return { table: TABLE, rows, runs: seconds, seconds: median, rowsPerSecond: rows / median };
  });
}

interface Ids {
  revision: Map<string, number>;
  executable: Map<string, number>;
  benchmark: Map<string, number>;
  environment: Map<string, number>;
}

/** The ids the server gave the dataset's names, so the copied rows are the stored ones. */
async function idsOf(client: pg.Client): Promise<Ids> {
  const map = async (query: string) => {
    const { rows } = await client.query<{ id: number; key: string }>(query);
    return new Map(rows.map((r) => [r.key, r.id]));
  };
  return {
    revision: await map(
      `select r.id, b.name || '/' || r.commit_id as key from revision r join branch b on b.id = r.branch_id`,
    ),
    executable: await map('select id, name as key from executable'),
    benchmark: await map('select id, name as key from benchmark'),
    environment: await map('select id, name as key from environment'),
  };
}

/** The rows in COPY's text format, in chunks of about 1 MiB, built before the clock starts. */
function copyText(dataset: Dataset, slices: Slice[], ids: Ids) {
  const chunks: Buffer[] = [];
  let lines: string[] = [];
  let bytes = 0;
  let rows = 0;
  const id = (map: Map<string, number>, key: string) => {
    const found = map.get(key);
    if (found === undefined) throw new BenchBroke(`the server did not store ${key}`);
    return found;
  };
  const nullable = (x: number | null) => (x === null ? '\\N' : String(x));
  const line = (r: ResultSpec) =>
    [
      ++rows,
      id(ids.revision, `${r.revision.branch}/${r.revision.commitId}`),
      id(ids.executable, r.executable.name),
      id(ids.benchmark, r.benchmark.name),
      id(ids.environment, r.environment.name),
      r.value,
      r.stdDev,
      r.min,
      r.max,
      nullable(r.q1),
      nullable(r.q3),
      r.date.toISOString(),
    ].join('\t') + '\n';
  for (const slice of slices) {
    for (const r of allRows(dataset, slice)) {
      const text = line(r);
      lines.push(text);
      bytes += text.length;
      if (bytes >= CHUNK_BYTES) {
        chunks.push(Buffer.from(lines.join('')));
        lines = [];
        bytes = 0;
      }
    }
  }
  if (lines.length) chunks.push(Buffer.from(lines.join('')));
  return { chunks, rows };
}

/** Results stored in the bench database: checks that the figures stored what they sent. */
export async function countResults(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ n: string }>('select count(*) as n from result');
    return Number(rows[0]?.n ?? 0);
  });
}
