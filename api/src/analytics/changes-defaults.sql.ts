import { sql, type Kysely } from 'kysely';

type Db = Kysely<unknown>;

/**
 * What the Changes view shows when the address names nothing: the settings'
 * defaults (DEF_ENVIRONMENT, DEF_EXECUTABLE) when they exist, else the first
 * environment and executable with results, at the latest revision with results
 * on the project's default branch.
 */
export async function defaultEnvironment(db: Db, preferred: string | null): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    /* changes_default_environment */
    select e.id from environment e
    where e.name = ${preferred} or exists (select 1 from result r where r.environment_id = e.id)
    order by (e.name = ${preferred}) desc nulls last, e.id
    limit 1`.execute(db);
  return rows[0]?.id ?? null;
}

export async function defaultExecutable(
  db: Db,
  environmentId: number,
  preferred: string | null,
): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    /* changes_default_executable */
    select x.id from executable x join project p on p.id = x.project_id
    where p.track_changes
      and exists (select 1 from result r where r.executable_id = x.id and r.environment_id = ${environmentId})
    order by (x.name = ${preferred}) desc nulls last, x.id
    limit 1`.execute(db);
  return rows[0]?.id ?? null;
}

export async function latestRevisionWithResults(
  db: Db,
  executableId: number,
  environmentId: number,
): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    /* changes_default_revision */
    select rev.id
    from executable x
    join project p on p.id = x.project_id
    join revision rev on rev.project_id = p.id
    join branch b on b.id = rev.branch_id
    where x.id = ${executableId}
      and exists (select 1 from result r where r.revision_id = rev.id and r.executable_id = x.id and r.environment_id = ${environmentId})
    order by (b.name = p.default_branch) desc, rev.ordered_at desc, rev.id desc
    limit 1`.execute(db);
  return rows[0]?.id ?? null;
}

/** The revision after this one on its branch, in history order. */
export async function nextRevision(db: Db, revisionId: number): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    /* changes_next_revision */
    select r.id from revision target
    join revision r on r.branch_id = target.branch_id and (r.ordered_at, r.id) > (target.ordered_at, target.id)
    where target.id = ${revisionId}
    order by r.ordered_at, r.id
    limit 1`.execute(db);
  return rows[0]?.id ?? null;
}
