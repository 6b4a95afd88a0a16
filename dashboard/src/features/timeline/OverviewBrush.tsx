import { useMemo } from 'react';
import { VictoryAxis, VictoryBrushContainer, VictoryChart } from 'victory';
import { formatDateTick } from '../../lib/dates';
import { linePath, toPixels, type PixelScale } from '../../charts/plotPaths';
import { equidistantTicks, lineData, type XAxis, type ChartSeries } from '../../charts/series';
import { chartTheme, type ChartColors } from '../../charts/theme';
import { brushRange } from '../../charts/zoom';

export const OVERVIEW_HEIGHT = 64;
const PADDING = { top: 6, right: 20, bottom: 22, left: 78 };

interface Props {
  series: ChartSeries[];
  x: XAxis;
  yDomain: [number, number];
  log: boolean;
  zoom: [number, number] | null;
  onZoom: (range: [number, number] | null) => void;
  width: number;
  colors: ChartColors;
}

/**
 * Zoom and pan: the whole history in a strip under the plot; drag across it
 * to zoom, drag the window to pan, click outside the window to see it all.
 * A brush rather than VictoryZoomContainer on the plot itself: that one takes
 * the mouse wheel, and a page of plots would stop scrolling under the pointer.
 */
export function OverviewBrush({ series, x, yDomain, log, zoom, onZoom, width, colors }: Props) {
  const theme = useMemo(() => chartTheme(colors), [colors]);
  const ticks = Math.max(2, Math.floor((width - PADDING.left) / 130));
  const span = x.mode === 'date' ? x.domain[1] - x.domain[0] : (x.dates.at(-1) ?? 0) - (x.dates[0] ?? 0);
  return (
    <div className="tl-overview" aria-hidden="true">
      <VictoryChart
        theme={theme}
        width={width}
        height={OVERVIEW_HEIGHT}
        padding={PADDING}
        domain={{ x: x.domain, y: yDomain }}
        scale={{ x: x.mode === 'date' ? 'time' : 'linear', y: log ? 'log' : 'linear' }}
        containerComponent={
          <VictoryBrushContainer
            responsive={false}
            brushDimension="x"
            brushDomain={{ x: zoom ?? x.domain }}
            brushStyle={{
              fill: colors.accent,
              fillOpacity: zoom ? 0.14 : 0.05,
              stroke: colors.accent,
              strokeWidth: 1,
            }}
            onBrushDomainChangeEnd={(domain) => onZoom(brushRange(domain.x, x.domain))}
            onBrushCleared={() => onZoom(null)}
          />
        }
      >
        <VictoryAxis
          tickCount={ticks}
          tickValues={x.mode === 'equidistant' ? equidistantTicks(x.dates.length, ticks) : undefined}
          tickFormat={(t: number | Date) =>
            formatDateTick(x.mode === 'date' ? +t : (x.dates[Math.round(+t)] ?? 0), span)
          }
          style={{ tickLabels: { fontSize: 10, padding: 3 }, ticks: { size: 2 } }}
        />
        <OverviewLines series={series} x={x} log={log} />
      </VictoryChart>
    </div>
  );
}

/** The strip's lines, one path each, drawn with the scales VictoryChart hands its children. */
function OverviewLines({
  series,
  x,
  log,
  scale,
}: {
  series: ChartSeries[];
  x: XAxis;
  log: boolean;
  scale?: PixelScale;
}) {
  const paths = useMemo(
    () => (scale ? series.map((s) => linePath(toPixels(lineData(s, x, log), scale))) : []),
    [series, x, log, scale],
  );
  return (
    <g>
      {series.map((s, i) => (
        <path
          key={s.key}
          d={paths[i]}
          fill="none"
          stroke={s.color}
          strokeWidth={1}
          strokeDasharray={s.dash || undefined}
        />
      ))}
    </g>
  );
}
