import type { Kysely } from 'kysely';
import {
  markLogged,
  markRevisionsFailed,
  previousInHistory,
  nextInHistory,
  revisionsToLog,
  revisionsToEnrich,
  storeMetadata,
  type Metadata,
  type RevisionToEnrich,
} from './enrichment.sql.js';
import type { CommitInfo, RepositoryProvider } from './provider.js';
import { replaceCommitLog } from './revision-commits.sql.js';

/** The newest commits of a log kept per revision; `totalCount` still counts them all. */
export const STORED_COMMITS = 500;

export interface RevisionChange {
  id: number;
  /** Whether author, e-mail, date, message or tag changed: `revisionUpdated` is published. */
  changed: boolean;
}

/**
 * Fills each waiting revision from its commit, as Codespeed did: author,
 * e-mail, date, message (subject, blank line, body) and, when the revision has
 * none, the commit's tag. A commit the local copy does not know makes
 * `fetchOnce` fetch (once per job); a commit still unknown after that marks
 * its revision failed. Lengths are cut to the columns'.
 */
export async function enrichRevisions(
  db: Kysely<unknown>,
  provider: RepositoryProvider,
  revisionIds: number[],
  fetchOnce: () => Promise<boolean>,
): Promise<{ enriched: RevisionChange[]; branchIds: Set<number> }> {
  const revisions = await revisionsToEnrich(db, revisionIds);
  const found = new Map<number, CommitInfo>();
  let missing: RevisionToEnrich[] = [];
  for (const revision of revisions) {
    const info = await provider.commit(revision.commit_id);
    if (info) found.set(revision.id, info);
    else missing.push(revision);
  }
  if (missing.length && (await fetchOnce())) {
    const still: RevisionToEnrich[] = [];
    for (const revision of missing) {
      const info = await provider.commit(revision.commit_id);
      if (info) found.set(revision.id, info);
      else still.push(revision);
    }
    missing = still;
  }
  await markRevisionsFailed(
    db,
    missing.map((r) => r.id),
  );
  const enriched: RevisionChange[] = [];
  for (const revision of revisions) {
    const info = found.get(revision.id);
    if (!info) continue;
    const metadata = metadataOf(revision, info);
    await storeMetadata(db, revision.id, metadata);
    enriched.push({ id: revision.id, changed: differs(revision, metadata) });
  }
  return { enriched, branchIds: new Set(revisions.filter((r) => found.has(r.id)).map((r) => r.branch_id)) };
}

function metadataOf(revision: RevisionToEnrich, info: CommitInfo): Metadata {
  const message = info.body ? `${info.subject}\n\n${info.body}` : info.subject;
  return {
    author: info.author.slice(0, 100),
    authorEmail: info.authorEmail.slice(0, 100),
    date: info.date,
    message,
    // A tag sent by the client (a release name) wins over the repository's.
    tag: revision.tag || (info.tags[0] ?? '').slice(0, 100),
  };
}

function differs(revision: RevisionToEnrich, m: Metadata): boolean {
  return (
    revision.author !== m.author ||
    revision.author_email !== m.authorEmail ||
    new Date(revision.date).getTime() !== m.date.getTime() ||
    revision.message !== m.message ||
    revision.tag !== m.tag
  );
}

/**
 * Stores the commit log of each given revision and of the revision after it
 * (whose previous revision may have just changed): the commits since the
 * previous revision of its branch in history order, newest first, the newest
 * STORED_COMMITS of them. The first revision of a branch lists its own commit.
 * A revision of `enriched` (metadata stored this job) turns READY with its log, in one transaction.
 */
export async function relogRevisions(
  db: Kysely<unknown>,
  provider: RepositoryProvider,
  revisionIds: number[],
  enriched: number[],
) {
  if (!revisionIds.length) return;
  const ids = [...new Set([...revisionIds, ...(await nextInHistory(db, revisionIds))])];
  for (const revision of await revisionsToLog(db, ids, enriched)) {
    const previous = await previousInHistory(db, revision.id);
    let commits: CommitInfo[];
    let total: number;
    try {
      commits = await provider.log(previous?.commit_id ?? null, revision.commit_id, previous ? STORED_COMMITS : 1);
      total = commits.length;
      if (previous && commits.length === STORED_COMMITS) {
        total = (await provider.log(previous.commit_id, revision.commit_id, 1_000_000)).length;
      }
    } catch {
      // The previous revision's commit is not in the repository (a typo, a rewritten history): its own commit only.
      commits = await provider.log(null, revision.commit_id, 1);
      total = commits.length;
    }
    await db.transaction().execute(async (tx) => {
      await replaceCommitLog(tx, revision.id, commits, total);
      await markLogged(tx, revision.id);
    });
  }
}
