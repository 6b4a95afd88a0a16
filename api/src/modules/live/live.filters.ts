import type { AddedResult, LiveEvents, LiveRevision, Topic, UpdatedReport, UpdatedRevision } from './event-bus.js';

/**
 * What a watcher asked for, as numbers (the resolver checked the ids). An
 * absent field matches everything, so an empty filter watches the whole site.
 */
export interface LiveFilter {
  projectId?: number;
  branchId?: number;
  revisionId?: number;
  executableId?: number;
  benchmarkId?: number;
  environmentId?: number;
}

/** What one subscriber receives for an event: zero, one or several items. */
export type Items = {
  resultsAdded: LiveEvents['resultsAdded'];
  reportUpdated: UpdatedReport;
  revisionUpdated: UpdatedRevision;
};

export type Selector<T extends Topic> = (payload: LiveEvents[T]) => Items[T][];

const matchesRevision = (filter: LiveFilter, revision: LiveRevision) =>
  (filter.projectId === undefined || filter.projectId === revision.projectId) &&
  (filter.branchId === undefined || filter.branchId === revision.branchId) &&
  (filter.revisionId === undefined || filter.revisionId === revision.id);

const matchesResult = (filter: LiveFilter, result: AddedResult) =>
  matchesRevision(filter, result.revision) &&
  (filter.executableId === undefined || filter.executableId === result.executableId) &&
  (filter.benchmarkId === undefined || filter.benchmarkId === result.benchmarkId) &&
  (filter.environmentId === undefined || filter.environmentId === result.environmentId);

const matchesReport = (filter: LiveFilter, report: UpdatedReport) =>
  matchesRevision(filter, report.revision) &&
  (filter.executableId === undefined || filter.executableId === report.executableId) &&
  (filter.environmentId === undefined || filter.environmentId === report.environmentId);

const isEmpty = (filter: LiveFilter) => Object.values(filter).every((value) => value === undefined);

/**
 * Runs once per subscriber per event, in the publishing tick, so it only
 * compares numbers: no I/O, no allocation when nothing is filtered out.
 */
export const selectors: { [T in Topic]: (filter: LiveFilter) => Selector<T> } = {
  // One event per batch: the part of it that matches, or nothing.
  resultsAdded: (filter) => (payload) => {
    if (isEmpty(filter)) return [payload];
    const results = payload.results.filter((result) => matchesResult(filter, result));
    return results.length > 0 ? [{ results }] : [];
  },
  // One event per report, so a view that shows one report receives just that one.
  reportUpdated: (filter) => (payload) => payload.reports.filter((report) => matchesReport(filter, report)),
  revisionUpdated: (filter) => (payload) => (matchesRevision(filter, payload.revision) ? [payload] : []),
};
