import { describe, expect, it } from 'vitest';
import { formatDateTick, formatDateTime, formatDay, formatRecent } from './dates';

describe('writing dates', () => {
  it('writes a date in full on a 24-hour clock', () => {
    expect(formatDateTime('2026-08-07T13:36:00')).toBe('Aug 7, 2026, 13:36');
    expect(formatDateTime(Date.UTC(2026, 7, 7, 12))).toContain('Aug 7, 2026');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('writes the day alone for neighbours in a list', () => {
    expect(formatDay('2026-09-02T09:00:00')).toBe('Sep 2');
  });

  it('leaves the year out of recent dates of this year, and keeps it for older ones', () => {
    const now = new Date('2026-11-26T12:00:00');
    expect(formatRecent('2026-08-28T13:36:00', now)).toBe('Aug 28, 13:36');
    expect(formatRecent('2024-04-14T19:13:00', now)).toBe('Apr 14, 2024, 19:13');
    expect(formatRecent('not a date', now)).toBe('not a date');
  });

  it('names dates on an axis by what the span needs', () => {
    const day = Date.UTC(2026, 7, 12, 12);
    expect(formatDateTick(day, 30 * 86_400_000)).toBe('Aug 12');
    expect(formatDateTick(day, 200 * 86_400_000)).toBe('Aug 12, 2026');
    expect(formatDateTick(day, 800 * 86_400_000)).toBe('Aug 2026');
    expect(formatDateTick(day, 3_600_000)).toMatch(/^Aug 12, \d\d:00$/);
  });
});
