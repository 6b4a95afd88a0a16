import { sql, type Kysely } from 'kysely';

/**
 * The statements of one ingestion transaction. Each finds or creates a whole
 * batch's worth of rows in one round trip (unnest of arrays), so a batch of
 * 1,000 results costs a handful of statements, not thousands.
 *
 * Every "find or create" is one statement: INSERT ... ON CONFLICT DO NOTHING
 * RETURNING the new rows, plus a SELECT of the existing ones. Concurrent
 * batches that create the same row wait for each other on the unique index
 * instead of failing, and keys are inserted in sorted order so two batches
 * never wait on each other in a cycle.
 */
type Db = Kysely<unknown>;

export async function lockedEnvironments(db: Db, names: string[]) {
  // FOR SHARE keeps an admin from deleting an environment while results for it are written.
  const { rows } = await sql<{ id: number; name: string }>`
    /* ingest_environments */
    select id, name from environment where name = any(${names}::text[]) for share`.execute(db);
  return rows;
}

export async function existingProjects(db: Db, names: string[]) {
  const { rows } = await sql<{ name: string; repository_type: string }>`
    /* ingest_existing_projects */
    select name, repository_type from project where name = any(${names}::text[])`.execute(db);
  return rows;
}

/**
 * Runs a find-or-create statement; if a row it should return is missing (a
 * concurrent batch committed it after this statement's snapshot was taken, so
 * neither the INSERT nor the SELECT half saw it), reads them again.
 */
async function ensured<R>(expected: number, findOrCreate: () => Promise<R[]>, find: () => Promise<R[]>): Promise<R[]> {
  const rows = await findOrCreate();
  return rows.length >= expected ? rows : find();
}

export async function ensureProjects(db: Db, projects: { name: string; defaultBranch: string }[]) {
  const names = projects.map((p) => p.name);
  const find = async () =>
    (
      await sql<{ id: number; name: string }>`
        select id, name from project where name = any(${names}::text[])`.execute(db)
    ).rows;
  // A project created by an upload is tracked and its default branch is the one uploaded to
  // (Codespeed left it empty, which broke its Changes page).
  return ensured(
    projects.length,
    async () => {
      const { rows } = await sql<{ id: number; name: string }>`
      /* ingest_find_or_create_projects */
      with input as (
        select * from unnest(${names}::text[], ${projects.map((p) => p.defaultBranch)}::text[])
          with ordinality as t(name, default_branch, n)
      ), created as (
        insert into project (name, default_branch, track_changes)
        select name, default_branch, true from input order by n
        on conflict (name) do nothing
        returning id, name
      )
      select id, name from created
      union all
      select p.id, p.name from project p join input on p.name = input.name`.execute(db);
      return rows;
    },
    find,
  );
}

export const ensureBranches = (db: Db, branches: { projectId: number; name: string }[]) =>
  ensureInProject(db, 'branch', branches);

/**
 * Find or create rows named within a project (branches, executables): the two
 * tables have the same key, unique (project_id, name).
 */
async function ensureInProject(db: Db, table: 'branch' | 'executable', rows: { projectId: number; name: string }[]) {
  const projectIds = rows.map((b) => b.projectId);
  const names = rows.map((b) => b.name);
  const find = async () =>
    (
      await sql<{ id: number; project_id: number; name: string }>`
        select t.id, t.project_id, t.name
        from ${sql.table(table)} t join unnest(${projectIds}::int[], ${names}::text[]) as input(project_id, name)
          on t.project_id = input.project_id and t.name = input.name`.execute(db)
    ).rows;
  return ensured(
    rows.length,
    async () => {
      const { rows: found } = await sql<{ id: number; project_id: number; name: string }>`
      /* ingest_find_or_create_in_project */
      with input as (
        select * from unnest(${projectIds}::int[], ${names}::text[]) with ordinality as t(project_id, name, n)
      ), created as (
        insert into ${sql.table(table)} (project_id, name)
        select project_id, name from input order by n
        on conflict (project_id, name) do nothing
        returning id, project_id, name
      )
      select id, project_id, name from created
      union all
      select t.id, t.project_id, t.name from ${sql.table(table)} t join input on t.project_id = input.project_id and t.name = input.name`.execute(
        db,
      );
      return found;
    },
    find,
  );
}

export interface NewBenchmark {
  name: string;
  description: string;
  units: string;
  unitsTitle: string;
  lessIsBetter: boolean;
}

export async function ensureBenchmarks(db: Db, benchmarks: NewBenchmark[]) {
  const names = benchmarks.map((b) => b.name);
  const find = async () =>
    (
      await sql<{ id: number; name: string }>`
        select id, name from benchmark where name = any(${names}::text[])`.execute(db)
    ).rows;
  // Metadata is applied only when the upload creates the benchmark (Codespeed's rule).
  return ensured(
    benchmarks.length,
    async () => {
      const { rows } = await sql<{ id: number; name: string }>`
      /* ingest_find_or_create_benchmarks */
      with input as (
        select * from unnest(
          ${names}::text[],
          ${benchmarks.map((b) => b.description)}::text[],
          ${benchmarks.map((b) => b.units)}::text[],
          ${benchmarks.map((b) => b.unitsTitle)}::text[],
          ${benchmarks.map((b) => b.lessIsBetter)}::boolean[]
        ) with ordinality as t(name, description, units, units_title, less_is_better, n)
      ), created as (
        insert into benchmark (name, description, units, units_title, less_is_better)
        select name, description, units, units_title, less_is_better from input order by n
        on conflict (name) do nothing
        returning id, name
      )
      select id, name from created
      union all
      select b.id, b.name from benchmark b join input on b.name = input.name`.execute(db);
      return rows;
    },
    find,
  );
}

export const ensureExecutables = (db: Db, executables: { projectId: number; name: string }[]) =>
  ensureInProject(db, 'executable', executables);

/** A revision as the batch leaves it: its date as PostgreSQL writes it, which a result without a date of its own takes. */
interface RevisionRow {
  id: number;
  project_id: number;
  branch_id: number;
  commit_id: string;
  date: string;
  tag: string;
}

export async function ensureRevisions(
  db: Db,
  revisions: { projectId: number; branchId: number; commitId: string; date: string | null }[],
) {
  const branchIds = revisions.map((r) => r.branchId);
  const commitIds = revisions.map((r) => r.commitId);
  const find = async () =>
    (
      await sql<RevisionRow>`
        select r.id, r.project_id, r.branch_id, r.commit_id, r.date::text as date, r.tag
        from revision r join unnest(${branchIds}::int[], ${commitIds}::text[]) as t(branch_id, commit_id)
          on r.branch_id = t.branch_id and r.commit_id = t.commit_id`.execute(db)
    ).rows;
  // A new revision is dated by the client or now; an existing one is never changed by an upload.
  return ensured(
    revisions.length,
    async () => {
      const { rows } = await sql<RevisionRow>`
      /* ingest_find_or_create_revisions */
      with input as (
        select * from unnest(
          ${revisions.map((r) => r.projectId)}::int[], ${branchIds}::int[], ${commitIds}::text[],
          ${revisions.map((r) => r.date)}::timestamptz[]
        ) with ordinality as t(project_id, branch_id, commit_id, date, n)
      ), created as (
        -- a new revision sits at its date in its branch's order until version control places it in history
        insert into revision (project_id, branch_id, commit_id, date, ordered_at)
        select project_id, branch_id, commit_id, coalesce(date, now()), coalesce(date, now()) from input order by n
        on conflict (branch_id, commit_id) do nothing
        returning id, project_id, branch_id, commit_id, date::text as date, tag
      )
      select id, project_id, branch_id, commit_id, date, tag from created
      union all
      select r.id, r.project_id, r.branch_id, r.commit_id, r.date::text, r.tag
      from revision r join input on r.branch_id = input.branch_id and r.commit_id = input.commit_id`.execute(db);
      return rows;
    },
    find,
  );
}

export interface ResultRow {
  revisionId: number;
  executableId: number;
  benchmarkId: number;
  environmentId: number;
  value: number;
  stdDev: number | null;
  min: number | null;
  max: number | null;
  q1: number | null;
  q3: number | null;
  date: string;
}

export async function upsertResults(db: Db, rows: ResultRow[]) {
  const col = <K extends keyof ResultRow>(key: K) => rows.map((r) => r[key]);
  const { rows: out } = await sql<{ inserted: boolean }>`
    /* ingest_upsert_results */
    insert into result (revision_id, executable_id, benchmark_id, environment_id, value, std_dev, min, max, q1, q3, date)
    select * from unnest(
      ${col('revisionId')}::int[], ${col('executableId')}::int[], ${col('benchmarkId')}::int[], ${col('environmentId')}::int[],
      ${col('value')}::float8[], ${col('stdDev')}::float8[], ${col('min')}::float8[], ${col('max')}::float8[],
      ${col('q1')}::float8[], ${col('q3')}::float8[], ${col('date')}::timestamptz[]
    )
    on conflict on constraint result_measurement_unique do update set
      value = excluded.value, std_dev = excluded.std_dev, min = excluded.min, max = excluded.max,
      q1 = excluded.q1, q3 = excluded.q3, date = excluded.date
    returning (xmax = 0) as inserted`.execute(db);
  return { created: out.filter((r) => r.inserted).length, replaced: out.filter((r) => !r.inserted).length };
}
