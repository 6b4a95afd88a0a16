import { useMemo } from 'react';
import { VictoryAxis, VictoryChart, VictoryContainer } from 'victory';
import { formatDateTick } from '../../lib/dates';
import { formatValue } from '../../lib/numbers';
import { equidistantTicks, isDense, logTicks, type ChartPoint, type XAxis } from '../../charts/series';
import { chartTheme, type ChartColors } from '../../charts/theme';
import type { TimelineSeries } from './plotGroups';
import { SeriesLayer } from './SeriesLayer';

export const CHART_HEIGHT = 360;
const PADDING = { top: 12, right: 20, bottom: 40, left: 78 };

interface Props {
  series: TimelineSeries[];
  x: XAxis;
  xDomain: [number, number];
  yDomain: [number, number];
  log: boolean;
  median: boolean;
  baselines: { label: string; value: number }[];
  yLabel: string;
  units: string;
  width: number;
  colors: ChartColors;
  /** A series the legend points at: the others fade. */
  emphasis: string | null;
  onPointClick: (series: TimelineSeries, point: ChartPoint) => void;
}

/**
 * The plot itself: Victory draws the frame (axes, ticks, grid) and hands its
 * scales to SeriesLayer, which draws the data: bands and error bars under
 * lines with points, baselines as dashed horizontal lines, the tooltip of the
 * nearest point, and a click on it opens the changes view for its revision.
 */
export function TimelineChart(props: Props) {
  const { series, x, xDomain, yDomain, log, median, colors, width, emphasis } = props;
  const theme = useMemo(() => chartTheme(colors), [colors]);
  const dense = isDense(series);
  const span = x.mode === 'date' ? xDomain[1] - xDomain[0] : dateSpan(x, xDomain);
  const xTickCount = Math.max(2, Math.floor((width - PADDING.left) / 110));
  const xTicks =
    x.mode === 'equidistant'
      ? equidistantTicks(x.dates.length, xTickCount).filter((t) => t >= xDomain[0] && t <= xDomain[1])
      : undefined;

  return (
    <div className="tl-chart">
      <VictoryChart
        theme={theme}
        width={width}
        height={CHART_HEIGHT}
        padding={PADDING}
        domain={{ x: xDomain, y: yDomain }}
        scale={{ x: x.mode === 'date' ? 'time' : 'linear', y: log ? 'log' : 'linear' }}
        containerComponent={<VictoryContainer responsive={false} />}
      >
        <VictoryAxis
          tickCount={xTickCount}
          tickValues={xTicks}
          tickFormat={(t: number | Date) =>
            x.mode === 'date' ? formatDateTick(+t, span) : formatDateTick(x.dates[Math.round(+t)] ?? 0, span)
          }
        />
        <VictoryAxis
          dependentAxis
          label={log ? `${props.yLabel}, log scale` : props.yLabel}
          tickValues={log ? logTicks(yDomain, 8) : undefined}
          tickFormat={(t: number) => formatValue(t)}
          style={{ axisLabel: { padding: 58, fill: colors.fg, fontSize: 13 } }}
        />
        <SeriesLayer
          series={series}
          x={x}
          log={log}
          median={median}
          dense={dense}
          baselines={props.baselines}
          xDomain={xDomain}
          emphasis={emphasis}
          colors={colors}
          units={props.units}
          width={width}
          height={CHART_HEIGHT}
          padding={PADDING}
          onPointClick={props.onPointClick}
        />
      </VictoryChart>
    </div>
  );
}

/** The time an equidistant view spans, to choose how ticks name dates. */
function dateSpan(x: XAxis, [from, to]: [number, number]) {
  const first = x.dates[Math.max(0, Math.ceil(from))] ?? 0;
  const last = x.dates[Math.min(x.dates.length - 1, Math.floor(to))] ?? first;
  return last - first;
}
