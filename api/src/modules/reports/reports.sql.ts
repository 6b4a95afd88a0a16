import { sql, type Kysely } from 'kysely';

type Db = Kysely<unknown>;

/**
 * What decides whether a report exists, before computing it: whether the
 * project is tracked, and the result counts of the revision and the previous
 * one of its branch for this executable and environment (null: no previous).
 */
export async function reportPrecheck(db: Db, key: { revisionId: number; executableId: number; environmentId: number }) {
  const { rows } = await sql<{ tracked: boolean; results: number; previous_results: number | null }>`
    /* reports_precheck */
    select p.track_changes as tracked,
      (select count(*)::int from result
        where revision_id = target.id and executable_id = ${key.executableId} and environment_id = ${key.environmentId}) as results,
      case when previous.id is not null then (select count(*)::int from result
        where revision_id = previous.id and executable_id = ${key.executableId} and environment_id = ${key.environmentId})
      end as previous_results
    from revision target
    join project p on p.id = target.project_id
    left join lateral (
      select r.id from revision r
      where r.branch_id = target.branch_id and (r.ordered_at, r.id) < (target.ordered_at, target.id)
      order by r.ordered_at desc, r.id desc
      limit 1
    ) previous on true
    where target.id = ${key.revisionId}`.execute(db);
  const row = rows[0];
  return row ? { tracked: row.tracked, results: row.results, previousResults: row.previous_results } : null;
}

export async function upsertReport(
  db: Db,
  report: {
    revisionId: number;
    executableId: number;
    environmentId: number;
    summary: string;
    colour: string;
    table: unknown;
  },
) {
  await sql`
    /* reports_upsert */
    insert into report (revision_id, executable_id, environment_id, summary, colour, "table", updated_at)
    values (${report.revisionId}, ${report.executableId}, ${report.environmentId}, ${report.summary}, ${report.colour},
            ${JSON.stringify(report.table, keepInfinity)}::jsonb, now())
    on conflict (revision_id, executable_id, environment_id) do update set
      summary = excluded.summary, colour = excluded.colour, "table" = excluded."table", updated_at = now()`.execute(db);
}

/** The next revision of the branch (history order) that already has a report for this executable and environment. */
export async function nextReported(db: Db, revisionId: number, executableId: number, environmentId: number) {
  const { rows } = await sql<{ id: number }>`
    /* reports_next_reported */
    select r.id
    from revision target
    join revision r on r.branch_id = target.branch_id and (r.ordered_at, r.id) > (target.ordered_at, target.id)
    join report rep on rep.revision_id = r.id and rep.executable_id = ${executableId} and rep.environment_id = ${environmentId}
    where target.id = ${revisionId}
    order by r.ordered_at, r.id
    limit 1`.execute(db);
  return rows[0]?.id ?? null;
}

/** Every (revision, executable, environment) with results in a project: what a full recalculation walks. */
export async function reportTargets(db: Db, projectId: number) {
  const { rows } = await sql<{ revision_id: number; executable_id: number; environment_id: number }>`
    /* reports_targets */
    select distinct res.revision_id, res.executable_id, res.environment_id
    from result res join revision r on r.id = res.revision_id
    where r.project_id = ${projectId}`.execute(db);
  return rows.map((r) => ({
    revisionId: r.revision_id,
    executableId: r.executable_id,
    environmentId: r.environment_id,
  }));
}

/** JSON has no Infinity, and a change from zero is infinite: keep it as text rather than lose it as null. */
function keepInfinity(_key: string, value: unknown) {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}
