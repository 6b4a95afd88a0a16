import { describe, expect, it } from 'vitest';
import { mergeResults, type AddedResult, type CachedPoint, type CachedTimeline } from './timelineCache';

const point = (revisionId: string, date: string, value: number, orderedAt = date): CachedPoint => ({
  revisionId,
  commitId: `c${revisionId}`,
  date,
  orderedAt,
  tag: '',
  value,
});

function timeline(points: CachedPoint[], limit = 3): CachedTimeline {
  return {
    timeline: {
      scope: { environment: { id: 'env' }, executables: [{ id: 'exe' }], limit, baseline: null },
      benchmarks: [
        {
          benchmark: { id: 'ben' },
          series: [{ branch: { id: 'main' }, executable: { id: 'exe' }, points }],
        },
      ],
    },
  };
}

function result(revisionId: string, date: string, value: number, over: Partial<AddedResult> = {}): AddedResult {
  return {
    benchmarkId: 'ben',
    executableId: 'exe',
    environmentId: 'env',
    value,
    stdDev: 0.1,
    min: null,
    max: null,
    q1: null,
    q3: null,
    revision: { id: revisionId, branchId: 'main', commitId: `c${revisionId}`, date, tag: '' },
    ...over,
  };
}

const values = (merged: CachedTimeline | null) =>
  merged?.timeline.benchmarks[0]!.series[0]!.points.map((p) => [p.revisionId, p.value]);

describe('putting live results into a cached timeline', () => {
  const old = [point('1', '2026-01-01T00:00:00Z', 1), point('2', '2026-01-02T00:00:00Z', 2)];

  it('appends a new revision and marks it fresh', () => {
    const merged = mergeResults(timeline(old), [result('3', '2026-01-03T00:00:00Z', 3)]);
    expect(values(merged.data)).toEqual([
      ['1', 1],
      ['2', 2],
      ['3', 3],
    ]);
    expect(merged.fresh).toEqual(['ben/exe/main@3']);
    expect(merged.refetch).toBe(false);
  });

  it('replaces the point of a revision sent again', () => {
    const merged = mergeResults(timeline(old), [result('2', '2026-01-02T00:00:00Z', 5)]);
    expect(values(merged.data)).toEqual([
      ['1', 1],
      ['2', 5],
    ]);
  });

  it('keeps the newest points of the window, in revision order', () => {
    const cached = timeline([...old, point('4', '2026-01-04T00:00:00Z', 4)]);
    const merged = mergeResults(cached, [
      result('5', '2026-01-05T00:00:00Z', 5),
      result('3', '2026-01-03T00:00:00Z', 3),
    ]);
    expect(values(merged.data)).toEqual([
      ['3', 3],
      ['4', 4],
      ['5', 5],
    ]);
    // An older revision that falls out of the window is not news on this plot.
    expect(mergeResults(cached, [result('0', '2025-12-31T00:00:00Z', 0)]).fresh).toEqual([]);
  });

  it('keeps the server’s order of rebased revisions that share a date, and puts a new one at its place', () => {
    // History placed 9 before 8, a microsecond apart: neither their date nor their ids say so.
    const rebased = timeline(
      [
        point('1', '2026-01-01T00:00:00Z', 1),
        point('9', '2026-01-05T00:00:00Z', 9, '2026-01-05T00:00:00.000001Z'),
        point('8', '2026-01-05T00:00:00Z', 8, '2026-01-05T00:00:00.000002Z'),
      ],
      10,
    );
    expect(values(mergeResults(rebased, [result('10', '2026-01-06T00:00:00Z', 10)]).data)).toEqual([
      ['1', 1],
      ['9', 9],
      ['8', 8],
      ['10', 10],
    ]);
    // A result sent again keeps its revision's place.
    expect(values(mergeResults(rebased, [result('9', '2026-01-05T00:00:00Z', 7)]).data)).toEqual([
      ['1', 1],
      ['9', 7],
      ['8', 8],
    ]);
  });

  it('places a revision another series shows where that series has it', () => {
    const cached = timeline([point('1', '2026-01-01T00:00:00Z', 1), point('4', '2026-01-04T00:00:00Z', 4)], 10);
    const shown = cached.timeline.benchmarks[0]!;
    const other = {
      branch: { id: 'main' },
      executable: { id: 'exe2' },
      // Version control placed revision 3 after 4, though its commit is dated before.
      points: [point('3', '2026-01-03T00:00:00Z', 30, '2026-01-04T00:00:00.000001Z')],
    };
    const both: CachedTimeline = {
      timeline: {
        ...cached.timeline,
        scope: { ...cached.timeline.scope, executables: [{ id: 'exe' }, { id: 'exe2' }] },
        benchmarks: [{ ...shown, series: [...shown.series, other] }],
      },
    };
    expect(values(mergeResults(both, [result('3', '2026-01-03T00:00:00Z', 3)]).data)).toEqual([
      ['1', 1],
      ['4', 4],
      ['3', 3],
    ]);
  });

  it('leaves the answer alone for results of another environment, executable or benchmark', () => {
    for (const over of [{ environmentId: 'other' }, { executableId: 'other' }, { benchmarkId: 'other' }]) {
      const merged = mergeResults(timeline(old), [result('3', '2026-01-03T00:00:00Z', 3, over)]);
      expect(merged).toEqual({ data: null, fresh: [], refetch: false });
    }
  });

  it('asks again for a shown executable on a branch that has no series yet', () => {
    const other = result('3', '2026-01-03T00:00:00Z', 3);
    other.revision = { ...other.revision, branchId: 'feature' };
    const merged = mergeResults(timeline(old), [other]);
    expect(merged.refetch).toBe(true);
    expect(merged.fresh).toEqual([]);
  });
});
