import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { Database } from '../../db/orm.js';
import { computeChanges } from '../../analytics/changes.js';
import { summarize, type ReportSummary } from '../../analytics/summary.js';
import { nextReported, reportPrecheck, reportTargets, upsertReport } from './reports.sql.js';

export interface ReportKey {
  revisionId: number;
  executableId: number;
  environmentId: number;
}

export interface ReportUpdate extends ReportKey, ReportSummary {}

/** Keeps each revision's report (changes table and summary) up to date as results arrive. */
export class ReportsService {
  constructor(
    private readonly db: Database,
    private readonly config: Config,
  ) {}

  /**
   * Brings the reports of the given keys up to date, and the report of the next
   * revision of each branch, whose "previous revision" may have just changed.
   * Returns the reports written.
   */
  async refresh(keys: ReportKey[]): Promise<ReportUpdate[]> {
    const db = this.db.fork().getKysely() as Kysely<unknown>;
    const written: ReportUpdate[] = [];
    for (const key of keys) {
      const report = await this.refreshOne(db, key);
      if (report) written.push(report);
      const next = await nextReported(db, key.revisionId, key.executableId, key.environmentId);
      if (next !== null) {
        const again = await this.refreshOne(db, { ...key, revisionId: next });
        if (again) written.push(again);
      }
    }
    return written;
  }

  /** Recomputes every report of a project (after a change of thresholds, or of history). */
  async recalculateProject(projectId: number): Promise<number> {
    const db = this.db.fork().getKysely() as Kysely<unknown>;
    let count = 0;
    for (const key of await reportTargets(db, projectId)) {
      if (await this.refreshOne(db, key)) count += 1;
    }
    return count;
  }

  private async refreshOne(db: Kysely<unknown>, key: ReportKey): Promise<ReportUpdate | null> {
    const check = await reportPrecheck(db, key);
    // Codespeed: reports only for tracked projects; the first revision of a branch has nothing to compare with.
    if (!check?.tracked || check.previousResults === null) return null;
    // A partly uploaded run waits for the rest: no report until it has as many results as the previous revision.
    if (check.results === 0 || check.results < check.previousResults) return null;
    const changes = await computeChanges(db, key, this.config.codespeed.trend);
    const summary = summarize(changes.tables, {
      change: this.config.codespeed.changeThreshold,
      trend: this.config.codespeed.trendThreshold,
    });
    await upsertReport(db, { ...key, ...summary, table: changes.tables });
    return { ...key, ...summary };
  }
}
