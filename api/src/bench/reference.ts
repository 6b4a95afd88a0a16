import { performance } from 'node:perf_hooks';
import { copyFromStdin } from './copy-in.js';
import { CopyChunks, RESULT_COLUMNS, resultLine } from './copy-rows.js';
import type { Dataset } from './dataset.js';
import { withClient } from './database.js';
import { BenchBroke } from './http.js';
import { idsOf, type Ids } from './ids.js';
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
const COLUMNS = `id, ${RESULT_COLUMNS}`;

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

/** The rows in COPY's text format, numbered from 1, built before the clock starts. */
function copyText(dataset: Dataset, slices: Slice[], ids: Ids) {
  const out = new CopyChunks();
  for (const slice of slices) {
    for (const r of allRows(dataset, slice)) out.push(`${out.rows + 1}\t${resultLine(r, ids)}`);
  }
  return { chunks: out.done(), rows: out.rows };
}

/** Results stored in the bench database: checks that the figures stored what they sent. */
export async function countResults(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ n: string }>('select count(*) as n from result');
    return Number(rows[0]?.n ?? 0);
  });
}
