import type { Kysely } from 'kysely';
import { branchRevisions } from './enrichment.sql.js';
import { placeBranch } from './history.sql.js';
import type { RepositoryProvider } from './provider.js';

/**
 * How far back a branch's first-parent history is walked: 10,000 commits take
 * well under a second from a local clone, but cost GitHub a request per 100
 * and Subversion a network log. Older revisions keep their date order.
 */
const HISTORY_LIMITS: Record<string, number> = { github: 300, svn: 1000 };
const HISTORY_LIMIT = 10_000;

type BranchRevision = { id: number; commit_id: string; date: Date | string };

/**
 * Places one branch's revisions in history order (history.sql.ts) and returns
 * the revisions whose previous revision changed. The head is the repository's
 * branch of the same name; when it has none (a project's "default" branch on a
 * repository whose branch is "main"), the newest revision's commit.
 */
export async function placeInHistory(
  db: Kysely<unknown>,
  provider: RepositoryProvider,
  branch: { id: number; name: string },
): Promise<number[]> {
  const revisions = await branchRevisions(db, branch.id);
  if (revisions.length === 0) return [];
  const limit = HISTORY_LIMITS[provider.implementation] ?? HISTORY_LIMIT;
  const history = await historyOf(provider, branch.name, revisions, limit);
  return placeBranch(db, branch.id, chainOf(history, revisions));
}

async function historyOf(provider: RepositoryProvider, branchName: string, revisions: BranchRevision[], limit: number) {
  const byName = await provider.firstParentHistory(branchName, limit).catch(() => [] as string[]);
  if (byName.length) return byName;
  // No branch of that name: start from the newest revision. Several may share the newest date (a rebase);
  // the one whose history holds the most known revisions is the head.
  const time = (r: BranchRevision) => new Date(r.date).getTime();
  const newest = revisions.filter((r) => time(r) === time(revisions[0]!)).slice(0, 5);
  let best: string[] = [];
  let bestCount = -1;
  for (const candidate of newest) {
    const history = await provider.firstParentHistory(candidate.commit_id, limit).catch(() => [] as string[]);
    const count = chainOf(history, revisions).length;
    if (count > bestCount) [best, bestCount] = [history, count];
  }
  return best;
}

/**
 * The branch's revisions found along `history` (full ids, newest first),
 * oldest first. A client may have sent a short id: it matches the one full id
 * it starts.
 */
function chainOf(history: string[], revisions: BranchRevision[]): number[] {
  const position = new Map(history.map((id, index) => [id, index]));
  const found: { id: number; index: number }[] = [];
  for (const revision of revisions) {
    let index = position.get(revision.commit_id);
    if (index === undefined && /^[0-9a-f]{4,39}$/i.test(revision.commit_id)) {
      const prefix = revision.commit_id.toLowerCase();
      const at = history.findIndex((id) => id.startsWith(prefix));
      if (at >= 0) index = at;
    }
    if (index !== undefined) found.push({ id: revision.id, index });
  }
  // Two revisions of one commit cannot share a branch (unique), so indexes are distinct.
  return found.sort((a, b) => b.index - a.index).map((f) => f.id);
}
