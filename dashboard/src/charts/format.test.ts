import { describe, expect, it } from 'vitest';
import { formatDateTick, formatRatio, formatValue, numberFormat, pointTooltip, shortCommit } from './format';

describe('formatting', () => {
  it('gives values four significant digits', () => {
    expect(formatValue(1.23456)).toBe('1.235');
    expect(formatValue(12345.6)).toBe('12,350');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(0.0000123)).toBe('1.23e-5');
    expect(formatValue(null)).toBe('–');
    expect(formatValue(Number.NaN)).toBe('–');
  });

  it('writes ratios to a baseline with a times sign', () => {
    expect(formatRatio(0.87412)).toBe('0.874×');
    expect(formatRatio(2)).toBe('2.00×');
    expect(formatRatio(undefined)).toBe('–');
  });

  it('makes each number format once', () => {
    expect(numberFormat({ maximumSignificantDigits: 3 })).toBe(numberFormat({ maximumSignificantDigits: 3 }));
    expect(numberFormat({ maximumSignificantDigits: 3 })).not.toBe(numberFormat({ maximumSignificantDigits: 2 }));
  });

  it('names dates on an axis by what the span needs', () => {
    const day = Date.UTC(2026, 7, 12, 12);
    expect(formatDateTick(day, 30 * 86_400_000)).toBe('Aug 12');
    expect(formatDateTick(day, 200 * 86_400_000)).toBe('Aug 12, 2026');
    expect(formatDateTick(day, 800 * 86_400_000)).toBe('Aug 2026');
    expect(formatDateTick(day, 3_600_000)).toMatch(/^Aug 12, \d\d:00$/);
  });

  it('shortens commit hashes, not revision numbers', () => {
    expect(shortCommit('8582224cc8efc3bb61868a955bbec532789ca878')).toBe('8582224cc8');
    expect(shortCommit('1234')).toBe('1234');
  });

  it('writes a tooltip with the series, date, value ± std dev, commit and tag', () => {
    const lines = pointTooltip(
      'myexe2',
      {
        revisionId: '3',
        commitId: '45f141bc34a4c8298d286dbda51c41f448f67d33',
        date: '2026-08-07T12:36:00Z',
        tag: '1.0',
        value: 2.0719,
        stdDev: 0.0263,
      },
      'seconds',
    );
    expect(lines[0]).toBe('myexe2');
    expect(lines[1]).toContain('Aug 7, 2026');
    expect(lines[2]).toBe('2.072 seconds  ± 0.0263');
    expect(lines.at(-1)).toBe('commit 45f141bc34  · tag 1.0');
  });
});
