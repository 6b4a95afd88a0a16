import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { copyFromStdin } from './copy-in.js';
import { CopyChunks, RESULT_COLUMNS, resultLine } from './copy-rows.js';
import type { Dataset } from './dataset.js';
import { withClient } from './database.js';
import { BenchBroke } from './http.js';
import { idsOf, type Ids } from './ids.js';
import { restOf, type Rest, type Slice } from './slices.js';

/**
 * Puts the whole generated dataset in the bench database, straight into the
 * tables, for the read figures: going through the API would take over twenty
 * minutes at scale 1. It runs after the ingest figures and completes what they
 * stored: their rows are skipped (so no row is written twice and every id
 * comes from the table's own sequence), and the metadata an upload cannot set
 * (tags, median benchmarks, descriptions, the feature branch) is filled in.
 *
 * Results go in by COPY, two streams at once so that one is generated while
 * the other is written, with foreign key triggers off (the rows are known to
 * be consistent) and the secondary indexes of the result table built once at
 * the end rather than maintained row by row; then VACUUM ANALYZE, as
 * autovacuum would do later, so that the planner has statistics and no
 * autovacuum starts in the middle of a figure.
 */

export interface DatasetLoad {
  /** Results in the table afterwards: the whole dataset. */
  results: number;
  /** Of which the loader copied (the rest came through the ingest figures). */
  copied: number;
  seconds: number;
  /** Parts of `seconds`. */
  copySeconds: number;
  indexSeconds: number;
  vacuumSeconds: number;
  /** Whether foreign key checks could be skipped (needs a superuser). */
  foreignKeysSkipped: boolean;
}

const REVISIONS_PER_COPY = 10;
const STREAMS = 2;

export async function loadDataset(databaseUrl: string, dataset: Dataset, stored: Slice[]): Promise<DatasetLoad> {
  const started = performance.now();
  await withClient(databaseUrl, (client) => storeMetadata(client, dataset));

  const pending = restOf(dataset, stored);
  const batches: Rest[][] = [];
  for (let i = 0; i < pending.length; i += REVISIONS_PER_COPY) batches.push(pending.slice(i, i + REVISIONS_PER_COPY));

  const indexes = await withClient(databaseUrl, dropSecondaryIndexes);
  let copied = 0;
  let foreignKeysSkipped = true;
  let next = 0;
  const copyStarted = performance.now();
  const stream = () =>
    withClient(databaseUrl, async (client) => {
      // Read the shared counters only after each await: two streams update them.
      const skipped = await skipForeignKeys(client);
      foreignKeysSkipped &&= skipped;
      const ids = await idsOf(client);
      while (next < batches.length) {
        const batch = batches[next++]!;
        const chunks = copyText(dataset, batch, ids);
        const rows = await copyFromStdin(client, `copy result (${RESULT_COLUMNS}) from stdin`, chunks.done());
        copied += rows;
      }
    });
  await Promise.all(Array.from({ length: STREAMS }, stream));
  const indexStarted = performance.now();
  await withClient(databaseUrl, (client) => createIndexes(client, indexes));
  const vacuumStarted = performance.now();
  await withClient(databaseUrl, (client) => client.query('vacuum analyze'));
  const finished = performance.now();

  const results = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ n: string }>('select count(*) as n from result');
    return Number(rows[0]?.n ?? 0);
  });
  if (results !== dataset.resultCount) {
    throw new BenchBroke(`after loading, result holds ${results} rows; the dataset has ${dataset.resultCount}`);
  }
  return {
    results,
    copied,
    seconds: (finished - started) / 1000,
    copySeconds: (indexStarted - copyStarted) / 1000,
    indexSeconds: (vacuumStarted - indexStarted) / 1000,
    vacuumSeconds: (finished - vacuumStarted) / 1000,
    foreignKeysSkipped,
  };
}

function copyText(dataset: Dataset, batch: Rest[], ids: Ids) {
  const out = new CopyChunks();
  for (const { revision, from } of batch) {
    for (const r of dataset.resultsOf(revision, from, dataset.resultsPerRevision)) out.push(resultLine(r, ids));
  }
  return out;
}

/**
 * Project, branches, executables, environments, benchmarks and revisions, in
 * one transaction: created where the ingest figures did not, completed where
 * they did (an upload sets neither tags nor data types).
 */
async function storeMetadata(client: pg.Client, dataset: Dataset): Promise<void> {
  const { project, branches } = dataset;
  await client.query('begin');
  try {
    await client.query(
      `insert into project (name, default_branch, track_changes) values ($1, $2, true)
       on conflict (name) do update set default_branch = excluded.default_branch, track_changes = true`,
      [project.name, project.defaultBranch],
    );
    await client.query(
      `insert into branch (project_id, name)
       select p.id, b.name from project p, unnest($2::text[]) as b(name) where p.name = $1
       on conflict (project_id, name) do nothing`,
      [project.name, [branches.main, branches.feature]],
    );
    await client.query(
      `insert into executable (project_id, name, description)
       select p.id, e.name, e.description from project p, unnest($2::text[], $3::text[]) as e(name, description)
       where p.name = $1
       on conflict (project_id, name) do update set description = excluded.description`,
      [project.name, dataset.executables.map((e) => e.name), dataset.executables.map((e) => e.description)],
    );
    const envs = dataset.environments;
    await client.query(
      `insert into environment (name, cpu, memory, os, kernel)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
       on conflict (name) do nothing`,
      [
        envs.map((e) => e.name),
        envs.map((e) => e.cpu),
        envs.map((e) => e.memory),
        envs.map((e) => e.os),
        envs.map((e) => e.kernel),
      ],
    );
    const bms = dataset.benchmarks;
    await client.query(
      `insert into benchmark (name, description, units_title, units, less_is_better, data_type)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[])
       on conflict (name) do update set data_type = excluded.data_type`,
      [
        bms.map((b) => b.name),
        bms.map((b) => b.description),
        bms.map((b) => b.unitsTitle),
        bms.map((b) => b.units),
        bms.map((b) => b.lessIsBetter),
        bms.map((b) => b.dataType),
      ],
    );
    const revs = dataset.revisions;
    await client.query(
      `insert into revision (project_id, branch_id, commit_id, date, tag)
       select p.id, b.id, r.commit_id, r.date, r.tag
       from unnest($2::text[], $3::text[], $4::timestamptz[], $5::text[]) with ordinality as r(branch, commit_id, date, tag, n)
       join project p on p.name = $1
       join branch b on b.project_id = p.id and b.name = r.branch
       order by r.n
       on conflict (branch_id, commit_id) do update set tag = excluded.tag`,
      [
        project.name,
        revs.map((r) => r.branch),
        revs.map((r) => r.commitId),
        revs.map((r) => r.date.toISOString()),
        revs.map((r) => r.tag ?? ''),
      ],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/** Foreign key checks are triggers; a superuser may turn them off for a session. False when not allowed. */
async function skipForeignKeys(client: pg.Client): Promise<boolean> {
  try {
    await client.query('set session_replication_role = replica');
    return true;
  } catch {
    return false;
  }
}

interface IndexDefinition {
  name: string;
  definition: string;
}

/** Drops the indexes of result that back no constraint; returns their definitions to build them again. */
async function dropSecondaryIndexes(client: pg.Client): Promise<IndexDefinition[]> {
  const { rows } = await client.query<IndexDefinition>(
    `select i.relname as name, pg_get_indexdef(i.oid) as definition
     from pg_index x
     join pg_class i on i.oid = x.indexrelid
     where x.indrelid = 'result'::regclass
       and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
     order by i.relname`,
  );
  for (const index of rows) await client.query(`drop index "${index.name}"`);
  return rows;
}

async function createIndexes(client: pg.Client, indexes: IndexDefinition[]): Promise<void> {
  await client.query(`set maintenance_work_mem = '512MB'`);
  for (const index of indexes) await client.query(index.definition);
}
