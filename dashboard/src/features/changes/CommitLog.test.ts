import { describe, expect, it } from 'vitest';
import { commitLogPollMs } from './CommitLog';

describe('how often the commit log asks again', () => {
  it('polls a log being read every 3 s without the live connection, and only as a safety net with it', () => {
    expect(commitLogPollMs('PENDING', false)).toBe(3_000);
    expect(commitLogPollMs('PENDING', true)).toBe(10_000);
  });

  it('leaves a failed log to revisionUpdated while live, and polls it slowly otherwise', () => {
    expect(commitLogPollMs('FAILED', true)).toBeNull();
    expect(commitLogPollMs('FAILED', false)).toBe(10_000);
  });

  it('never polls a log that is read, or a project without a repository', () => {
    for (const live of [true, false]) {
      expect(commitLogPollMs('READY', live)).toBeNull();
      expect(commitLogPollMs('NO_REPOSITORY', live)).toBeNull();
      expect(commitLogPollMs(undefined, live)).toBeNull();
    }
  });
});
