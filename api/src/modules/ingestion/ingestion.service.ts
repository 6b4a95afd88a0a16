import type { Kysely } from 'kysely';
import type { Database } from '../../db/orm.js';
import { BatchRejectedError } from './ingestion.errors.js';
import {
  ensureBenchmarks,
  ensureBranches,
  ensureExecutables,
  ensureProjects,
  ensureRevisions,
  existingProjects,
  lockedEnvironments,
  upsertResults,
  type ResultRow,
} from './ingestion.sql.js';
import type { LiveRevision } from '../live/event-bus.js';
import { toLiveRevision } from '../live/live.sql.js';
import { RepositoryType } from '../projects/project.entity.js';
import { commitIdProblem } from '../revisions/commit-id.js';
import {
  checkSubmission,
  type BatchEntry,
  type ResultSubmission,
  type SubmissionField,
  type UnreadItem,
} from './submission.js';

/** What one committed batch touched: enough for reports and live events to do their work. */
export interface IngestionOutcome {
  created: number;
  replaced: number;
  /** Each distinct (revision, executable, environment) of the batch: a report to bring up to date. */
  touched: { projectId: number; branchId: number; revisionId: number; executableId: number; environmentId: number }[];
  /** Every result row written, by id of its parts. */
  results: ResultRow[];
  /** Each revision of the batch as it stands after the commit, so that what follows need not read it again. */
  revisions: LiveRevision[];
}

/** Runs after a batch commits, never inside its transaction (reports, live events). */
export type IngestionListener = (outcome: IngestionOutcome) => Promise<void> | void;

type Lookup = { environments: Map<string, number>; repositoryTypes: Map<string, RepositoryType> };
type BadItem = { index: number; problem: UnreadItem['problem'] };

/**
 * The one way results enter Speedgraph: both the `submitResults` mutation and
 * Codespeed's `/result/add/` endpoints call `submit`.
 */
export class IngestionService {
  private readonly listeners: IngestionListener[] = [];

  constructor(
    private readonly db: Database,
    private readonly log: (message: string, error: unknown) => void = () => {},
  ) {}

  /** The one place where work follows a committed batch: the after-commit pipeline (after-commit.ts) registers here. */
  onCommitted(listener: IngestionListener): void {
    this.listeners.push(listener);
  }

  /**
   * Stores a batch whole or not at all: the batch protocol of both doors. Each
   * door hands one entry per item, in order (submission.ts), and the batch is
   * refused with its first bad item, whatever the kind of problem: one the door
   * found reading it, a rule of `checkSubmission`, or one only the database
   * knows (an unknown environment, a non-numeric Subversion commit id), looked
   * up once. Throws BatchRejectedError naming that item; each door words it its
   * own way. `describe` names a field in messages as the door's clients know it.
   */
  async submit(
    entries: readonly BatchEntry[],
    describe: (field: SubmissionField) => string = (field) => field,
  ): Promise<IngestionOutcome> {
    if (entries.length === 0) return { created: 0, replaced: 0, touched: [], results: [], revisions: [] };
    const bad = problemWithoutDatabase(entries, describe);
    if (bad) {
      // The items before it were read: one of them the database refuses is the first bad item then.
      const before = entries.slice(0, bad.index) as ResultSubmission[];
      const kysely = this.db.fork().getKysely() as Kysely<unknown>;
      const earlier = before.length ? databaseProblem(before, await lookup(kysely, before)) : null;
      throw rejected(earlier ?? bad);
    }
    // No entry is a door's problem (problemWithoutDatabase found none): each is a read item.
    const items = entries as ResultSubmission[];
    const outcome = await this.db.fork().transactional(async (tx) => {
      const db = tx.getKysely() as Kysely<unknown>;
      const found = await lookup(db, items);
      const bad = databaseProblem(items, found);
      if (bad) throw rejected(bad);
      return write(db, items, found.environments);
    });
    for (const listener of this.listeners) {
      try {
        await listener(outcome);
      } catch (error) {
        // The batch is committed: a failing follower must not turn it into an error for the client.
        this.log('a listener of committed results failed', error);
      }
    }
    return outcome;
  }
}

async function lookup(db: Kysely<unknown>, items: ResultSubmission[]): Promise<Lookup> {
  const envRows = await lockedEnvironments(db, unique(items.map((i) => i.environment)));
  const projects = await existingProjects(db, unique(items.map((i) => i.project)));
  return {
    environments: new Map(envRows.map((e) => [e.name, e.id])),
    repositoryTypes: new Map(projects.map((p) => [p.name, p.repository_type as RepositoryType])),
  };
}

/** The first item a door could not read or that breaks a rule of checkSubmission: no database needed. */
function problemWithoutDatabase(
  entries: readonly BatchEntry[],
  describe: (field: SubmissionField) => string,
): BadItem | null {
  for (const [index, entry] of entries.entries()) {
    const problem = 'problem' in entry ? entry.problem : checkSubmission(entry, describe);
    if (problem) return { index, problem };
  }
  return null;
}

const rejected = (bad: BadItem) => new BatchRejectedError(bad.index, bad.problem.field, bad.problem.message);

/** The first item the database refuses. */
function databaseProblem(items: ResultSubmission[], found: Lookup): BadItem | null {
  for (const [index, item] of items.entries()) {
    // Environments are never created by an upload: they describe machines an admin registered.
    if (!found.environments.has(item.environment)) {
      return { index, problem: { field: 'environment', message: `Environment ${item.environment} not found` } };
    }
    const commitProblem = commitIdProblem(
      found.repositoryTypes.get(item.project) ?? RepositoryType.NONE,
      item.commitId,
    );
    if (commitProblem) return { index, problem: { field: 'commitId', message: commitProblem } };
  }
  return null;
}

async function write(db: Kysely<unknown>, items: ResultSubmission[], environments: Map<string, number>) {
  const projectRows = await ensureProjects(
    db,
    firstBy(items, (i) => i.project).map((i) => ({ name: i.project, defaultBranch: i.branch })),
  );
  const projectId = new Map(projectRows.map((p) => [p.name, p.id]));
  const pid = (i: ResultSubmission) => projectId.get(i.project)!;

  const branchRows = await ensureBranches(
    db,
    firstBy(items, (i) => `${pid(i)}\u0000${i.branch}`).map((i) => ({ projectId: pid(i), name: i.branch })),
  );
  const branchId = new Map(branchRows.map((b) => [`${b.project_id}\u0000${b.name}`, b.id]));
  const bid = (i: ResultSubmission) => branchId.get(`${pid(i)}\u0000${i.branch}`)!;

  const benchmarkRows = await ensureBenchmarks(
    db,
    firstBy(items, (i) => i.benchmark).map((i) => ({
      name: i.benchmark,
      description: i.benchmarkDescription || '',
      units: i.units || 'seconds',
      unitsTitle: i.unitsTitle || 'Time',
      lessIsBetter: i.lessIsBetter ?? true,
    })),
  );
  const benchmarkId = new Map(benchmarkRows.map((b) => [b.name, b.id]));

  const executableRows = await ensureExecutables(
    db,
    firstBy(items, (i) => `${pid(i)}\u0000${i.executable}`).map((i) => ({ projectId: pid(i), name: i.executable })),
  );
  const executableId = new Map(executableRows.map((e) => [`${e.project_id}\u0000${e.name}`, e.id]));

  const revisionRows = await ensureRevisions(
    db,
    firstBy(items, (i) => `${bid(i)}\u0000${i.commitId}`).map((i) => ({
      projectId: pid(i),
      branchId: bid(i),
      commitId: i.commitId,
      date: i.revisionDate?.toISOString() ?? null,
    })),
  );
  const revision = new Map(revisionRows.map((r) => [`${r.branch_id}\u0000${r.commit_id}`, r]));

  // The same measurement twice in one batch: the later one wins, as two requests in a row would.
  const rows = new Map<string, ResultRow>();
  const touched = new Map<string, IngestionOutcome['touched'][number]>();
  for (const item of items) {
    const rev = revision.get(`${bid(item)}\u0000${item.commitId}`)!;
    const row: ResultRow = {
      revisionId: rev.id,
      executableId: executableId.get(`${pid(item)}\u0000${item.executable}`)!,
      benchmarkId: benchmarkId.get(item.benchmark)!,
      environmentId: environments.get(item.environment)!,
      value: item.value,
      stdDev: item.stdDev ?? null,
      min: item.min ?? null,
      max: item.max ?? null,
      q1: item.q1 ?? null,
      q3: item.q3 ?? null,
      date: item.resultDate?.toISOString() ?? rev.date,
    };
    rows.set(`${row.revisionId}:${row.executableId}:${row.benchmarkId}:${row.environmentId}`, row);
    touched.set(`${row.revisionId}:${row.executableId}:${row.environmentId}`, {
      projectId: pid(item),
      branchId: bid(item),
      revisionId: row.revisionId,
      executableId: row.executableId,
      environmentId: row.environmentId,
    });
  }
  // Sorted so that concurrent batches lock rows in the same order and never deadlock.
  const sorted = [...rows.values()].sort(
    (a, b) =>
      a.revisionId - b.revisionId ||
      a.executableId - b.executableId ||
      a.benchmarkId - b.benchmarkId ||
      a.environmentId - b.environmentId,
  );
  const counts = await upsertResults(db, sorted);
  return { ...counts, touched: [...touched.values()], results: sorted, revisions: revisionRows.map(toLiveRevision) };
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

/** The first item for each key, in key order (sorted, for a stable lock order). */
function firstBy(items: ResultSubmission[], key: (item: ResultSubmission) => string): ResultSubmission[] {
  const first = new Map<string, ResultSubmission>();
  for (const item of items) {
    const k = key(item);
    if (!first.has(k)) first.set(k, item);
  }
  return [...first.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item);
}
