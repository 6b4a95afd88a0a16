import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { Database } from '../../db/orm.js';
import type { Logger } from '../../lib/logger.js';
import type { ReportRefresher } from '../ingestion/after-commit.js';
import type { LiveService } from '../live/live.service.js';
import { Revision } from '../revisions/revision.entity.js';
import { projectBranches } from './enrichment.sql.js';
import { reportKeysAt } from './history.sql.js';
import { enrichRevisions, relogRevisions, type RevisionChange } from './enrich.js';
import { placeInHistory } from './history.js';
import type { ProjectRepositoryFields } from './project-repository.js';
import type { RepositoryProvider } from './provider.js';
import { providerFor } from './registry.js';
import { syncWithProgress } from './sync.js';

/** Why a job did not finish: what the scheduler records on the repository before it retries. */
export interface JobFailure {
  /** The implementation that was answering, when one was made. */
  implementation: string | null;
  error: unknown;
}

/**
 * One project's version-control job, on a repository its scheduler
 * (enrichment.service.ts) claimed: sync the local copy, store the revisions'
 * commit metadata, place the branches' revisions in history, store their
 * commit logs, recompute the reports whose previous revision moved, and
 * publish the revisions that changed.
 */
export class EnrichmentJob {
  /** Providers by project, kept while the project's repository settings stay the same (GitHub caches answers). */
  private readonly providers = new Map<number, { key: string; provider: RepositoryProvider; synced: boolean }>();

  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly reports: ReportRefresher,
    private readonly live: LiveService,
    private readonly log: Logger,
    private readonly makeProvider: typeof providerFor = providerFor,
  ) {}

  /** Runs the job for these revisions of `project`; a failure is answered, never thrown. */
  async run(
    db: Kysely<unknown>,
    project: ProjectRepositoryFields,
    ids: number[],
    stopping: AbortSignal,
  ): Promise<JobFailure | null> {
    let provider: RepositoryProvider | null = null;
    try {
      const entry = await this.providerOf(project);
      provider = entry.provider;
      const timeoutMs = this.config.vcs.timeoutSeconds * 1000;
      const sync = async () => {
        const signal = AbortSignal.any([stopping, AbortSignal.timeout(timeoutMs)]);
        await syncWithProgress(db, project.id, entry.provider, project.repositoryUrl.trim(), signal);
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
      const branches = (await projectBranches(db, project.id)).filter((b) => synced || outcome.branchIds.has(b.id));
      const moved: number[] = [];
      for (const branch of branches) moved.push(...(await placeInHistory(db, entry.provider, branch)));
      const enriched = outcome.enriched.map((c) => c.id);
      await relogRevisions(db, entry.provider, [...enriched, ...moved], enriched);
      // Revisions whose place in history changed: their reports, and those of the next ones, compare other revisions now.
      if (moved.length) await this.reports.refreshAndPublish(await reportKeysAt(db, moved));
      await this.publish(outcome.enriched);
      return null;
    } catch (error) {
      return { implementation: provider?.implementation ?? null, error };
    }
  }

  /** `syncRepository`: the next job fetches first. */
  resync(projectId: number): void {
    const cached = this.providers.get(projectId);
    if (cached) cached.synced = false;
  }

  /**
   * A deleted project: its provider goes, and its local copies (`<id>.git`,
   * `<id>.hg`; ids are never reused, so this is only disk space).
   */
  async forget(projectId: number): Promise<void> {
    this.providers.delete(projectId);
    await Promise.all(
      [`${projectId}.git`, `${projectId}.hg`].map((name) =>
        rm(path.join(this.config.vcs.repositoriesDir, name), { recursive: true, force: true }),
      ),
    );
  }

  /** Says which git implementation answers (nodegit, or the git command and why). */
  async logGitImplementation(): Promise<void> {
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

  private async publish(changes: RevisionChange[]) {
    const em = this.db.fork();
    for (const change of changes.filter((c) => c.changed)) {
      const revision = await em.findOne(Revision, { id: change.id });
      if (revision) await this.live.publishRevisionUpdated(revision);
    }
  }
}
