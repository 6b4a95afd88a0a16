import { sql, type Kysely } from 'kysely';

type Db = Kysely<unknown>;

/*
 * The points of a timeline. The x axis is revision order on the branch:
 * history order (`ordered_at`: the date, or the commit's place on the branch's
 * first-parent history when version control is known), then id; points still
 * carry their `date` for an axis drawn by date. No index orders a series' results that
 * way (the date lives on the revision), so the newest `limit` results of a
 * series are found in two steps, each bounded:
 *
 * 1. `timeline_series` / `timeline_grid`: the branch's newest `limit`
 *    revisions (its "window", revision_branch_id_ordered_at_id_index, read once per
 *    branch), and the series' result at each (result_measurement_unique). A
 *    series with a result at every revision, the usual case, is complete after
 *    `limit` probes however long the history.
 * 2. `timeline_series_older`, only for series with gaps in that window (a new
 *    executable, a retired benchmark, a series shorter than `limit`): their
 *    results older than the window, read through the series' own index
 *    (result_benchmark_id_environment_id_executable_id_index), so the work is
 *    bounded by the series' size, not the branch's.
 *
 * Folding step 2 into step 1 as a conditional branch looks tidier, but the
 * planner then costs it for every series and PostgreSQL's JIT compiles the
 * statement: half a second spent on a query of ten milliseconds.
 */

/** One line of a chart: an executable's results on one branch. */
export interface SeriesKey {
  executableId: number;
  branchId: number;
  branchName: string;
}

export interface Scope {
  environmentId: number;
  series: SeriesKey[];
  /** Points per series: the newest `limit` results of the series. */
  limit: number;
  baseline: { executableId: number; revisionId: number } | null;
}

/** A point of a series, or (revision_id null) the row of a series with no point in the window. */
export interface PointRow {
  benchmark_id: number;
  executable_id: number;
  branch_id: number;
  revision_id: number | null;
  commit_id: string | null;
  date: Date | string | null;
  /** ISO text to the microsecond (ORDERED_AT). */
  ordered_at: string | null;
  tag: string | null;
  value: number | null;
  std_dev: number | null;
  min: number | null;
  max: number | null;
  q1: number | null;
  q3: number | null;
}

export interface WindowRow extends PointRow {
  baseline_value: number | null;
  /** The oldest revision of the branch's window, and how many revisions the window holds. */
  window_start: number | null;
  window_size: number;
}

export interface GridRow extends WindowRow {
  name: string;
  has_next: boolean;
}

/** The series, numbered in their order, and each branch's window. */
function windows(scope: Scope) {
  const executables = scope.series.map((s) => s.executableId);
  const branches = scope.series.map((s) => s.branchId);
  return sql`
    series as (
      select * from unnest(${executables}::int[], ${branches}::int[]) with ordinality as s(executable_id, branch_id, position)
    ),
    windows as materialized (
      select br.branch_id, w.id as revision_id, w.commit_id, w.date, w.ordered_at, w.tag
      from (select distinct branch_id from series) br
      cross join lateral (
        select id, commit_id, date, ordered_at, tag from revision
        where branch_id = br.branch_id
        order by ordered_at desc, id desc
        limit ${scope.limit}
      ) w
    ),
    window_bounds as (
      select branch_id, count(*)::int as size, (array_agg(revision_id order by ordered_at, revision_id))[1] as start
      from windows group by branch_id
    )`;
}

/**
 * Per benchmark `b` and series `s`: the baseline value, the window, and the
 * series' results in it. `offset 0` keeps the lookup a probe per window
 * revision: flattened into the outer query, the planner may instead hash
 * every result of the environment (a million rows) against the windows.
 */
function windowPoints(scope: Scope) {
  const baseline = scope.baseline;
  return sql`
    left join lateral (
      select r.value as baseline_value
      from result r
      where r.revision_id = ${baseline?.revisionId ?? null}::int
        and r.executable_id = ${baseline?.executableId ?? null}::int
        and r.benchmark_id = b.id and r.environment_id = ${scope.environmentId}
    ) base on true
    cross join series s
    left join window_bounds wb on wb.branch_id = s.branch_id
    left join lateral (
      select w.revision_id, w.commit_id, w.date, w.ordered_at, w.tag, r.value, r.std_dev, r.min, r.max, r.q1, r.q3
      from windows w
      join result r on r.revision_id = w.revision_id and r.executable_id = s.executable_id
        and r.benchmark_id = b.id and r.environment_id = ${scope.environmentId}
      where w.branch_id = s.branch_id
      offset 0
    ) p on true`;
}

/**
 * A point's `ordered_at` as ISO text in UTC to the microsecond: history
 * order sets rebased commits a microsecond apart, finer than a JavaScript
 * Date (and the DateTimeISO scalar) can hold.
 */
const ORDERED_AT = sql`to_char(p.ordered_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as ordered_at`;

const WINDOW_COLUMNS = sql`
  b.id as benchmark_id, base.baseline_value, s.executable_id, s.branch_id,
  wb.start as window_start, coalesce(wb.size, 0) as window_size,
  p.revision_id, p.commit_id, p.date, ${ORDERED_AT}, p.tag, p.value, p.std_dev, p.min, p.max, p.q1, p.q3`;

/**
 * Step 1 for the given benchmarks, in their order: every series' points in
 * its branch's window, oldest first, and each benchmark's baseline value. A
 * series without a point there still gives one row (its point columns null).
 */
export async function timelinePoints(db: Db, benchmarkIds: number[], scope: Scope): Promise<WindowRow[]> {
  if (!benchmarkIds.length || !scope.series.length) return [];
  const { rows } = await sql<WindowRow>`
    /* timeline_series */
    with ${windows(scope)}
    select ${WINDOW_COLUMNS}
    from unnest(${benchmarkIds}::int[]) with ordinality as b(id, position)
    ${windowPoints(scope)}
    order by b.position, s.position, p.ordered_at, p.revision_id`.execute(db);
  return rows;
}

/**
 * Step 1 for a page of the grid: the next `first` benchmarks by name
 * (Codespeed's grid order) after `after` that have results for the
 * executables on the environment; one benchmark more tells whether a page
 * follows. Whether those results are on the chosen branches is left to the
 * points: a check per branch would walk histories, and a benchmark without
 * points is simply not drawn.
 */
export async function gridPoints(db: Db, scope: Scope, first: number, after: string | null): Promise<GridRow[]> {
  if (!scope.series.length) return [];
  const executables = [...new Set(scope.series.map((s) => s.executableId))];
  const { rows } = await sql<GridRow>`
    /* timeline_grid */
    with ${windows(scope)},
    page as (
      select bm.id, bm.name
      from benchmark bm
      where (${after}::text is null or bm.name > ${after}::text)
        and exists (
          select 1 from result r
          where r.benchmark_id = bm.id and r.environment_id = ${scope.environmentId}
            and r.executable_id = any(${executables}::int[]))
      order by bm.name
      limit ${first + 1}
    )
    select ${WINDOW_COLUMNS}, b.name, (select count(*) from page) > ${first} as has_next
    from (select * from page order by name limit ${first}) b
    ${windowPoints(scope)}
    order by b.name, s.position, p.ordered_at, p.revision_id`.execute(db);
  return rows;
}

/** A series that step 1 left short, and how far back its window went. */
export interface ShortSeries {
  benchmarkId: number;
  executableId: number;
  branchId: number;
  /** The oldest revision of the window: older results are wanted. */
  windowStart: number;
  /** How many more points the series may take. */
  missing: number;
}

/**
 * Step 2: the newest `missing` results of each short series at revisions of
 * its branch older than its window, oldest first. Both `offset 0` fence the
 * planner into reading the series' results, then each one's revision by its
 * key: left free, it walks every revision of the branch newest first hoping
 * to stop early, which is what this step exists to avoid.
 */
export async function olderPoints(db: Db, environmentId: number, short: ShortSeries[]): Promise<PointRow[]> {
  if (!short.length) return [];
  const column = <K extends keyof ShortSeries>(key: K) => short.map((s) => s[key]);
  const { rows } = await sql<PointRow>`
    /* timeline_series_older */
    select a.benchmark_id, a.executable_id, a.branch_id,
           p.revision_id, p.commit_id, p.date, ${ORDERED_AT}, p.tag, p.value, p.std_dev, p.min, p.max, p.q1, p.q3
    from unnest(${column('benchmarkId')}::int[], ${column('executableId')}::int[], ${column('branchId')}::int[],
                ${column('windowStart')}::int[], ${column('missing')}::int[])
      with ordinality as a(benchmark_id, executable_id, branch_id, window_start, missing, position)
    join revision start on start.id = a.window_start
    cross join lateral (
      select v.id as revision_id, v.commit_id, v.date, v.ordered_at, v.tag, r.value, r.std_dev, r.min, r.max, r.q1, r.q3
      from (
        select revision_id, value, std_dev, min, max, q1, q3 from result
        where benchmark_id = a.benchmark_id and environment_id = ${environmentId} and executable_id = a.executable_id
        offset 0
      ) r
      cross join lateral (
        select id, commit_id, date, ordered_at, tag, branch_id from revision where id = r.revision_id offset 0
      ) v
      where v.branch_id = a.branch_id and (v.ordered_at, v.id) < (start.ordered_at, start.id)
      order by v.ordered_at desc, v.id desc
      limit a.missing
    ) p
    order by a.position, p.ordered_at, p.revision_id`.execute(db);
  return rows;
}

/**
 * The series to draw: each executable on each asked branch of its project, or
 * on its project's default branch when no branch is asked (the only one
 * Codespeed could show). In the executables' order, then the branches'.
 */
export async function seriesKeys(db: Db, executableIds: number[], branches: string[] | null): Promise<SeriesKey[]> {
  const { rows } = await sql<{ executable_id: number; branch_id: number; branch_name: string }>`
    /* timeline_series_keys */
    select e.id as executable_id, br.id as branch_id, br.name as branch_name
    from unnest(${executableIds}::int[]) with ordinality as asked(id, position)
    join executable e on e.id = asked.id
    join project p on p.id = e.project_id
    join branch br on br.project_id = p.id
      and br.name = any(coalesce(${branches}::text[], array[p.default_branch]::text[]))
    order by asked.position, array_position(${branches}::text[], br.name::text), br.id`.execute(db);
  return rows.map((r) => ({ executableId: r.executable_id, branchId: r.branch_id, branchName: r.branch_name }));
}
