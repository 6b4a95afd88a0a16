import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { Database } from '../../db/orm.js';
import type { Logger } from '../../lib/logger.js';
import type { ReportRefresher } from '../ingestion/after-commit.js';
import type { LiveService } from '../live/live.service.js';
import { EnrichmentJob, type JobFailure } from './enrichment.job.js';
import {
  markPending,
  markRevisionsFailed,
  markRevisionsUnenriched,
  pendingRevisions,
  projectRepository,
  unenrichedRevisions,
} from './enrichment.sql.js';
import { hasRepository } from './project-repository.js';
import { RepositoryError } from './provider.js';
import type { providerFor } from './registry.js';
import { claimRepository, markFailed, releaseRepository, resetAttempts } from './repository.sql.js';

/** Waits after a failed attempt: 5 s, 30 s, 2 min, 10 min, then none until the next upload or `syncRepository`. */
export const RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000];
/** Another process holds the project's claim: look again soon, without counting an attempt. */
const CLAIMED_ELSEWHERE_MS = 5_000;

export interface EnrichmentOptions {
  retryDelaysMs?: number[];
  /** Builds a project's provider; the registry's by default. */
  providerFor?: typeof providerFor;
}

/**
 * Reads commit metadata and logs from projects' repositories in the
 * background (docs/ARCHITECTURE.md, "The flow of a result"): the scheduler of
 * the jobs (enrichment.job.ts), with their queue, claims, retries and timers.
 * Ingestion hands it the revisions of each committed batch and never waits: an
 * unreachable repository costs an upload nothing. One job at a time per
 * project, claimed in the database so that several processes sharing one
 * PostgreSQL never clone the same repository at once; waiting revisions are
 * stored (`pending`), so a restart loses nothing.
 */
export class EnrichmentService {
  private readonly queued = new Map<number, Set<number>>();
  private readonly running = new Map<number, Promise<void>>();
  private readonly timers = new Map<number, NodeJS.Timeout>();
  /** Work under way (queueing, jobs): what `drain` waits for. */
  private readonly active = new Set<Promise<unknown>>();
  private readonly stopping = new AbortController();
  /** Jobs run only in a started service (a server); the CLI's uploads leave revisions pending for it. */
  private started = false;
  private readonly retryDelays: number[];
  private readonly job: EnrichmentJob;

  constructor(
    private readonly db: Database,
    private readonly config: Config,
    reports: ReportRefresher,
    live: LiveService,
    private readonly log: Logger,
    options: EnrichmentOptions = {},
  ) {
    this.retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
    this.job = new EnrichmentJob(db, config, reports, live, log, options.providerFor);
  }

  /** Says which git implementation answers, and queues the revisions a previous run left waiting. */
  async start(): Promise<void> {
    this.started = true;
    this.track(this.job.logGitImplementation());
    const pending = await pendingRevisions(this.kysely());
    this.enqueueRows(pending);
  }

  /** Stops every job (a clone under way is aborted) and waits for them to end. */
  async stop(): Promise<void> {
    this.stopping.abort();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await this.drain();
  }

  /** Resolves when no job runs and none is queued to run now (retries waiting on a timer are not waited for). */
  async drain(): Promise<void> {
    while (this.active.size) await Promise.allSettled([...this.active]);
  }

  /**
   * Marks the revisions an upload touched as waiting (their project must have
   * a repository) and queues them. Only that one statement is waited for:
   * ingestion never waits for a repository.
   */
  async revisionsCommitted(revisionIds: number[]): Promise<void> {
    if (!revisionIds.length) return;
    const db = this.kysely();
    const rows = await markPending(db, [...new Set(revisionIds)]);
    // An upload starts over after the retries ran out.
    for (const projectId of new Set(rows.map((r) => r.project_id))) {
      if (!this.timers.has(projectId)) await resetAttempts(db, projectId);
    }
    this.enqueueRows(rows);
  }

  /** `syncRepository`: fetch now and try again every revision of the project still missing its metadata. */
  async syncProject(projectId: number): Promise<void> {
    const db = this.kysely();
    const ids = await unenrichedRevisions(db, projectId);
    const rows = ids.length ? await markPending(db, ids) : [];
    await resetAttempts(db, projectId);
    const timer = this.timers.get(projectId);
    if (timer) clearTimeout(timer);
    this.timers.delete(projectId);
    this.job.resync(projectId);
    this.enqueue(
      projectId,
      rows.map((r) => r.id),
    );
  }

  /**
   * A deleted project: nothing of it stays queued or cached, and its local
   * copies go (EnrichmentJob.forget). A job under way ends on its own: its rows are gone.
   */
  async forgetProject(projectId: number): Promise<void> {
    this.queued.delete(projectId);
    const timer = this.timers.get(projectId);
    if (timer) clearTimeout(timer);
    this.timers.delete(projectId);
    await this.running.get(projectId)?.catch(() => {});
    await this.job.forget(projectId);
  }

  private enqueueRows(rows: { id: number; project_id: number }[]) {
    const byProject = new Map<number, number[]>();
    for (const row of rows) byProject.set(row.project_id, [...(byProject.get(row.project_id) ?? []), row.id]);
    for (const [projectId, ids] of byProject) this.enqueue(projectId, ids);
  }

  private enqueue(projectId: number, revisionIds: number[]) {
    if (this.stopping.signal.aborted) return;
    const set = this.queued.get(projectId) ?? new Set<number>();
    revisionIds.forEach((id) => set.add(id));
    this.queued.set(projectId, set);
    this.kick(projectId);
  }

  /** Starts the project's job unless one runs or waits on a retry timer. */
  private kick(projectId: number) {
    if (!this.started || this.stopping.signal.aborted) return;
    if (this.running.has(projectId) || this.timers.has(projectId)) return;
    const job = this.runQueued(projectId).finally(() => {
      this.running.delete(projectId);
      // Revisions that arrived while the job ran.
      if (this.queued.get(projectId)?.size) this.kick(projectId);
    });
    this.running.set(projectId, job);
    this.track(job);
  }

  private later(projectId: number, ms: number) {
    if (this.stopping.signal.aborted) return;
    const timer = setTimeout(() => {
      this.timers.delete(projectId);
      this.kick(projectId);
    }, ms);
    timer.unref();
    this.timers.set(projectId, timer);
  }

  private async runQueued(projectId: number): Promise<void> {
    const ids = [...(this.queued.get(projectId) ?? [])];
    this.queued.delete(projectId);
    if (!ids.length) return;
    try {
      await this.runJob(projectId, ids);
    } catch (error) {
      // Never out of the service: whatever went wrong is logged, and the revisions wait for the next try.
      this.log.error(`enrichment: project ${projectId} failed unexpectedly`, error);
    }
  }

  /** The project's job, on its claimed repository; a project without one has nothing to wait for. */
  private async runJob(projectId: number, ids: number[]): Promise<void> {
    const db = this.kysely();
    const project = await projectRepository(db, projectId);
    if (!project || !hasRepository(project)) {
      if (project) await markRevisionsUnenriched(db, ids);
      return;
    }
    if (!(await claimRepository(db, projectId, this.config.vcs.timeoutSeconds + 60))) {
      ids.forEach((id) => this.requeue(projectId, id));
      this.later(projectId, CLAIMED_ELSEWHERE_MS);
      return;
    }
    try {
      const failure = await this.job.run(db, project, ids, this.stopping.signal);
      if (failure) await this.failed(db, projectId, ids, failure);
    } finally {
      await releaseRepository(db, projectId).catch((error: unknown) =>
        this.log.error(`enrichment: could not release project ${projectId}`, error),
      );
    }
  }

  private requeue(projectId: number, id: number) {
    const set = this.queued.get(projectId) ?? new Set<number>();
    set.add(id);
    this.queued.set(projectId, set);
  }

  private async failed(db: Kysely<unknown>, projectId: number, ids: number[], { implementation, error }: JobFailure) {
    if (this.stopping.signal.aborted) {
      // Shut down mid-job: the revisions stay pending for the next start, which tries again.
      await markFailed(db, projectId, implementation, 'interrupted: the server shut down');
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof RepositoryError)) this.log.error(`enrichment: project ${projectId}`, error);
    else this.log.warn(`enrichment: project ${projectId}: ${message}`);
    const attempts = await markFailed(db, projectId, implementation, message);
    await markRevisionsFailed(db, ids);
    // Failed revisions are queued again: the next attempt (timer, upload or syncRepository) picks them up.
    const delay = this.retryDelays[attempts - 1];
    if (delay !== undefined) {
      await markPending(db, ids);
      ids.forEach((id) => this.requeue(projectId, id));
      this.later(projectId, delay);
    }
  }

  private track(promise: Promise<unknown>) {
    this.active.add(promise);
    promise.finally(() => this.active.delete(promise)).catch(() => {});
  }

  private kysely(): Kysely<unknown> {
    return this.db.fork().getKysely() as Kysely<unknown>;
  }
}
