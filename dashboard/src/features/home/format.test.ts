import { describe, expect, it } from 'vitest';
import { changesHref, count, shortCommit, shortDate } from './format';

describe('Home formatting', () => {
  it('links a report to the changes view with the parameters the feeds use', () => {
    expect(changesHref('16', '2', '1')).toBe('/changes?rev=16&exe=2&env=1');
  });

  it('cuts git hashes to ten characters and leaves Subversion numbers whole', () => {
    expect(shortCommit('8bc3b00e249f5fa9d7dac971e9eeece0b7eb5c7f')).toBe('8bc3b00e24');
    expect(shortCommit('80919')).toBe('80919');
    expect(shortCommit('release-2024-01')).toBe('release-2024-01');
  });

  it('leaves the year out of dates of this year, and keeps it for older ones', () => {
    const now = new Date('2026-11-26T12:00:00');
    expect(shortDate('2026-08-28T13:36:00', now)).toBe('Aug 28, 13:36');
    expect(shortDate('2024-04-14T19:13:00', now)).toBe('Apr 14, 2024, 19:13');
    expect(shortDate('not a date', now)).toBe('not a date');
  });

  it('counts in words', () => {
    expect(count(1, 'revision')).toBe('1 revision');
    expect(count(1200, 'revision')).toBe('1,200 revisions');
  });
});
