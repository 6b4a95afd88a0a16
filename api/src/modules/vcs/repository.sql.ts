import { sql, type Kysely } from 'kysely';

type Db = Kysely<unknown>;

/** A project's repository row (migration 0004): its state for the admin page and the cross-process claim. */
export interface RepositoryRow {
  project_id: number;
  state: 'not_synced' | 'syncing' | 'ready' | 'failed';
  implementation: string | null;
  progress: number | null;
  phase: string;
  error: string;
  url: string;
  last_synced_at: Date | string | null;
  last_attempt_at: Date | string | null;
  attempts: number;
}

export async function repositoryRows(db: Db, projectIds: number[]): Promise<RepositoryRow[]> {
  const { rows } = await sql<RepositoryRow>`
    /* repository_rows */
    select project_id, state, implementation, progress, phase, error, url, last_synced_at, last_attempt_at, attempts
    from repository where project_id = any(${projectIds}::int[])`.execute(db);
  return rows;
}

/**
 * Claims a project's job for `seconds`: only one process (of several sharing
 * one PostgreSQL) clones or fetches a repository at a time. A claim runs out on
 * its own, so a process that died holding one does not block the others.
 */
export async function claimRepository(db: Db, projectId: number, seconds: number): Promise<boolean> {
  await sql`
    /* repository_ensure */
    insert into repository (project_id) values (${projectId}) on conflict (project_id) do nothing`.execute(db);
  const { rows } = await sql<{ project_id: number }>`
    /* repository_claim */
    update repository set claimed_until = now() + make_interval(secs => ${seconds}::float8)
    where project_id = ${projectId} and (claimed_until is null or claimed_until < now())
    returning project_id`.execute(db);
  return rows.length > 0;
}

export async function releaseRepository(db: Db, projectId: number): Promise<void> {
  await sql`
    /* repository_release */
    update repository set claimed_until = null where project_id = ${projectId}`.execute(db);
}

export async function markSyncing(db: Db, projectId: number, implementation: string, url: string): Promise<void> {
  await sql`
    /* repository_syncing */
    update repository set state = 'syncing', implementation = ${implementation}, progress = null,
      phase = 'starting', last_attempt_at = now(), url = ${url}
    where project_id = ${projectId}`.execute(db);
}

export async function writeProgress(db: Db, projectId: number, progress: number | null, phase: string): Promise<void> {
  await sql`
    /* repository_progress */
    update repository set progress = ${progress}, phase = ${phase.slice(0, 200)}
    where project_id = ${projectId} and state = 'syncing'`.execute(db);
}

export async function markReady(db: Db, projectId: number, implementation: string): Promise<void> {
  await sql`
    /* repository_ready */
    update repository set state = 'ready', implementation = ${implementation}, progress = null, phase = '',
      error = '', attempts = 0, last_synced_at = now(), last_attempt_at = now()
    where project_id = ${projectId}`.execute(db);
}

/** Stores why the repository failed; returns how many attempts in a row have failed. */
export async function markFailed(
  db: Db,
  projectId: number,
  implementation: string | null,
  error: string,
): Promise<number> {
  const { rows } = await sql<{ attempts: number }>`
    /* repository_failed */
    update repository set state = 'failed', implementation = coalesce(${implementation}, implementation),
      progress = null, phase = '', error = ${error.slice(0, 2000)}, attempts = attempts + 1, last_attempt_at = now()
    where project_id = ${projectId}
    returning attempts`.execute(db);
  return rows[0]?.attempts ?? 1;
}

/** A fresh start (an upload or `syncRepository` after retries ran out): the backoff counts from zero again. */
export async function resetAttempts(db: Db, projectId: number): Promise<void> {
  await sql`
    /* repository_reset_attempts */
    update repository set attempts = 0 where project_id = ${projectId} and attempts <> 0`.execute(db);
}
