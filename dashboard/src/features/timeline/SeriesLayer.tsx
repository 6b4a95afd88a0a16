import { memo, useId, useMemo, useState, type MouseEvent } from 'react';
import { Point } from 'victory';
import { pointTooltip } from '../../charts/tooltip';
import {
  bandPath,
  errorBarPath,
  linePath,
  nearestPoint,
  toPixels,
  type PixelPoint,
  type PixelScale,
} from '../../charts/plotPaths';
import { bandData, errorBarData, lineData, type ChartPoint, type XAxis } from '../../charts/series';
import type { ChartColors } from '../../charts/theme';
import { LivePoint } from './LivePoint';
import type { TimelineSeries } from './plotGroups';
import { PlotTooltip } from './PlotTooltip';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

interface Props {
  series: TimelineSeries[];
  x: XAxis;
  log: boolean;
  median: boolean;
  /** Too many points to see each: bands instead of error bars, no point symbols. */
  dense: boolean;
  baselines: { label: string; value: number }[];
  xDomain: [number, number];
  emphasis: string | null;
  colors: ChartColors;
  units: string;
  width: number;
  height: number;
  padding: Padding;
  onPointClick: (series: TimelineSeries, point: ChartPoint) => void;
  /** Given by VictoryChart to each child: data to pixels, as its axes draw them. */
  scale?: PixelScale;
}

/** How near the pointer must come to a point for its tooltip (Victory's Voronoi radius before). */
const HOVER_RADIUS = 36;
/** Width of an error bar's caps (Victory's errorbar borderWidth of 4 on each side, as before). */
const ERROR_CAP = 8;
/** Drawing reaches this far past the plot area, so points on its edge stay whole. */
const CLIP_PADDING = 6;

/**
 * Every series of a plot as a child of VictoryChart, which hands it the
 * scales its axes use: bands, error bars and lines as one path per series,
 * points (short series only) as one symbol each, and a pointer overlay that
 * finds the nearest point for the tooltip and the click. Drawn here rather
 * than by VictoryLine, VictoryArea, VictoryErrorBar and VictoryScatter under
 * a Voronoi container: those cost most of a second at 5 × 1,000 points.
 */
export const SeriesLayer = memo(function SeriesLayer(props: Props) {
  const { series, x, log, median, dense, emphasis, colors, width, height, padding, scale } = props;
  const clipId = `tl-clip-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  // The hovered point by identity, not position: after new data or a zoom its tooltip follows it.
  const [hoverKey, setHoverKey] = useState<{ seriesKey: string; revisionId: string } | null>(null);
  const pixels = useMemo(
    () => (scale ? series.map((s) => toPixels(lineData(s, x, log), scale)) : []),
    [series, x, log, scale],
  );
  // Only points within the plot area answer the pointer: zoomed in, the others are clipped away.
  const hoverable = useMemo(() => {
    const [from, to] = [padding.left - CLIP_PADDING, width - padding.right + CLIP_PADDING];
    return pixels.map((points) => points.filter((p) => p.px >= from && p.px <= to));
  }, [pixels, padding.left, padding.right, width]);
  const hovered = useMemo(() => {
    if (!hoverKey) return null;
    const i = series.findIndex((s) => s.key === hoverKey.seriesKey);
    return pixels[i]?.find((p) => p.datum.point.revisionId === hoverKey.revisionId) ?? null;
  }, [hoverKey, series, pixels]);
  const lines = useMemo(() => pixels.map(linePath), [pixels]);
  const shapes = useMemo(() => {
    if (!scale) return null;
    return series.map((s) => ({
      key: s.key,
      extremes: median ? bandPath(bandData(s, x, 'extremes', log), scale) : '',
      quartiles: median ? bandPath(bandData(s, x, 'quartiles', log), scale) : '',
      stdDev: !median && dense ? bandPath(bandData(s, x, 'stdDev', log), scale) : '',
      errorBars: !median && !dense ? errorBarPath(errorBarData(s, x, log), scale, ERROR_CAP) : '',
    }));
  }, [series, x, log, median, dense, scale]);
  if (!scale || !shapes) return null;

  const opacity = (key: string) => (emphasis && emphasis !== key ? 0.15 : 1);
  // Translucent bands fade more on a dark background: stronger there, to read the same.
  const band = (alpha: number, key: string) => alpha * (colors.dark ? 1.7 : 1) * opacity(key);
  const area = { x: padding.left, y: padding.top, w: width - padding.left - padding.right };
  const areaHeight = height - padding.top - padding.bottom;
  const owner = hovered && series.find((s) => s.key === hovered.datum.seriesKey);

  const pointAt = (event: MouseEvent<SVGRectElement>) => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    return box ? nearestPoint(hoverable, event.clientX - box.left, event.clientY - box.top, HOVER_RADIUS) : null;
  };
  const onMove = (event: MouseEvent<SVGRectElement>) => {
    const next = pointAt(event);
    if (next?.datum !== hovered?.datum)
      setHoverKey(next && { seriesKey: next.datum.seriesKey, revisionId: next.datum.point.revisionId });
  };

  return (
    <g className="tl-series">
      <defs>
        <clipPath id={clipId}>
          <rect
            x={area.x - CLIP_PADDING}
            y={area.y - CLIP_PADDING}
            width={Math.max(area.w + 2 * CLIP_PADDING, 0)}
            height={Math.max(areaHeight + 2 * CLIP_PADDING, 0)}
          />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {series.map((s, i) => {
          const shape = shapes[i]!;
          return (
            <g key={s.key}>
              {shape.extremes && <path d={shape.extremes} fill={s.color} stroke="none" opacity={band(0.1, s.key)} />}
              {shape.quartiles && (
                <path
                  className="tl-band"
                  d={shape.quartiles}
                  fill={s.color}
                  stroke="none"
                  opacity={band(0.22, s.key)}
                />
              )}
              {shape.stdDev && <path d={shape.stdDev} fill={s.color} stroke="none" opacity={band(0.16, s.key)} />}
              {shape.errorBars && (
                <path d={shape.errorBars} fill="none" stroke={s.color} strokeWidth={1} opacity={0.6 * opacity(s.key)} />
              )}
            </g>
          );
        })}
        {props.baselines.map((b, i) => (
          <line
            key={`base-${i}`}
            x1={scale.x(props.xDomain[0])}
            x2={scale.x(props.xDomain[1])}
            y1={scale.y(b.value)}
            y2={scale.y(b.value)}
            stroke={colors.fg}
            strokeWidth={1.5}
            strokeDasharray="8 5"
            opacity={0.7}
          />
        ))}
        {series.map((s, i) => (
          <path
            key={s.key}
            className="tl-line"
            d={lines[i]}
            fill="none"
            stroke={s.color}
            strokeDasharray={s.dash || undefined}
            strokeWidth={dense ? 1.5 : 2}
            strokeLinejoin="round"
            opacity={opacity(s.key)}
          />
        ))}
        {!dense &&
          series.map((s, i) => (
            <SeriesPoints key={s.key} series={s} points={pixels[i]!} stroke={colors.bg} opacity={opacity(s.key)} />
          ))}
        {hovered && owner && (
          <Point
            x={hovered.px}
            y={hovered.py}
            symbol={owner.symbol}
            size={dense ? 4 : 6}
            style={{ fill: owner.color, stroke: colors.bg, strokeWidth: 1, pointerEvents: 'none' }}
          />
        )}
      </g>
      <rect
        className="tl-hover"
        x={area.x}
        y={area.y}
        width={Math.max(area.w, 0)}
        height={Math.max(areaHeight, 0)}
        fill="transparent"
        style={{ cursor: hovered ? 'pointer' : undefined }}
        onMouseMove={onMove}
        onMouseLeave={() => setHoverKey(null)}
        onClick={(event) => {
          // From where the click is, not from the hover state: a tap has no hover before it.
          const clicked = pointAt(event);
          const clickedSeries = clicked && series.find((s) => s.key === clicked.datum.seriesKey);
          if (clicked && clickedSeries) props.onPointClick(clickedSeries, clicked.datum.point);
        }}
      />
      {hovered && owner && (
        <PlotTooltip
          at={hovered}
          lines={pointTooltip(owner.label, hovered.datum.point, props.units)}
          colors={colors}
          bounds={{ width, height }}
        />
      )}
    </g>
  );
});

/** A short series' points, one symbol each (marked for a moment when they arrive live); redrawn only with the data. */
const SeriesPoints = memo(function SeriesPoints(props: {
  series: TimelineSeries;
  points: PixelPoint[];
  stroke: string;
  opacity: number;
}) {
  const { series, points, stroke, opacity } = props;
  const style = useMemo(
    () => ({ fill: series.color, stroke, strokeWidth: 1, opacity }),
    [series.color, stroke, opacity],
  );
  return (
    <g>
      {points.map((p) => (
        <LivePoint
          key={p.datum.point.revisionId}
          className="tl-point"
          x={p.px}
          y={p.py}
          datum={p.datum}
          symbol={series.symbol}
          size={3.4}
          style={style}
        />
      ))}
    </g>
  );
});
