import { describe, expect, it } from 'vitest';
import type { Logger } from '../../lib/logger.js';
import type { LiveService } from '../live/live.service.js';
import { AfterCommit, type ReportRefresher } from './after-commit.js';
import type { IngestionOutcome } from './ingestion.service.js';

const outcome: IngestionOutcome = {
  created: 1,
  replaced: 0,
  touched: [{ projectId: 1, branchId: 2, revisionId: 3, executableId: 4, environmentId: 5 }],
  results: [],
  revisions: [{ id: 3, projectId: 1, branchId: 2, commitId: 'abc', date: new Date(0), tag: '' }],
};

/** The pipeline on fakes that record each step; `failing` names the step that throws. */
function pipeline(failing: string | null) {
  const steps: string[] = [];
  const errors: string[] = [];
  const step = (name: string) => {
    steps.push(name);
    return name === failing ? Promise.reject(new Error(name)) : Promise.resolve();
  };
  const live = {
    publishResultsAdded: (given: IngestionOutcome) => step(given === outcome ? 'results' : 'results of another batch'),
  } as unknown as LiveService;
  const reports = {
    // The batch's revisions go with its report keys, so the reports' event need not read them.
    refreshAndPublish: (keys: unknown, known: unknown) =>
      step(keys === outcome.touched && known === outcome.revisions ? 'reports' : 'reports of other keys'),
  } as unknown as ReportRefresher;
  const versionControl = { revisionsCommitted: (ids: number[]) => step(`revisions ${ids.join()}`) };
  const log = { error: (message: string) => errors.push(message) } as unknown as Logger;
  return { run: () => new AfterCommit(live, reports, versionControl, log).run(outcome), steps, errors };
}

describe('after a commit', () => {
  it('publishes the results, then refreshes and publishes reports, then hands the revisions to version control', async () => {
    const { run, steps, errors } = pipeline(null);
    await run();
    expect(steps).toEqual(['results', 'reports', 'revisions 3']);
    expect(errors).toEqual([]);
  });

  it('runs every later step when one fails, and logs the failure', async () => {
    const { run, steps, errors } = pipeline('reports');
    await run();
    expect(steps).toEqual(['results', 'reports', 'revisions 3']);
    expect(errors).toEqual(['after commit: reports failed']);
  });
});
