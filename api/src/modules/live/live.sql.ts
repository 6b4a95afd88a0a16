import { sql, type Kysely } from 'kysely';
import type { AddedResult, LiveRevision } from './event-bus.js';
import type { ResultKey } from './wire.js';

type Db = Kysely<unknown>;

interface RevisionRow {
  id: number;
  project_id: number;
  branch_id: number;
  commit_id: string;
  date: Date | string;
  tag: string;
}

/** The revisions an event mentions, once per batch (by primary key). */
export async function liveRevisions(db: Db, ids: number[]): Promise<Map<number, LiveRevision>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<RevisionRow>`
    /* live_revisions */
    select id, project_id, branch_id, commit_id, date, tag from revision
    where id = any(${[...new Set(ids)]}::int[])`.execute(db);
  return new Map(rows.map((row) => [row.id, toLiveRevision(row)]));
}

export const toLiveRevision = (row: RevisionRow): LiveRevision => ({
  id: row.id,
  projectId: row.project_id,
  branchId: row.branch_id,
  commitId: row.commit_id,
  date: new Date(row.date),
  tag: row.tag,
});

/**
 * The rows of a batch too big to travel in a notification, read once per
 * process (not per watcher) by their measurement keys, through the unique
 * index on (revision, executable, environment, benchmark).
 */
export async function addedResults(db: Db, keys: ResultKey[]): Promise<AddedResult[]> {
  if (keys.length === 0) return [];
  const column = <K extends keyof ResultKey>(key: K) => keys.map((k) => k[key]);
  const { rows } = await sql<
    RevisionRow & {
      revision_id: number;
      executable_id: number;
      benchmark_id: number;
      environment_id: number;
      value: number;
      std_dev: number | null;
      min: number | null;
      max: number | null;
      q1: number | null;
      q3: number | null;
      result_date: Date | string;
    }
  >`
    /* live_added_results */
    select x.revision_id, x.executable_id, x.benchmark_id, x.environment_id,
      x.value, x.std_dev, x.min, x.max, x.q1, x.q3, x.date as result_date,
      v.id, v.project_id, v.branch_id, v.commit_id, v.date, v.tag
    from unnest(${column('revisionId')}::int[], ${column('executableId')}::int[],
                ${column('environmentId')}::int[], ${column('benchmarkId')}::int[])
      as k(revision_id, executable_id, environment_id, benchmark_id)
    join result x using (revision_id, executable_id, environment_id, benchmark_id)
    join revision v on v.id = x.revision_id
    order by x.revision_id, x.executable_id, x.benchmark_id, x.environment_id`.execute(db);
  const revisions = new Map<number, LiveRevision>();
  return rows.map((row) => {
    let revision = revisions.get(row.revision_id);
    if (!revision) revisions.set(row.revision_id, (revision = toLiveRevision(row)));
    return {
      revision,
      executableId: row.executable_id,
      benchmarkId: row.benchmark_id,
      environmentId: row.environment_id,
      value: row.value,
      stdDev: row.std_dev,
      min: row.min,
      max: row.max,
      q1: row.q1,
      q3: row.q3,
      date: new Date(row.result_date),
    };
  });
}
