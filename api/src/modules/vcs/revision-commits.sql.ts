import { sql, type Kysely } from 'kysely';
import type { CommitInfo } from './provider.js';

type Db = Kysely<unknown>;

export interface CommitRow {
  position: number;
  commit_id: string;
  short_id: string;
  author: string;
  author_email: string;
  date: Date;
  subject: string;
  body: string;
  tags: string[];
}

/**
 * Replaces a revision's stored log (newest first) and its total count: rows
 * are overwritten in place, then the old tail is cut. The caller's transaction
 * also turns the revision READY (enrich.ts), so no reader sees READY without its log.
 */
export async function replaceCommitLog(tx: Db, revisionId: number, commits: CommitInfo[], total: number) {
  if (commits.length) {
    const col = <K extends keyof CommitInfo>(key: K) => commits.map((c) => c[key]);
    await sql`
      /* revision_commits_insert */
      insert into revision_commit (revision_id, position, commit_id, short_id, author, author_email, date, subject, body, tags)
      select ${revisionId}, n - 1, commit_id, short_id, author, author_email, date, subject, body,
        array(select jsonb_array_elements_text(tags))
      from unnest(
        ${col('id')}::text[], ${col('shortId')}::text[], ${col('author')}::text[], ${col('authorEmail')}::text[],
        ${commits.map((c) => c.date.toISOString())}::timestamptz[], ${col('subject')}::text[], ${col('body')}::text[],
        ${commits.map((c) => JSON.stringify(c.tags))}::jsonb[]
      ) with ordinality as t(commit_id, short_id, author, author_email, date, subject, body, tags, n)
      on conflict (revision_id, position) do update set
        commit_id = excluded.commit_id, short_id = excluded.short_id, author = excluded.author,
        author_email = excluded.author_email, date = excluded.date, subject = excluded.subject,
        body = excluded.body, tags = excluded.tags`.execute(tx);
  }
  await sql`
    /* revision_commits_trim */
    delete from revision_commit where revision_id = ${revisionId} and position >= ${commits.length}`.execute(tx);
  await sql`
    /* revision_commits_count */
    update revision set commit_count = ${total} where id = ${revisionId}`.execute(tx);
}

/** A page of a revision's log, newest first, after a position. */
export async function commitPage(db: Db, revisionId: number, afterPosition: number, first: number) {
  const { rows } = await sql<CommitRow>`
    /* revision_commits_page */
    select position, commit_id, short_id, author, author_email, date, subject, body, tags
    from revision_commit
    where revision_id = ${revisionId} and position > ${afterPosition}
    order by position
    limit ${first + 1}`.execute(db);
  return rows;
}
