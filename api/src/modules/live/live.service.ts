import type { Kysely } from 'kysely';
import type { Database } from '../../db/orm.js';
import type { Logger } from '../../lib/logger.js';
import type { IngestionOutcome } from '../ingestion/ingestion.service.js';
import type { ReportUpdate } from '../reports/reports.service.js';
import type { Revision } from '../revisions/revision.entity.js';
import type { EventBus, LiveEvent, LiveRevision, Topic } from './event-bus.js';
import { LiveHub } from './hub.js';
import { InProcessBus } from './in-process.js';
import { liveRevisions } from './live.sql.js';
import { PgNotifyBus } from './pg-notify.js';

export interface LiveOptions {
  /** Events a watcher may have waiting before it is cut off (hub.ts). */
  queueLimit?: number;
  /** Reconnection delays of the LISTEN connection. */
  backoff?: { initialMs: number; maxMs: number };
}

/**
 * Publishes live events after the changes they describe committed, and holds
 * this process's watchers (the hub). Publishing never fails the work it
 * follows: a lost event is logged, the committed batch stays committed.
 */
export class LiveService {
  readonly hub: LiveHub;
  readonly bus: EventBus;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    options: LiveOptions = {},
  ) {
    this.hub = new LiveHub(options.queueLimit, (topic) =>
      log.warn(`live: a ${topic} watcher fell behind and was cut off`),
    );
    const url = db.kind === 'server' ? db.orm.config.get('clientUrl') : undefined;
    this.bus = url
      ? new PgNotifyBus({ url, db: () => this.kysely(), hub: this.hub, log, backoff: options.backoff })
      : new InProcessBus(this.hub);
  }

  /** Starts receiving events from other processes (the server does; the CLI only publishes). */
  start(): Promise<void> {
    return this.bus.start();
  }

  /** Stops receiving and ends every watcher's stream. */
  async stop(): Promise<void> {
    await this.bus.stop();
    this.hub.close();
  }

  /** `resultsAdded` for a committed batch: every result it stored, with its revision (both as the batch left them). */
  async publishResultsAdded(outcome: IngestionOutcome): Promise<void> {
    if (outcome.results.length === 0) return;
    await this.publish('resultsAdded', () => {
      const revisions = new Map(outcome.revisions.map((r) => [r.id, r]));
      const results = outcome.results.map((row) => ({
        revision: revisions.get(row.revisionId)!,
        executableId: row.executableId,
        benchmarkId: row.benchmarkId,
        environmentId: row.environmentId,
        value: row.value,
        stdDev: row.stdDev,
        min: row.min,
        max: row.max,
        q1: row.q1,
        q3: row.q3,
        date: new Date(row.date),
      }));
      return Promise.resolve({ topic: 'resultsAdded', payload: { results } });
    });
  }

  /**
   * `reportUpdated` for the reports brought up to date (ReportsService.refresh's
   * answer); only the revisions not among `known` (the batch's) are read.
   */
  async publishReportsUpdated(updates: ReportUpdate[], known: LiveRevision[] = []): Promise<void> {
    if (updates.length === 0) return;
    await this.publish('reportUpdated', async () => {
      const revisions = new Map(known.map((r) => [r.id, r]));
      const missing = updates.map((u) => u.revisionId).filter((id) => !revisions.has(id));
      for (const [id, revision] of await liveRevisions(this.kysely(), missing)) revisions.set(id, revision);
      const reports = updates.map((u) => ({
        revision: revisions.get(u.revisionId)!,
        executableId: u.executableId,
        environmentId: u.environmentId,
        summary: u.summary,
        colour: u.colour,
      }));
      return { topic: 'reportUpdated', payload: { reports } };
    });
  }

  /**
   * `revisionUpdated` for a revision whose commit metadata changed and was
   * stored: by an admin now, by version control enrichment later.
   */
  async publishRevisionUpdated(revision: Revision): Promise<void> {
    await this.publish('revisionUpdated', () =>
      Promise.resolve({
        topic: 'revisionUpdated',
        payload: {
          revision: {
            id: revision.id,
            projectId: revision.project.id,
            branchId: revision.branch.id,
            commitId: revision.commitId,
            date: revision.date,
            tag: revision.tag,
          },
          author: revision.author,
          message: revision.message,
        },
      }),
    );
  }

  private async publish(topic: Topic, build: () => Promise<LiveEvent>): Promise<void> {
    if (!this.bus.hasAudience(topic)) return;
    try {
      await this.bus.publish(await build());
    } catch (error) {
      this.log.error(`live: could not publish ${topic}`, error);
    }
  }

  private kysely(): Kysely<unknown> {
    return this.db.fork().getKysely() as Kysely<unknown>;
  }
}
