import { useMemo, useRef } from 'react';
import {
  Area,
  Curve,
  VictoryArea,
  VictoryAxis,
  VictoryChart,
  VictoryClipContainer,
  VictoryErrorBar,
  VictoryLabel,
  VictoryLine,
  VictoryScatter,
  VictoryTooltip,
  VictoryVoronoiContainer,
} from 'victory';
import { formatDateTick, formatValue, pointTooltip } from '../../charts/format';
import {
  bandData,
  equidistantTicks,
  errorBarData,
  isDense,
  lineData,
  logTicks,
  type ChartPoint,
  type LineDatum,
  type XAxis,
} from '../../charts/series';
import { chartTheme, FONT_FAMILY, type ChartColors } from '../../charts/theme';
import { LivePoint } from '../../live/LivePoint';
import type { TimelineSeries } from './plotGroups';

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
 * The plot itself: bands and error bars under lines with points, baselines as
 * dashed horizontal lines, tooltips from the nearest point (a Voronoi
 * container, so small points are easy to hit), and a click on the point under
 * the tooltip opens the changes view for its revision.
 */
export function TimelineChart(props: Props) {
  const { series, x, xDomain, yDomain, log, median, colors, width, emphasis } = props;
  const theme = useMemo(() => chartTheme(colors), [colors]);
  const active = useRef<LineDatum | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const byKey = useMemo(() => new Map(series.map((s) => [s.key, s])), [series]);
  const dense = isDense(series);
  const opacity = (key: string) => (emphasis && emphasis !== key ? 0.15 : 1);
  // Translucent bands fade more on a dark background: stronger there, to read the same.
  const band = (alpha: number, key: string) => alpha * (colors.dark ? 1.7 : 1) * opacity(key);
  const span = x.mode === 'date' ? xDomain[1] - xDomain[0] : dateSpan(x, xDomain);
  const xTickCount = Math.max(2, Math.floor((width - PADDING.left) / 110));
  const xTicks =
    x.mode === 'equidistant'
      ? equidistantTicks(x.dates.length, xTickCount).filter((t) => t >= xDomain[0] && t <= xDomain[1])
      : undefined;
  // The first line (the series) in bold and its colour; Victory reuses the first style past the array's end.
  const tooltipStyle = useMemo(() => {
    const line = { fontFamily: FONT_FAMILY, fontSize: 12, fill: colors.fg, textAnchor: 'start' as const };
    return [{ ...line, fontWeight: 600 }, ...Array.from({ length: 9 }, () => line)];
  }, [colors.fg]);
  const clip = <VictoryClipContainer clipPadding={{ top: 6, bottom: 6, left: 6, right: 6 }} />;

  const onClick = () => {
    const datum = active.current;
    const owner = datum && byKey.get(datum.seriesKey);
    if (datum && owner) props.onPointClick(owner, datum.point);
  };

  return (
    <div ref={box} className="tl-chart" onClick={onClick}>
      <VictoryChart
        theme={theme}
        width={width}
        height={CHART_HEIGHT}
        padding={PADDING}
        domain={{ x: xDomain, y: yDomain }}
        scale={{ x: x.mode === 'date' ? 'time' : 'linear', y: log ? 'log' : 'linear' }}
        containerComponent={
          <VictoryVoronoiContainer
            responsive={false}
            radius={36}
            // Tooltips come from the points; on dense series, drawn without points, from the lines.
            voronoiBlacklist={dense ? [/^(band|err|base)-/] : [/^(band|err|base|line)-/]}
            labels={({ datum }: { datum: LineDatum }) => {
              const owner = byKey.get(datum.seriesKey);
              return owner ? pointTooltip(owner.label, datum.point, props.units).join('\n') : '';
            }}
            labelComponent={
              <VictoryTooltip
                constrainToVisibleArea
                pointerLength={6}
                style={tooltipStyle}
                labelComponent={<VictoryLabel lineHeight={1.35} />}
              />
            }
            onActivated={(points: LineDatum[]) => {
              active.current = points[0] ?? null;
              if (box.current) box.current.style.cursor = 'pointer';
            }}
            onDeactivated={(points: LineDatum[]) => {
              // Victory reports the previous points as deactivated right after activating new
              // ones (an empty list included): only a deactivation of the current point counts.
              const current = active.current;
              if (!current || !points.some((p) => p.seriesKey === current.seriesKey && p.point === current.point))
                return;
              active.current = null;
              if (box.current) box.current.style.cursor = '';
            }}
          />
        }
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
        {median &&
          series.flatMap((s) => [
            <VictoryArea
              key={`band-ext-${s.key}`}
              name={`band-ext-${s.key}`}
              data={bandData(s, x, 'extremes', log)}
              groupComponent={clip}
              style={{ data: { fill: s.color, opacity: band(0.1, s.key) } }}
            />,
            <VictoryArea
              key={`band-q-${s.key}`}
              name={`band-q-${s.key}`}
              dataComponent={<Area className="tl-band" />}
              data={bandData(s, x, 'quartiles', log)}
              groupComponent={clip}
              style={{ data: { fill: s.color, opacity: band(0.22, s.key) } }}
            />,
          ])}
        {!median &&
          series.map((s) =>
            dense ? (
              <VictoryArea
                key={`band-sd-${s.key}`}
                name={`band-sd-${s.key}`}
                data={bandData(s, x, 'stdDev', log)}
                groupComponent={clip}
                style={{ data: { fill: s.color, opacity: band(0.16, s.key) } }}
              />
            ) : (
              <VictoryErrorBar
                key={`err-${s.key}`}
                name={`err-${s.key}`}
                data={errorBarData(s, x, log)}
                groupComponent={clip}
                style={{ data: { stroke: s.color, opacity: 0.6 * opacity(s.key) } }}
              />
            ),
          )}
        {props.baselines.map((b, i) => (
          <VictoryLine
            key={`base-${i}`}
            name={`base-${i}`}
            data={[
              { x: xDomain[0], y: b.value },
              { x: xDomain[1], y: b.value },
            ]}
            style={{ data: { stroke: colors.fg, strokeWidth: 1.5, strokeDasharray: '8 5', opacity: 0.7 } }}
          />
        ))}
        {series.map((s) => (
          <VictoryLine
            key={`line-${s.key}`}
            name={`line-${s.key}`}
            data={lineData(s, x, log)}
            dataComponent={<Curve className="tl-line" />}
            groupComponent={clip}
            style={{
              data: {
                stroke: s.color,
                strokeDasharray: s.dash || undefined,
                strokeWidth: dense ? 1.5 : 2,
                opacity: opacity(s.key),
              },
            }}
          />
        ))}
        {!dense &&
          series.map((s) => (
            <VictoryScatter
              key={`pts-${s.key}`}
              name={`pts-${s.key}`}
              data={lineData(s, x, log)}
              dataComponent={<LivePoint className="tl-point" />}
              groupComponent={clip}
              symbol={s.symbol}
              size={({ active: on }: { active?: boolean }) => (on ? 6 : 3.4)}
              style={{
                data: {
                  fill: s.color,
                  stroke: colors.bg,
                  strokeWidth: 1,
                  opacity: opacity(s.key),
                },
              }}
            />
          ))}
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
