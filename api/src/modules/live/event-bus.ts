import type { Colour } from '../../analytics/summary.js';

/**
 * The events Speedgraph pushes to watchers, as they travel inside the server:
 * plain data, no entities, so they can cross processes as JSON and fan out to
 * many subscribers without touching the database again.
 */

/** Where a revision sits (project, branch) and what a plot labels it with. */
export interface LiveRevision {
  id: number;
  projectId: number;
  branchId: number;
  commitId: string;
  date: Date;
  tag: string;
}

/** One stored result, with everything a timeline needs to draw its point. */
export interface AddedResult {
  revision: LiveRevision;
  executableId: number;
  benchmarkId: number;
  environmentId: number;
  value: number;
  stdDev: number | null;
  min: number | null;
  max: number | null;
  q1: number | null;
  q3: number | null;
  date: Date;
}

/** A report (re)computed after a batch. */
export interface UpdatedReport {
  revision: LiveRevision;
  executableId: number;
  environmentId: number;
  summary: string;
  colour: Colour;
}

/** A revision whose commit metadata changed (version control filled it in, or an admin edited it). */
export interface UpdatedRevision {
  revision: LiveRevision;
  author: string;
  message: string;
}

export interface LiveEvents {
  /** One committed batch: every result it stored. */
  resultsAdded: { results: AddedResult[] };
  /** The reports one batch brought up to date. */
  reportUpdated: { reports: UpdatedReport[] };
  revisionUpdated: UpdatedRevision;
}

export type Topic = keyof LiveEvents;
export const TOPICS: readonly Topic[] = ['resultsAdded', 'reportUpdated', 'revisionUpdated'];

export type LiveEvent = { [T in Topic]: { topic: T; payload: LiveEvents[T] } }[Topic];

/** Where this process's subscribers get their events: the hub (hub.ts). */
export interface Delivery {
  deliver(event: LiveEvent): void;
  /** Whether anyone here listens to `topic` (an event nobody wants needs no work). */
  wants(topic: Topic): boolean;
}

/**
 * How events reach the subscribers of every Speedgraph process: in-process on
 * the embedded database (one process), PostgreSQL NOTIFY/LISTEN on a server.
 */
export interface EventBus {
  /** Whether an event of `topic` could reach anyone (false lets the publisher skip building it). */
  hasAudience(topic: Topic): boolean;
  /**
   * Sends an event to every process, this one included. Called after the
   * transaction that made the change committed. Never waits for a watcher.
   */
  publish(event: LiveEvent): Promise<void>;
  /** Starts receiving (LISTEN); publishing works without it (the CLI only publishes). */
  start(): Promise<void>;
  stop(): Promise<void>;
}
