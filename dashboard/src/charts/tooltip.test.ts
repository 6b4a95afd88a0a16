import { describe, expect, it } from 'vitest';
import { pointTooltip } from './tooltip';

describe('a point’s tooltip', () => {
  it('has the series, date, value ± std dev, commit and tag', () => {
    const lines = pointTooltip(
      'myexe2',
      {
        revisionId: '3',
        commitId: '45f141bc34a4c8298d286dbda51c41f448f67d33',
        date: '2026-08-07T12:36:00Z',
        orderedAt: '2026-08-07T12:36:00Z',
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
