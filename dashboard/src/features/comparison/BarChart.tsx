import { memo, useContext, type MouseEvent } from 'react';
import { Bar, VictoryAxis, VictoryBar, VictoryChart, VictoryContainer, VictoryLabel, VictoryLine } from 'victory';
import type { BarProps, CallbackArgs } from 'victory';
import { chartTheme, FONT_FAMILY, type ChartColors } from '../../charts/theme';
import { formatValue } from '../../lib/numbers';
import type { BarChartSpec, BarDatum } from './chartBars';
import { GEOMETRIC_MEAN, ratioTicks } from './chartBars';
import { shortLabel, type ChartLayout } from './chartLayout';
import { TipContext } from './tipStore';

interface BarChartProps {
  spec: BarChartSpec;
  layout: ChartLayout;
  colors: ChartColors;
  /** Panels show their benchmark as a title, and no category axis labels. */
  panel: boolean;
}

interface PlacedBar extends BarDatum {
  x: number;
}

/**
 * One Victory chart of bars. Bars are placed by hand (category + offset of the
 * series' slot) rather than with VictoryGroup, so normal, relative and
 * stacked bars, whole charts and panels all draw through this one component,
 * with one VictoryBar however many series there are.
 */
export const BarChart = memo(function BarChart({ spec, layout, colors, panel }: BarChartProps) {
  const { horizontal } = layout;
  const count = spec.categories.length;
  const { padding } = layout;
  const categorySpan = horizontal
    ? layout.height - padding.top - padding.bottom
    : layout.width - padding.left - padding.right;
  const unitPx = categorySpan / Math.max(1, count);
  const slotUnits = layout.barPx / unitPx;
  // Horizontal charts read top to bottom: the first category, and the first series in it, on top.
  const place = (category: number) => (horizontal ? count - 1 - category : category);
  const direction = horizontal ? -1 : 1;
  const data: PlacedBar[] = spec.bars.map((bar) => ({
    ...bar,
    x: place(bar.category) + direction * (bar.slot - (spec.slots - 1) / 2) * slotUnits,
  }));
  const ticks = spec.categories.map((_, i) => i);
  const categoryAt = (tick: number) => spec.categories[horizontal ? count - 1 - tick : tick] ?? '';
  const valueTicks = spec.log ? ratioTicks(spec.domain) : undefined;
  const formatTick = (t: number) => (spec.reference !== null ? `${Number(t.toPrecision(3))}×` : formatValue(t));
  const theme = chartTheme(colors);
  const summary = spec.summaryCategory;

  return (
    <VictoryChart
      horizontal={horizontal}
      theme={theme}
      width={layout.width}
      height={layout.height}
      padding={padding}
      domain={{ x: [-0.5, count - 0.5], y: spec.domain }}
      scale={{ x: 'linear', y: spec.log ? 'log' : 'linear' }}
      containerComponent={
        <VictoryContainer
          responsive={false}
          title={spec.title ?? spec.id}
          desc={spec.valueLabel}
          className={spec.title === GEOMETRIC_MEAN ? 'cmp-chart-svg cmp-chart-summary' : 'cmp-chart-svg'}
        />
      }
    >
      {spec.title && (
        <VictoryLabel
          text={shortLabel(spec.title)}
          x={panel && horizontal ? 12 : padding.left}
          y={14}
          style={{ fill: colors.fg, fontSize: 13, fontWeight: 600, fontFamily: FONT_FAMILY }}
        />
      )}
      {/* Explicit offsets: Victory would cross the axes at 0 (or at 1×), inside the plot. */}
      <VictoryAxis
        offsetX={horizontal ? padding.left : undefined}
        offsetY={horizontal ? undefined : padding.bottom}
        tickValues={ticks}
        tickFormat={(t: number) => (panel ? '' : shortLabel(categoryAt(t)))}
        style={{
          tickLabels: {
            // The geometric mean is the summary: set apart in bold.
            fontWeight: ({ index }: CallbackArgs) => (summary !== null && Number(index) === place(summary) ? 700 : 400),
            fill: colors.fg,
          },
          ticks: panel ? { stroke: 'transparent' } : {},
        }}
        tickLabelComponent={
          layout.angledLabels ? <VictoryLabel angle={-40} textAnchor="end" verticalAnchor="middle" /> : <VictoryLabel />
        }
      />
      <VictoryAxis
        dependentAxis
        crossAxis={false}
        offsetX={horizontal ? undefined : padding.left}
        offsetY={horizontal ? padding.bottom : undefined}
        tickValues={valueTicks}
        tickCount={panel ? 4 : 6}
        tickFormat={formatTick}
      />
      {/* The value axis' title reads left to right, above a vertical chart or below a horizontal one:
          a rotated "relative to <a long column label>" did not fit beside the plot. */}
      {!panel && (
        <VictoryLabel
          text={spec.valueLabel}
          x={padding.left}
          y={horizontal ? layout.height - 8 : 12}
          style={{ fill: colors.muted, fontSize: 12, fontFamily: FONT_FAMILY }}
        />
      )}
      {summary !== null && count > 1 && (
        <VictoryLine
          data={[
            { x: place(summary) + direction * 0.5, y: spec.domain[0] },
            { x: place(summary) + direction * 0.5, y: spec.domain[1] },
          ]}
          style={{ data: { stroke: colors.muted, strokeDasharray: '4 4', strokeWidth: 1 } }}
        />
      )}
      <VictoryBar
        data={data}
        barWidth={layout.barPx}
        style={{ data: { fill: ({ datum }: { datum?: PlacedBar }) => datum?.fill ?? colors.muted } }}
        dataComponent={<HoverBar />}
      />
      {spec.reference !== null && (
        <VictoryLine
          data={[
            { x: -0.5, y: spec.reference },
            { x: count - 0.5, y: spec.reference },
          ]}
          style={{ data: { stroke: colors.fg, strokeWidth: 1.5 } }}
        />
      )}
    </VictoryChart>
  );
});

/**
 * A bar that tells the tooltip store where the pointer is, and carries its
 * highlight group as a class: the legend dims the other bars with one CSS
 * rule instead of re-rendering every chart.
 */
function HoverBar(props: BarProps) {
  const store = useContext(TipContext);
  const datum = props.datum as PlacedBar | undefined;
  if (!datum) return <Bar {...props} />;
  const show = (event: MouseEvent) => store?.set({ tip: datum.tip, x: event.clientX, y: event.clientY });
  return (
    <Bar
      {...props}
      className={`cmp-bar cmp-hl-${datum.highlight}`}
      events={{ ...props.events, onMouseEnter: show, onMouseMove: show, onMouseLeave: () => store?.set(null) }}
    />
  );
}
