import type { Logger } from '../../lib/logger.js';
import type { LiveRevision } from '../live/event-bus.js';
import type { LiveService } from '../live/live.service.js';
import type { ReportKey, ReportsService } from '../reports/reports.service.js';
import type { IngestionOutcome } from './ingestion.service.js';

/**
 * Brings reports up to date, then publishes them live: the one way to do it,
 * after a committed batch and after version control moved revisions in history.
 */
export class ReportRefresher {
  constructor(
    private readonly reports: ReportsService,
    private readonly live: LiveService,
  ) {}

  /** `known`: revisions the caller holds (a batch's), which the event then need not read again. */
  async refreshAndPublish(keys: ReportKey[], known: LiveRevision[] = []): Promise<void> {
    if (keys.length === 0) return;
    await this.live.publishReportsUpdated(await this.reports.refresh(keys), known);
  }
}

/** Where version control takes the revisions of a committed batch (the enrichment service). */
export interface VersionControl {
  revisionsCommitted(revisionIds: number[]): Promise<void>;
}

/**
 * What follows a committed batch, never a rejected one, in the order of
 * `run` (docs/ARCHITECTURE.md, "The flow of a result"). Each step gets the
 * rows the batch wrote (IngestionOutcome) rather than reading them again; a
 * step that fails is logged and the next one still runs, as the batch stays committed.
 */
export class AfterCommit {
  constructor(
    private readonly live: LiveService,
    private readonly reports: ReportRefresher,
    private readonly versionControl: VersionControl,
    private readonly log: Logger,
  ) {}

  async run(outcome: IngestionOutcome): Promise<void> {
    // The new points go out first, since computing reports takes longer.
    await this.step('live results', () => this.live.publishResultsAdded(outcome));
    await this.step('reports', () => this.reports.refreshAndPublish(outcome.touched, outcome.revisions));
    // Version control runs in the background: only marking the revisions as waiting is waited for.
    await this.step('version control', () =>
      this.versionControl.revisionsCommitted(outcome.touched.map((t) => t.revisionId)),
    );
  }

  private async step(name: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.log.error(`after commit: ${name} failed`, error);
    }
  }
}
