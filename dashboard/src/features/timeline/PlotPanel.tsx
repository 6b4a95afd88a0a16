import { useMemo, useRef, useState } from 'react';
import { seriesSpread, xAxisFor, yExtent, type ChartPoint, type XMode } from '../../charts/series';
import type { ChartColors } from '../../charts/theme';
import { useElementWidth } from '../../charts/useElementWidth';
import { stepZoom } from '../../charts/zoom';
import { formatCount } from '../../lib/numbers';
import { ExportButtons } from './ExportButtons';
import { OverviewBrush } from './OverviewBrush';
import { axisLabel, type PlotGroup, type TimelineSeries } from './plotGroups';
import { PointsTable } from './PointsTable';
import { SeriesLegend } from './SeriesLegend';
import { TimelineChart } from './TimelineChart';
import './plot.css';

interface Props {
  group: PlotGroup;
  xMode: XMode;
  log: boolean;
  colors: ChartColors;
  environment: { id: string; name: string };
  onPointClick: (series: TimelineSeries, point: ChartPoint) => void;
  onLogScale: () => void;
}

/** From this ratio between series, the plot offers its log scale. */
const LOG_HINT_SPREAD = 20;

/** One plot with its header (what, which unit, which way is better, export), zoom strip, legend and data table. */
export function PlotPanel({ group, xMode, log, colors, environment, onPointClick, onLogScale }: Props) {
  const [measure, width, measured] = useElementWidth<HTMLDivElement>();
  const chartBox = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [emphasis, setEmphasis] = useState<string | null>(null);
  const visible = useMemo(() => group.series.filter((s) => !hidden.has(s.key)), [group.series, hidden]);
  // x positions come from every series, so hiding one does not shift the others.
  const x = useMemo(() => xAxisFor(group.series, xMode), [group.series, xMode]);
  // A zoom belongs to the data it was made on: new data or another x mode shows everything again.
  const dataKey = `${xMode}|${x.domain.join(',')}`;
  const [zoomState, setZoomState] = useState<{ key: string; range: [number, number] } | null>(null);
  const zoom = zoomState?.key === dataKey ? zoomState.range : null;
  const setZoom = (range: [number, number] | null) => setZoomState(range ? { key: dataKey, range } : null);
  const bands = group.median ? 'extremes' : 'stdDev';
  // Each a pass over every point: computed again only when what they read changes, not on each hover of the legend.
  const zoomFrom = zoom?.[0];
  const zoomTo = zoom?.[1];
  const yDomain = useMemo(
    () =>
      yExtent(visible.length ? visible : group.series, {
        log,
        spread: bands,
        lines: group.baselines.map((b) => b.value),
        xRange: zoomFrom !== undefined && zoomTo !== undefined ? [zoomFrom, zoomTo] : null,
        x,
      }),
    [visible, group.series, group.baselines, log, bands, zoomFrom, zoomTo, x],
  );
  const fullY = useMemo(
    () => yExtent(group.series, { log, spread: null, lines: group.baselines.map((b) => b.value) }),
    [group.series, group.baselines, log],
  );
  const yLabel = axisLabel(group);
  const better = group.lessIsBetter ? '↓ Lower is better' : '↑ Higher is better';
  const spread = useMemo(() => (log ? 1 : seriesSpread(visible)), [log, visible]);

  return (
    <section className="tl-panel" aria-label={`Timeline of ${group.title}`}>
      <header className="tl-panel-head">
        <h2>{group.title}</h2>
        <span className="tl-better" title={`${yLabel}: ${better.toLowerCase().slice(2)}`}>
          {better}
        </span>
        {spread >= LOG_HINT_SPREAD && (
          <span className="tl-hint tl-log-hint">
            Values differ {formatCount(Math.round(spread))}-fold:{' '}
            <button type="button" className="tl-link-button" onClick={onLogScale}>
              use a log scale
            </button>
          </span>
        )}
        <ExportButtons
          chartBox={chartBox}
          group={group}
          environment={environment.name}
          colors={colors}
          subtitle={`${yLabel} · ${better.slice(2)} · ${environment.name}`}
        />
      </header>
      <div ref={measure} className="tl-plot">
        <div ref={chartBox}>
          {/* Drawn once the panel's width is known: a first draw at a guessed width would be thrown away. */}
          {measured ? (
            <TimelineChart
              series={visible}
              x={x}
              xDomain={zoom ?? x.domain}
              yDomain={yDomain}
              log={log}
              median={group.median}
              baselines={group.baselines}
              yLabel={yLabel}
              units={group.units}
              width={width}
              colors={colors}
              emphasis={emphasis}
              onPointClick={onPointClick}
            />
          ) : (
            <div className="tl-chart" />
          )}
        </div>
        {measured && (
          <OverviewBrush
            series={visible}
            x={x}
            yDomain={fullY}
            log={log}
            zoom={zoom}
            onZoom={setZoom}
            width={width}
            colors={colors}
          />
        )}
        {!measured && <div className="tl-overview" />}
        <div className="tl-zoom" role="group" aria-label="Zoom">
          <button type="button" onClick={() => setZoom(stepZoom(zoom, x.domain, 'in'))}>
            Zoom in
          </button>
          <button type="button" disabled={!zoom} onClick={() => setZoom(stepZoom(zoom, x.domain, 'out'))}>
            Zoom out
          </button>
          <button
            type="button"
            disabled={!zoom}
            aria-label="Earlier"
            onClick={() => setZoom(stepZoom(zoom, x.domain, 'left'))}
          >
            ←
          </button>
          <button
            type="button"
            disabled={!zoom}
            aria-label="Later"
            onClick={() => setZoom(stepZoom(zoom, x.domain, 'right'))}
          >
            →
          </button>
          <button type="button" disabled={!zoom} onClick={() => setZoom(null)}>
            Show all
          </button>
          <span className="tl-hint">Drag across the strip to zoom; click a point for its changes.</span>
        </div>
      </div>
      <SeriesLegend
        series={group.series}
        hidden={hidden}
        baselines={group.baselines}
        units={group.units}
        baselineColor={colors.fg}
        onToggle={(key) => {
          const next = new Set(hidden);
          if (next.has(key)) next.delete(key);
          else next.add(key);
          setHidden(next);
          setEmphasis(null);
        }}
        onEmphasis={setEmphasis}
      />
      <PointsTable group={group} environmentId={environment.id} />
    </section>
  );
}
