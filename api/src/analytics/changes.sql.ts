import { sql, type Kysely } from 'kysely';
import type { BenchmarkInfo, Measurement } from './changes-table.js';

type Db = Kysely<unknown>;

export interface WindowRevision {
  id: number;
  commitId: string;
  date: string;
}

/**
 * The revision and the ones before it on its branch, newest first: [0] is the
 * revision, [1] the previous one, [depth-2 .. depth] the trend window. In
 * history order (`ordered_at`: the date, or the commit's place on the branch's
 * first-parent history when version control is known); ties broken by id.
 */
export async function revisionWindow(db: Db, revisionId: number, limit: number): Promise<WindowRevision[]> {
  const { rows } = await sql<{ id: number; commit_id: string; date: string }>`
    /* changes_revision_window */
    select r.id, r.commit_id, r.date::text as date
    from revision target
    join revision r on r.branch_id = target.branch_id and (r.ordered_at, r.id) <= (target.ordered_at, target.id)
    where target.id = ${revisionId}
    order by r.ordered_at desc, r.id desc
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ id: r.id, commitId: r.commit_id, date: r.date }));
}

export interface ResultAt extends Measurement {
  revisionId: number;
  benchmarkId: number;
}

/** Every result of one executable on one environment at the given revisions. */
export async function resultsAt(db: Db, revisionIds: number[], executableId: number, environmentId: number) {
  const { rows } = await sql<{
    revision_id: number;
    benchmark_id: number;
    value: number;
    std_dev: number | null;
    min: number | null;
    max: number | null;
  }>`
    /* changes_results */
    select revision_id, benchmark_id, value, std_dev, min, max
    from result
    where revision_id = any(${revisionIds}::int[]) and executable_id = ${executableId} and environment_id = ${environmentId}`.execute(
    db,
  );
  return rows.map((r): ResultAt => ({
    revisionId: r.revision_id,
    benchmarkId: r.benchmark_id,
    value: r.value,
    stdDev: r.std_dev,
    min: r.min,
    max: r.max,
  }));
}

export async function benchmarksById(db: Db, ids: number[]): Promise<BenchmarkInfo[]> {
  const { rows } = await sql<{
    id: number;
    name: string;
    description: string;
    units_title: string;
    units: string;
    less_is_better: boolean;
  }>`
    /* changes_benchmarks */
    select id, name, description, units_title, units, less_is_better from benchmark where id = any(${ids}::int[])`.execute(
    db,
  );
  return rows.map((b) => ({
    id: b.id,
    name: b.name,
    description: b.description,
    unitsTitle: b.units_title,
    units: b.units,
    lessIsBetter: b.less_is_better,
  }));
}
