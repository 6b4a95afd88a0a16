import { historyOrder, type ChartPoint } from '../../charts/series';
import type { TimelineResultsAddedSubscription } from '../../gql/graphql';
import { pointKey } from './freshPoints';

export type AddedResult = TimelineResultsAddedSubscription['resultsAdded']['results'][number];

/** A plotted point as the Timeline query keeps it in Apollo's cache. */
export type CachedPoint = ChartPoint & { __typename?: 'TimelinePoint' };

/**
 * The parts of the Timeline query's answer that new results change. The
 * cache holds every field of the query (fragments mask types, not data); the
 * others are carried along untouched by the spreads below.
 */
export interface CachedTimeline {
  timeline: {
    scope: {
      environment?: { id: string } | null;
      executables: readonly { id: string }[];
      limit: number;
      baseline?: { executable: { id: string }; revision: { id: string } } | null;
    };
    benchmarks: readonly {
      benchmark: { id: string };
      series: readonly {
        branch: { id: string };
        executable: { id: string };
        points: readonly CachedPoint[];
      }[];
    }[];
  };
}

export interface Merged {
  /** The answer with the new points in; null when nothing shown changed. */
  data: CachedTimeline | null;
  /** Keys (freshPoints.pointKey) of the points drawn now that were not before, or changed. */
  fresh: string[];
  /** A result belongs on this timeline but has no series yet (or changes the baseline): ask again. */
  refetch: boolean;
}

/**
 * Puts the results of a `resultsAdded` event into a cached timeline answer
 * without asking the server: a result of a revision already plotted replaces
 * its point, a new revision goes in at its place in history (the server's
 * points keep their order), and each series keeps its newest `limit` points
 * (the "last N" window).
 *
 * The event gives a revision's date, not its place in history: a revision
 * the timeline already shows (in another series) keeps its place there, and
 * a new one goes at its date, which is where the API puts a new revision
 * until version control has read its history.
 */
export function mergeResults(cached: CachedTimeline, results: readonly AddedResult[]): Merged {
  const { scope } = cached.timeline;
  const executables = new Set(scope.executables.map((e) => e.id));
  const fresh: string[] = [];
  let refetch = false;
  let changed = false;
  const relevant = results.filter((r) => r.environmentId === scope.environment?.id && executables.has(r.executableId));
  if (relevant.length === 0) return { data: null, fresh, refetch };
  if (
    scope.baseline &&
    relevant.some(
      (r) => r.revision.id === scope.baseline!.revision.id && r.executableId === scope.baseline!.executable.id,
    )
  ) {
    refetch = true;
  }

  const places = new Map<string, string>();
  for (const timeline of cached.timeline.benchmarks) {
    for (const s of timeline.series) for (const p of s.points) places.set(p.revisionId, p.orderedAt);
  }

  const benchmarks = cached.timeline.benchmarks.map((timeline) => {
    const mine = relevant.filter((r) => r.benchmarkId === timeline.benchmark.id);
    if (mine.length === 0) return timeline;
    const claimed = new Set<AddedResult>();
    const series = timeline.series.map((s) => {
      const incoming = mine.filter((r) => r.executableId === s.executable.id && r.revision.branchId === s.branch.id);
      if (incoming.length === 0) return s;
      incoming.forEach((r) => claimed.add(r));
      const points = [...s.points];
      for (const r of incoming) {
        const at = points.findIndex((p) => p.revisionId === r.revision.id);
        if (at >= 0) {
          points[at] = pointOf(r, points[at]!.orderedAt);
          continue;
        }
        const point = pointOf(r, places.get(r.revision.id) ?? r.revision.date);
        const later = points.findIndex((p) => historyOrder(p, point) > 0);
        points.splice(later < 0 ? points.length : later, 0, point);
      }
      const kept = points.slice(Math.max(0, points.length - scope.limit));
      for (const r of incoming) {
        if (kept.some((p) => p.revisionId === r.revision.id)) {
          fresh.push(pointKey(timeline.benchmark.id, s.executable.id, s.branch.id, r.revision.id));
        }
      }
      changed = true;
      return { ...s, points: kept };
    });
    // A result of a shown executable on a branch without a series here: it may be a branch
    // the view asked for that had no results yet, which only the server can tell.
    if (mine.some((r) => !claimed.has(r))) refetch = true;
    return { ...timeline, series };
  });
  return { data: changed ? { timeline: { ...cached.timeline, benchmarks } } : null, fresh, refetch };
}

function pointOf(r: AddedResult, orderedAt: string): CachedPoint {
  return {
    __typename: 'TimelinePoint',
    revisionId: r.revision.id,
    commitId: r.revision.commitId,
    date: r.revision.date,
    orderedAt,
    tag: r.revision.tag,
    value: r.value,
    stdDev: r.stdDev ?? null,
    min: r.min ?? null,
    max: r.max ?? null,
    q1: r.q1 ?? null,
    q3: r.q3 ?? null,
  };
}
