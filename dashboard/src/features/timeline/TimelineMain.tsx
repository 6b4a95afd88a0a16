import { memo, useCallback, useMemo } from 'react';
import type { ChartColors } from '../../charts/theme';
import type { BaselinePicker_ColumnFragment, TimelineScope_ScopeFragment } from '../../gql/graphql';
import { baselineOf } from './BaselinePicker';
import { GridView } from './GridView';
import { PlotFrame } from './PlotFrame';
import { TimelinePlots } from './TimelinePlots';
import { limitInput, timelineSearch, type TimelineParams } from './useTimelineParams';

interface Props {
  /** The address as rendered (not the sidebar's pending change): plots follow it. */
  params: TimelineParams;
  settings: { defaultBaseline?: string | null; timelineGridLimit: number } | null;
  columns: readonly BaselinePicker_ColumnFragment[] | null | undefined;
  colors: ChartColors;
  colorOf: (executableId: string) => string;
  onPlotScope: (scope: TimelineScope_ScopeFragment, benchmarkIds: string[]) => void;
  onGridScope: (scope: TimelineScope_ScopeFragment) => void;
  onLogScale: () => void;
}

/**
 * The plots or the grid for a state of the address, or what to do when the
 * selection is empty. Memoised: a change in the sidebar re-renders the
 * sidebar at once, the plots only when the address has changed.
 */
export const TimelineMain = memo(function TimelineMain(props: Props) {
  const { params, settings, columns, colors, colorOf } = props;
  const baseline = baselineOf(params.base, columns, settings?.defaultBaseline);
  const scopeInput = useMemo(
    () => ({
      environmentId: params.env ?? undefined,
      executableIds: params.exe ?? undefined,
      branches: params.branch ?? undefined,
      baseline: baseline ?? undefined,
      limit: limitInput(params.revs),
    }),
    // The baseline by value: a new object of the same ids is the same input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [params.env, params.exe, params.branch, params.revs, baseline?.executableId, baseline?.revisionId],
  );
  const hrefOf = useCallback((id: string) => `/timeline?${timelineSearch({ ...params, ben: [id] })}`, [params]);

  const empty =
    params.exe?.length === 0
      ? 'Pick at least one executable.'
      : params.branch?.length === 0
        ? 'Pick at least one branch.'
        : Array.isArray(params.ben) && params.ben.length === 0
          ? 'Pick at least one benchmark, or the grid of all benchmarks.'
          : null;
  if (empty) return <PlotFrame>{empty}</PlotFrame>;
  // DEF_BASELINE needs the offered columns to resolve: wait for them rather than draw twice.
  if (!settings || (params.base === null && settings.defaultBaseline && !columns)) {
    return <PlotFrame busy>Loading the timeline…</PlotFrame>;
  }
  if (params.ben === 'grid') {
    return (
      <GridView
        key={JSON.stringify(scopeInput)}
        input={scopeInput}
        pageSize={settings.timelineGridLimit}
        xMode={params.x}
        log={params.log}
        colors={colors}
        colorOf={colorOf}
        hrefOf={hrefOf}
        onScope={props.onGridScope}
      />
    );
  }
  return (
    <TimelinePlots
      input={{ ...scopeInput, benchmarkIds: params.ben ?? undefined }}
      xMode={params.x}
      log={params.log}
      colors={colors}
      colorOf={colorOf}
      onScope={props.onPlotScope}
      onLogScale={props.onLogScale}
    />
  );
});
