import { sql, type Kysely } from 'kysely';
import type { RepositoryType } from '../projects/project.entity.js';
import type { ProjectRepositoryFields } from './project-repository.js';

type Db = Kysely<unknown>;

/**
 * Marks the given revisions as waiting for enrichment, when their project has
 * a repository and they are not enriched yet (a failed one is tried again).
 * Stored, so a restart loses nothing.
 */
export async function markPending(db: Db, revisionIds: number[]) {
  const { rows } = await sql<{ id: number; project_id: number }>`
    /* enrichment_mark_pending */
    update revision r set enrichment = 'pending'
    from project p
    where r.id = any(${revisionIds}::int[]) and p.id = r.project_id
      and p.repository_type <> 'none' and p.repository_url <> '' and r.enrichment <> 'ready'
    returning r.id, r.project_id`.execute(db);
  return rows;
}

/** Every revision still waiting (queued again at start-up). */
export async function pendingRevisions(db: Db, projectId: number | null = null) {
  const { rows } = await sql<{ id: number; project_id: number }>`
    /* enrichment_pending */
    select id, project_id from revision
    where enrichment = 'pending' and (${projectId}::int is null or project_id = ${projectId}::int)`.execute(db);
  return rows;
}

/** The revisions of a project not enriched yet: what `syncRepository` tries again. */
export async function unenrichedRevisions(db: Db, projectId: number) {
  const { rows } = await sql<{ id: number }>`
    /* enrichment_unenriched */
    select id from revision where project_id = ${projectId} and enrichment <> 'ready'`.execute(db);
  return rows.map((r) => r.id);
}

export async function projectRepository(db: Db, projectId: number): Promise<ProjectRepositoryFields | null> {
  const { rows } = await sql<{
    id: number;
    repository_type: RepositoryType;
    repository_url: string;
    repository_user: string;
    repository_password: string;
    default_branch: string;
  }>`
    /* enrichment_project */
    select id, repository_type, repository_url, repository_user, repository_password, default_branch
    from project where id = ${projectId}`.execute(db);
  const p = rows[0];
  return p
    ? {
        id: p.id,
        repositoryType: p.repository_type,
        repositoryUrl: p.repository_url,
        repositoryUser: p.repository_user,
        repositoryPassword: p.repository_password,
        defaultBranch: p.default_branch,
      }
    : null;
}

export interface RevisionToEnrich {
  id: number;
  commit_id: string;
  branch_id: number;
  author: string;
  author_email: string;
  message: string;
  tag: string;
  /** A Date from node-postgres, text from PGlite. */
  date: Date | string;
}

export async function revisionsToEnrich(db: Db, revisionIds: number[]): Promise<RevisionToEnrich[]> {
  const { rows } = await sql<RevisionToEnrich>`
    /* enrichment_revisions */
    select id, commit_id, branch_id, author, author_email, message, tag, date
    from revision where id = any(${revisionIds}::int[]) and enrichment = 'pending'
    order by id`.execute(db);
  return rows;
}

export interface Metadata {
  author: string;
  authorEmail: string;
  date: Date;
  message: string;
  tag: string;
}

/**
 * Stores what the repository says of a revision; its position is left to
 * history placement, and READY to the storing of its log (markLogged).
 */
export async function storeMetadata(db: Db, revisionId: number, m: Metadata) {
  await sql`
    /* enrichment_store */
    update revision set author = ${m.author}, author_email = ${m.authorEmail}, date = ${m.date.toISOString()}::timestamptz,
      message = ${m.message}, tag = ${m.tag}
    where id = ${revisionId}`.execute(db);
}

/** READY, in the transaction that stores the log: READY promises `commits` lists it. */
export async function markLogged(tx: Db, revisionId: number) {
  await sql`
    /* enrichment_logged */
    update revision set enrichment = 'ready', enriched_at = now()
    where id = ${revisionId} and enrichment in ('pending', 'ready')`.execute(tx);
}

export async function markRevisionsFailed(db: Db, revisionIds: number[]) {
  await sql`
    /* enrichment_failed */
    update revision set enrichment = 'failed' where id = any(${revisionIds}::int[]) and enrichment = 'pending'`.execute(
    db,
  );
}

/** A project without a repository any more: its waiting revisions have nothing to wait for. */
export async function markRevisionsUnenriched(db: Db, revisionIds: number[]) {
  await sql`
    /* enrichment_none */
    update revision set enrichment = 'none' where id = any(${revisionIds}::int[]) and enrichment = 'pending'`.execute(
    db,
  );
}

export async function projectBranches(db: Db, projectId: number) {
  const { rows } = await sql<{ id: number; name: string }>`
    /* enrichment_branches */
    select id, name from branch where project_id = ${projectId} order by id`.execute(db);
  return rows;
}

export async function branchRevisions(db: Db, branchId: number) {
  const { rows } = await sql<{ id: number; commit_id: string; date: Date | string; enrichment: string }>`
    /* enrichment_branch_revisions */
    select id, commit_id, date, enrichment from revision where branch_id = ${branchId}
    order by date desc, id desc`.execute(db);
  return rows;
}

/** The revision before this one on its branch, in history order. */
export async function previousInHistory(db: Db, revisionId: number) {
  const { rows } = await sql<{ id: number; commit_id: string }>`
    /* enrichment_previous */
    select r.id, r.commit_id from revision target
    join revision r on r.branch_id = target.branch_id and (r.ordered_at, r.id) < (target.ordered_at, target.id)
    where target.id = ${revisionId}
    order by r.ordered_at desc, r.id desc
    limit 1`.execute(db);
  return rows[0] ?? null;
}

/** The revision after each of these on its branch, in history order. */
export async function nextInHistory(db: Db, revisionIds: number[]) {
  const { rows } = await sql<{ id: number }>`
    /* enrichment_next */
    select n.id from unnest(${revisionIds}::int[]) as t(id)
    join revision target on target.id = t.id
    cross join lateral (
      select r.id from revision r
      where r.branch_id = target.branch_id and (r.ordered_at, r.id) > (target.ordered_at, target.id)
      order by r.ordered_at, r.id
      limit 1
    ) n`.execute(db);
  return rows.map((r) => r.id);
}

/** Of these revisions, those whose metadata is stored: READY ones, and the `enriched` ones about to be. */
export async function revisionsToLog(db: Db, revisionIds: number[], enriched: number[]) {
  const { rows } = await sql<{ id: number; commit_id: string }>`
    /* enrichment_to_log */
    select id, commit_id from revision
    where id = any(${revisionIds}::int[]) and (enrichment = 'ready' or id = any(${enriched}::int[]))
    order by id`.execute(db);
  return rows;
}
