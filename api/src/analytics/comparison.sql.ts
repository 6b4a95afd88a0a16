import { sql, type Kysely } from 'kysely';

type Db = Kysely<unknown>;

export type ColumnKind = 'LATEST' | 'TAG';

/** An executable at a revision, as the comparison page offers it (plain ids and names, no entities). */
export interface ColumnRow {
  kind: ColumnKind;
  projectId: number;
  executableId: number;
  executableName: string;
  branchId: number;
  branchName: string;
  revisionId: number;
  commitId: string;
  tag: string;
}

export interface ColumnFilter {
  /** Only this project's columns; all projects when null. */
  projectId: number | null;
  /** Only these executables' columns; all when null. */
  executableIds: number[] | null;
  /** COMPARISON_COMMIT_TAGS: only these tags are offered; every tag when empty. */
  tags: string[];
}

/**
 * The columns offered, in display order: per project and executable, the
 * latest revision of each branch shown on comparison (default branch first),
 * then every tagged revision, oldest first. A column exists only where the
 * executable has results at its revision: Codespeed offered every executable
 * of the project at every tag, and most of those columns were empty.
 */
export async function offeredColumns(db: Db, filter: ColumnFilter): Promise<ColumnRow[]> {
  const tags = filter.tags.length ? filter.tags : null;
  const { rows } = await sql<{
    kind: ColumnKind;
    project_id: number;
    executable_id: number;
    executable_name: string;
    branch_id: number;
    branch_name: string;
    revision_id: number;
    commit_id: string;
    tag: string;
  }>`
    /* comparison_columns */
    with exe as (
      select e.id, e.name, e.project_id, p.name as project_name, p.default_branch
      from executable e
      join project p on p.id = e.project_id
      where (${filter.projectId}::int is null or e.project_id = ${filter.projectId}::int)
        and (${filter.executableIds}::int[] is null or e.id = any(${filter.executableIds}::int[]))
    ),
    columns as (
      -- newest revision (history order) of each shown branch with a result of the executable: walks
      -- revision_branch_id_ordered_at_id_index
      -- backwards, probing the result indexes that start with (revision_id, executable_id)
      select 'LATEST' as kind, exe.*, b.id as branch_id, b.name as branch_name, r.id as revision_id, r.commit_id, r.tag, r.date
      from exe
      join branch b on b.project_id = exe.project_id and b.display_on_comparison_page
      cross join lateral (
        select r.id, r.commit_id, r.tag, r.date from revision r
        where r.branch_id = b.id
          and exists (select 1 from result x where x.revision_id = r.id and x.executable_id = exe.id)
        order by r.ordered_at desc, r.id desc
        limit 1
      ) r
      union all
      -- tagged revisions, whatever their branch (Codespeed offered them all); revision_tagged_index
      select 'TAG', exe.*, b.id, b.name, r.id, r.commit_id, r.tag, r.date
      from exe
      join revision r on r.project_id = exe.project_id and r.tag <> ''
      join branch b on b.id = r.branch_id
      where (${tags}::text[] is null or r.tag = any(${tags}::text[]))
        and exists (select 1 from result x where x.revision_id = r.id and x.executable_id = exe.id)
    )
    select kind, project_id, id as executable_id, name as executable_name, branch_id, branch_name, revision_id, commit_id, tag
    from columns
    order by project_name, project_id, name, id, kind,
      case when kind = 'LATEST' then branch_name <> default_branch end, case when kind = 'LATEST' then branch_name end,
      date, revision_id`.execute(db);
  return rows.map((r) => ({
    kind: r.kind,
    projectId: r.project_id,
    executableId: r.executable_id,
    executableName: r.executable_name,
    branchId: r.branch_id,
    branchName: r.branch_name,
    revisionId: r.revision_id,
    commitId: r.commit_id,
    tag: r.tag,
  }));
}

/** A column to read values for: a tagged column names its revision; a latest one finds it per environment. */
export interface ValueColumn {
  executableId: number;
  branchId: number;
  /** Null for a LATEST column. */
  revisionId: number | null;
}

export interface ValueRow {
  /** Position of the column in the list given. */
  column: number;
  environmentId: number;
  revisionId: number;
  benchmarkId: number;
  value: number;
  stdDev: number | null;
}

/**
 * Every value of the given columns on the given environments (all when null)
 * for the given benchmarks (when null: cross-project ones shown by default on
 * comparison). A LATEST column reads, on each environment, the newest revision
 * of its branch with a result of the executable on that environment: machines
 * that run at different paces each show their own latest run, not a blank.
 */
export async function comparisonValues(
  db: Db,
  columns: ValueColumn[],
  environmentIds: number[] | null,
  benchmarkIds: number[] | null,
): Promise<ValueRow[]> {
  if (!columns.length) return [];
  const { rows } = await sql<{
    column: number;
    environment_id: number;
    revision_id: number;
    benchmark_id: number;
    value: number;
    std_dev: number | null;
  }>`
    /* comparison_values */
    with col as (
      select * from unnest(
        ${columns.map((_, i) => i)}::int[], ${columns.map((c) => c.executableId)}::int[],
        ${columns.map((c) => c.branchId)}::int[], ${columns.map((c) => c.revisionId)}::int[]
      ) as c(idx, executable_id, branch_id, revision_id)
    ),
    measured as (
      select c.idx, c.executable_id, env.id as environment_id, coalesce(c.revision_id, latest.id) as revision_id
      from col c
      join environment env on ${environmentIds}::int[] is null or env.id = any(${environmentIds}::int[])
      -- walks the branch newest first (revision_branch_id_ordered_at_id_index), one probe of
      -- result_revision_id_executable_id_environment_id_index per revision; a TAG column skips it
      left join lateral (
        select r.id from revision r
        where c.revision_id is null and r.branch_id = c.branch_id
          and exists (select 1 from result x
            where x.revision_id = r.id and x.executable_id = c.executable_id and x.environment_id = env.id)
        order by r.ordered_at desc, r.id desc
        limit 1
      ) latest on true
      -- skips, with one probe of result_executable_id_environment_id_index, the pairs never measured,
      -- whose walk above would read the whole branch
      where exists (select 1 from result x where x.executable_id = c.executable_id and x.environment_id = env.id)
    )
    select m.idx as column, m.environment_id, m.revision_id, x.benchmark_id, x.value, x.std_dev
    from measured m
    join result x on x.revision_id = m.revision_id and x.executable_id = m.executable_id
      and x.environment_id = m.environment_id
    join benchmark b on b.id = x.benchmark_id
    where case when ${benchmarkIds}::int[] is null then b.benchmark_type = 'cross-project' and b.default_on_comparison
      else b.id = any(${benchmarkIds}::int[]) end`.execute(db);
  return rows.map((r) => ({
    column: r.column,
    environmentId: r.environment_id,
    revisionId: r.revision_id,
    benchmarkId: r.benchmark_id,
    value: r.value,
    stdDev: r.std_dev,
  }));
}

export interface BenchmarkRow {
  id: number;
  name: string;
  unitsTitle: string;
  units: string;
  lessIsBetter: boolean;
}

/** The benchmarks among `ids` that exist, with what groups them into quantities. */
export async function comparisonBenchmarks(db: Db, ids: number[]): Promise<BenchmarkRow[]> {
  const { rows } = await sql<{ id: number; name: string; units_title: string; units: string; less_is_better: boolean }>`
    /* comparison_benchmarks */
    select id, name, units_title, units, less_is_better from benchmark where id = any(${ids}::int[])`.execute(db);
  return rows.map((b) => ({
    id: b.id,
    name: b.name,
    unitsTitle: b.units_title,
    units: b.units,
    lessIsBetter: b.less_is_better,
  }));
}

/** The environments among `ids` that exist. */
export async function existingEnvironments(db: Db, ids: number[]): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    /* comparison_environments */
    select id from environment where id = any(${ids}::int[]) order by id`.execute(db);
  return rows.map((r) => r.id);
}
