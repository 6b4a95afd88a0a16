import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { Database } from '../../db/orm.js';
import type { Logger } from '../../lib/logger.js';
import type { LiveService } from '../live/live.service.js';
import type { ReportsService } from '../reports/reports.service.js';
import { Revision } from '../revisions/revision.entity.js';
import {
  markPending,
  markRevisionsFailed,
  markRevisionsUnenriched,
  pendingRevisions,
  projectBranches,
  projectRepository,
  unenrichedRevisions,
} from './enrichment.sql.js';
import { reportKeysAt } from './history.sql.js';
import { enrichRevisions, relogRevisions, type RevisionChange } from './enrich.js';
import { placeInHistory } from './history.js';
import { hasRepository, type ProjectRepositoryFields } from './project-repository.js';
import { RepositoryError, type RepositoryProvider } from './provider.js';
import { providerFor } from './registry.js';
import { claimRepository, markFailed, releaseRepository, resetAttempts } from './repository.sql.js';
import { syncWithProgress } from './sync.js';

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
 * background (architecture.md, step 4 of a result's flow). Ingestion hands it
 * the revisions of each committed batch and never waits: an unreachable
 * repository costs an upload nothing. One job at a time per project, claimed
 * in the database so that several processes sharing one PostgreSQL never clone
 * the same repository at once; waiting revisions are stored (`pending`), so a
 * restart loses nothing.
 */
export class EnrichmentService {
  private readonly queued = new Map<number, Set<number>>();
  private readonly running = new Map<number, Promise<void>>();
  private readonly timers = new Map<number, NodeJS.Timeout>();
  /** Work under way (queueing, jobs): what `drain` waits for. */
  private readonly active = new Set<Promise<unknown>>();
  /** Providers by project, kept while the project's repository settings stay the same (GitHub caches answers). */
  private readonly providers = new Map<number, { key: string; provider: RepositoryProvider; synced: boolean }>();
  private readonly stopping = new AbortController();
  /** Jobs run only in a started service (a server); the CLI's uploads leave revisions pending for it. */
  private started = false;
  private readonly retryDelays: number[];
  private readonly makeProvider: typeof providerFor;

  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly reports: ReportsService,
    private readonly live: LiveService,
    private readonly log: Logger,
    options: EnrichmentOptions = {},
  ) {
    this.retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
    this.makeProvider = options.providerFor ?? providerFor;
  }

  /** Says which git implementation answers, and queues the revisions a previous run left waiting. */
  async start(): Promise<void> {
    this.started = true;
    this.track(this.logGitImplementation());
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
    const cached = this.providers.get(projectId);
    if (cached) cached.synced = false;
    this.enqueue(
      projectId,
      rows.map((r) => r.id),
    );
  }

  /**
   * A deleted project: nothing of it stays queued or cached, and its local
   * copies go (`<id>.git`, `<id>.hg`; ids are never reused, so this is only
   * disk space). A job under way ends on its own: its rows are gone.
   */
  async forgetProject(projectId: number): Promise<void> {
    this.queued.delete(projectId);
    const timer = this.timers.get(projectId);
    if (timer) clearTimeout(timer);
    this.timers.delete(projectId);
    this.providers.delete(projectId);
    await this.running.get(projectId)?.catch(() => {});
    await Promise.all(
      [`${projectId}.git`, `${projectId}.hg`].map((name) =>
        rm(path.join(this.config.vcs.repositoriesDir, name), { recursive: true, force: true }),
      ),
    );
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

  private async runJob(projectId: number, ids: number[]): Promise<void> {
    const db = this.kysely();
    const project = await projectRepository(db, projectId);
    if (!project || !hasRepository(project)) {
      if (project) await markRevisionsUnenriched(db, ids);
      return;
    }
    const timeoutMs = this.config.vcs.timeoutSeconds * 1000;
    if (!(await claimRepository(db, projectId, this.config.vcs.timeoutSeconds + 60))) {
      ids.forEach((id) => this.requeue(projectId, id));
      this.later(projectId, CLAIMED_ELSEWHERE_MS);
      return;
    }
    let provider: RepositoryProvider | null = null;
    try {
      const entry = await this.providerOf(project);
      provider = entry.provider;
      const sync = async () => {
        const signal = AbortSignal.any([this.stopping.signal, AbortSignal.timeout(timeoutMs)]);
        await syncWithProgress(db, projectId, entry.provider, project.repositoryUrl.trim(), signal);
        entry.synced = true;
      };
      // First use in this process: clone, or fetch what an earlier run cloned.
      let synced = false;
      if (!entry.synced) {
        await sync();
        synced = true;
      }
      // A commit the copy does not know: fetch once, then look again.
      const fetchOnce = async () => {
        if (synced) return false;
        await sync();
        synced = true;
        return true;
      };
      const outcome = await enrichRevisions(db, entry.provider, ids, fetchOnce);
      const branches = (await projectBranches(db, projectId)).filter((b) => synced || outcome.branchIds.has(b.id));
      const moved: number[] = [];
      for (const branch of branches) moved.push(...(await placeInHistory(db, entry.provider, branch)));
      await relogRevisions(db, entry.provider, [...outcome.enriched.map((c) => c.id), ...moved]);
      await this.recomputeReports(moved);
      await this.publish(outcome.enriched);
    } catch (error) {
      await this.failed(db, projectId, provider, ids, error);
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

  private async failed(
    db: Kysely<unknown>,
    projectId: number,
    provider: RepositoryProvider | null,
    ids: number[],
    error: unknown,
  ) {
    if (this.stopping.signal.aborted) {
      // Shut down mid-job: the revisions stay pending for the next start, which tries again.
      await markFailed(db, projectId, provider?.implementation ?? null, 'interrupted: the server shut down');
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof RepositoryError)) this.log.error(`enrichment: project ${projectId}`, error);
    else this.log.warn(`enrichment: project ${projectId}: ${message}`);
    const attempts = await markFailed(db, projectId, provider?.implementation ?? null, message);
    await markRevisionsFailed(db, ids);
    // Failed revisions are queued again: the next attempt (timer, upload or syncRepository) picks them up.
    const delay = this.retryDelays[attempts - 1];
    if (delay !== undefined) {
      await markPending(db, ids);
      ids.forEach((id) => this.requeue(projectId, id));
      this.later(projectId, delay);
    }
  }

  private async providerOf(project: ProjectRepositoryFields) {
    const key = JSON.stringify([
      project.repositoryType,
      project.repositoryUrl,
      project.repositoryUser,
      project.repositoryPassword,
      project.defaultBranch,
    ]);
    const cached = this.providers.get(project.id);
    if (cached?.key === key) return cached;
    const entry = { key, provider: await this.makeProvider(project, this.config.vcs), synced: false };
    this.providers.set(project.id, entry);
    return entry;
  }

  /** Revisions whose place in history changed: their reports, and those of the next ones, compare other revisions now. */
  private async recomputeReports(revisionIds: number[]) {
    if (!revisionIds.length) return;
    const keys = await reportKeysAt(this.kysely(), revisionIds);
    if (keys.length) await this.live.publishReportsUpdated(await this.reports.refresh(keys));
  }

  private async publish(changes: RevisionChange[]) {
    const em = this.db.fork();
    for (const change of changes.filter((c) => c.changed)) {
      const revision = await em.findOne(Revision, { id: change.id });
      if (revision) await this.live.publishRevisionUpdated(revision);
    }
  }

  private async logGitImplementation() {
    try {
      const { gitImplementation } = await import('./git/index.js');
      if (this.config.vcs.gitImplementation === 'git') {
        this.log.info('version control: git through the git command (GIT_IMPLEMENTATION=git)');
        return;
      }
      const { name, reason } = await gitImplementation();
      this.log.info(
        name === 'nodegit'
          ? 'version control: git through nodegit'
          : `version control: git through the git command${reason ? ` (nodegit not used: ${reason})` : ''}`,
      );
    } catch (error) {
      this.log.warn(`version control: git is unavailable: ${error instanceof Error ? error.message : String(error)}`);
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
