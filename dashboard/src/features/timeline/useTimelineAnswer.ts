import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useFragment } from '../../gql';
import type {
  BaselinePicker_ColumnFragment,
  TimelineGridInput,
  TimelineGridQuery as TimelineGridData,
  TimelineInput,
  TimelineQuery as TimelineData,
  TimelineScope_ScopeFragment,
} from '../../gql/graphql';
import { baselineOf } from './BaselinePicker';
import { TimelineGridQuery, TimelineQuery, TimelineScopeFragment } from './timeline.queries';
import { TimelinePlotsFragment } from './TimelinePlots';
import { limitInput, type TimelineParams } from './useTimelineParams';

/** What the address asks the API for, once the settings it depends on are in. */
export type TimelineRequest =
  /** Nothing to ask: the selection is empty, and the message says what to pick. */
  | { kind: 'empty'; message: string }
  /** The settings (or DEF_BASELINE's columns) are still on their way. */
  | { kind: 'waiting' }
  | { kind: 'plots'; input: TimelineInput }
  /** The grid's first page; the grid asks for the next ones itself. */
  | { kind: 'grid'; input: TimelineGridInput };

/** A query's answer as a view draws it. */
export interface Answer<T> {
  data: T | undefined;
  loading: boolean;
  error: { message: string } | undefined;
  retry: () => void;
}

/** What the API filled in, for the sidebar to show as selected and the live updates to watch. */
export interface Answered {
  scope: TimelineScope_ScopeFragment;
  /** The plotted benchmarks; null for the grid. */
  benchmarkIds: string[] | null;
}

export interface TimelineSettings {
  defaultBaseline?: string | null;
  timelineGridLimit: number;
}

/** The request of a state of the address. Pure. */
export function timelineRequest(
  params: TimelineParams,
  settings: TimelineSettings | null,
  columns: readonly BaselinePicker_ColumnFragment[] | null | undefined,
): TimelineRequest {
  const empty =
    params.exe?.length === 0
      ? 'Pick at least one executable.'
      : params.branch?.length === 0
        ? 'Pick at least one branch.'
        : Array.isArray(params.ben) && params.ben.length === 0
          ? 'Pick at least one benchmark, or the grid of all benchmarks.'
          : null;
  if (empty) return { kind: 'empty', message: empty };
  // DEF_BASELINE needs the offered columns to resolve: wait for them rather than draw twice.
  if (!settings || (params.base === null && settings.defaultBaseline && !columns)) return { kind: 'waiting' };
  const baseline = baselineOf(params.base, columns, settings.defaultBaseline);
  const scope = {
    environmentId: params.env ?? undefined,
    executableIds: params.exe ?? undefined,
    branches: params.branch ?? undefined,
    baseline: baseline ? { executableId: baseline.executableId, revisionId: baseline.revisionId } : undefined,
    limit: limitInput(params.revs),
  };
  if (params.ben === 'grid') {
    return { kind: 'grid', input: { ...scope, first: settings.timelineGridLimit, after: null } };
  }
  return { kind: 'plots', input: { ...scope, benchmarkIds: params.ben ?? undefined } };
}

/**
 * The Timeline page's answer: it asks the API for what the address says (the
 * plots, or the grid's first page) and hands the answer down to draw, and
 * keeps what the API filled in (the scope) for the sidebar and the live
 * updates. The scope of the last answer stays while the next one loads, so
 * the sidebar does not blink empty.
 */
export function useTimelineAnswer(
  params: TimelineParams,
  settings: TimelineSettings | null,
  columns: readonly BaselinePicker_ColumnFragment[] | null | undefined,
) {
  const asked = timelineRequest(params, settings, columns);
  const key = JSON.stringify(asked);
  // The request by value: a new object of the same ids is the same request (and the memoised plots stay).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const request = useMemo(() => asked, [key]);

  const plots = useQuery(
    TimelineQuery,
    request.kind === 'plots' ? { variables: { input: request.input }, notifyOnNetworkStatusChange: true } : skipToken,
  );
  const grid = useQuery(
    TimelineGridQuery,
    request.kind === 'grid' ? { variables: { input: request.input } } : skipToken,
  );

  const plotScope = useFragment(TimelineScopeFragment, plots.data?.timeline.scope);
  const plotIds = useFragment(TimelinePlotsFragment, plots.data?.timeline.benchmarks)
    ?.map((t) => t.benchmark.id)
    .join(',');
  const gridScope = useFragment(TimelineScopeFragment, grid.data?.timelineGrid.scope);
  const current = useMemo((): Answered | undefined => {
    if (request.kind === 'plots' && plotScope && plotIds !== undefined) {
      return { scope: plotScope, benchmarkIds: plotIds ? plotIds.split(',') : [] };
    }
    if (request.kind === 'grid' && gridScope) return { scope: gridScope, benchmarkIds: null };
    return undefined;
  }, [request.kind, plotScope, plotIds, gridScope]);
  const answered = useLatest(current);

  // While a new selection loads, the last plots stay (dimmed) in their place; not when the grid came between.
  const shownPlots = plots.data ?? (answered?.benchmarkIds !== null ? plots.previousData : undefined);
  const plotsAnswer = useAnswer<TimelineData>(shownPlots, plots);
  const gridAnswer = useAnswer<TimelineGridData>(grid.data, grid);
  return { request, plots: plotsAnswer, grid: gridAnswer, answered };
}

/** A query's answer as one object, the same while nothing in it changes (the plots are memoised on it). */
export function useAnswer<T>(
  data: T | undefined,
  result: { loading: boolean; error?: { message: string } | undefined; refetch: () => unknown },
): Answer<T> {
  const { loading, error, refetch } = result;
  return useMemo(() => ({ data, loading, error, retry: () => void refetch() }), [data, loading, error, refetch]);
}

/** The latest value that was not undefined, kept while the next one is undefined. */
function useLatest<T>(value: T | undefined): T | undefined {
  const [latest, setLatest] = useState(value);
  if (value !== undefined && value !== latest) setLatest(value);
  return value ?? latest;
}
