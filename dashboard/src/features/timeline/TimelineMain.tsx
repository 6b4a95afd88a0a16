import { memo, useCallback } from 'react';
import type { ChartColors } from '../../charts/theme';
import type { TimelineGridQuery, TimelineQuery } from '../../gql/graphql';
import { GridView } from './GridView';
import { PlotFrame } from './PlotFrame';
import { TimelinePlots } from './TimelinePlots';
import type { Answer, TimelineRequest } from './useTimelineAnswer';
import { timelineSearch, type TimelineParams } from './useTimelineParams';

interface Props {
  /** The address as rendered (not the sidebar's pending change): plots follow it. */
  params: TimelineParams;
  request: TimelineRequest;
  plots: Answer<TimelineQuery>;
  grid: Answer<TimelineGridQuery>;
  colors: ChartColors;
  colorOf: (executableId: string) => string;
  onLogScale: () => void;
}

/**
 * The plots or the grid of the page's answer, or what to do when the
 * selection is empty. Memoised: a change in the sidebar re-renders the
 * sidebar at once, the plots only when the address or the answer has changed.
 */
export const TimelineMain = memo(function TimelineMain(props: Props) {
  const { params, request, colors, colorOf } = props;
  const hrefOf = useCallback((id: string) => `/timeline?${timelineSearch({ ...params, ben: [id] })}`, [params]);

  if (request.kind === 'empty') return <PlotFrame>{request.message}</PlotFrame>;
  if (request.kind === 'waiting') return <PlotFrame busy>Loading the timeline…</PlotFrame>;
  if (request.kind === 'grid') {
    return (
      <GridView
        // A new selection starts the grid over, at its first page.
        key={JSON.stringify(request.input)}
        input={request.input}
        firstPage={props.grid}
        xMode={params.x}
        log={params.log}
        colors={colors}
        colorOf={colorOf}
        hrefOf={hrefOf}
      />
    );
  }
  return (
    <TimelinePlots
      answer={props.plots}
      xMode={params.x}
      log={params.log}
      colors={colors}
      colorOf={colorOf}
      onLogScale={props.onLogScale}
    />
  );
});
