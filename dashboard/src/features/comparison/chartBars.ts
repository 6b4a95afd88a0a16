import { formatRatio, formatValue } from '../../lib/numbers';
import { categoryColour } from './palette';
import { plotted, valueAxisLabel, type QuantityModel, type SeriesModel } from './shapeComparison';

export type BarMode = 'grouped' | 'relative' | 'stacked';

/** What a tooltip says about a bar: the exact numbers, never rounded away by the axis. */
export interface Tip {
  title: string;
  lines: string[];
}

export interface BarDatum {
  /** Category index; the chart offsets the bar within the category by `slot`. */
  category: number;
  slot: number;
  y: number;
  y0: number;
  fill: string;
  /** What the legend highlights the bar with: its column (grouped bars) or benchmark (stacked). */
  highlight: string;
  tip: Tip;
}

export interface BarChartSpec {
  id: string;
  /** A panel's benchmark; null for a whole chart. */
  title: string | null;
  categories: string[];
  /** The geometric mean's category, drawn apart from the benchmarks. */
  summaryCategory: number | null;
  /** Bars side by side in a category (1 when stacked). */
  slots: number;
  bars: BarDatum[];
  domain: [number, number];
  log: boolean;
  /** A line across the chart at the baseline's 1×. */
  reference: number | null;
  valueLabel: string;
}

export const GEOMETRIC_MEAN = 'Geometric mean';

/** The series drawn: relative bars leave out the baseline's own, which would all be 1× (the reference line). */
export function drawnSeries(model: QuantityModel, mode: BarMode): SeriesModel[] {
  return mode === 'relative' ? model.series.filter((s) => !s.isBaseline) : model.series;
}

/** The categories of grouped bars: the geometric mean first when there is one, then the benchmarks. */
export function groupedCategories(model: QuantityModel, mode: BarMode): string[] {
  const hasMean = model.baselineLabel !== null && drawnSeries(model, mode).some((s) => s.geometricMean !== null);
  return [...(hasMean ? [GEOMETRIC_MEAN] : []), ...model.benchmarks.map((b) => b.name)];
}

/** A series' name: its column, and its environment when there are several (on a line of its own for an axis). */
function seriesTitle(model: QuantityModel, series: SeriesModel, axis = false): string {
  const label = axis ? series.shortLabel : series.columnLabel;
  return model.series.some((s) => s.environmentId !== series.environmentId)
    ? `${label}${axis ? '\n' : ' · '}${series.environmentName}`
    : label;
}

/**
 * Grouped bars (normal or relative): one category per benchmark, one bar per
 * series in each. `only` restricts to some categories (a panel of small
 * multiples shows one); positions stay the series' own, so a series keeps its
 * place in every panel.
 */
export function groupedBars(model: QuantityModel, mode: BarMode, only?: readonly string[]): BarDatum[] {
  const series = drawnSeries(model, mode);
  const log = mode === 'relative';
  const categories = groupedCategories(model, mode);
  const bars: BarDatum[] = [];
  categories.forEach((name, index) => {
    if (only && !only.includes(name)) return;
    const category = only ? only.indexOf(name) : index;
    const benchmark = model.benchmarks.find((b) => b.name === name);
    series.forEach((s, slot) => {
      const tipTitle = seriesTitle(model, s);
      let y: number | null;
      let lines: string[];
      if (!benchmark) {
        y = s.geometricMean;
        lines = [`Geometric mean: ${formatRatio(y)} of ${model.baselineLabel}`, `revision ${s.revision}`];
      } else {
        const point = s.points.get(benchmark.id);
        y = plotted(model, point);
        if (!point) return;
        const spread = point.stdDev !== null ? ` ± ${formatValue(point.stdDev)}` : '';
        lines = [`${benchmark.name}: ${formatValue(point.value)} ${model.units}${spread}`];
        if (model.baselineLabel) lines.push(`${formatRatio(point.normalized)} of ${model.baselineLabel}`);
        lines.push(`revision ${s.revision}`);
      }
      // A log axis has no place for zero or negative ratios; the table still lists them.
      if (y === null || !Number.isFinite(y) || (log && y <= 0)) return;
      bars.push({
        category,
        slot,
        y,
        y0: log ? 1 : 0,
        fill: s.colour,
        highlight: `c${s.columnIndex}`,
        tip: { title: tipTitle, lines },
      });
    });
  });
  return bars;
}

/**
 * Stacked bars: one bar per series, a segment per benchmark (Codespeed's
 * "stacked bars"), so a bar's length is the series' total over the benchmarks.
 */
export function stackedBars(model: QuantityModel): { categories: string[]; bars: BarDatum[] } {
  const bars: BarDatum[] = [];
  const categories = model.series.map((s, index) => {
    let total = 0;
    model.benchmarks.forEach((benchmark, b) => {
      const point = s.points.get(benchmark.id);
      const v = plotted(model, point);
      if (!point || v === null || !Number.isFinite(v) || v <= 0) return;
      const lines = [`${benchmark.name}: ${formatValue(point.value)} ${model.units}`];
      if (model.baselineLabel) lines.push(`${formatRatio(point.normalized)} of ${model.baselineLabel}`);
      bars.push({
        category: index,
        slot: 0,
        y0: total,
        y: total + v,
        fill: categoryColour(b, model.benchmarks.length),
        highlight: `b${b}`,
        tip: { title: seriesTitle(model, s), lines },
      });
      total += v;
    });
    return seriesTitle(model, s, true);
  });
  return { categories, bars };
}

/** The value axis' extent: from zero (or around 1× on a log axis) to a little past the longest bar. */
export function valueDomain(bars: readonly BarDatum[], log: boolean): [number, number] {
  const ys = bars.map((b) => b.y);
  if (log) {
    const low = Math.min(1, ...ys);
    const high = Math.max(1, ...ys);
    return [low / 1.12, high * 1.12];
  }
  const high = Math.max(0, ...ys);
  return [0, high > 0 ? high * 1.06 : 1];
}

/**
 * Ticks of a ratio axis on a log scale: 1× always, and round ratios each side,
 * finer when the ratios are close to 1 (d3's log ticks would label 0.9091×).
 */
export function ratioTicks([low, high]: [number, number]): number[] {
  const span = high / low;
  const steps =
    span > 400
      ? [1, 10, 100, 1000]
      : span > 4
        ? [1, 2, 5, 10, 20, 50, 100]
        : span > 1.6
          ? [1, 1.25, 1.5, 2, 3]
          : [1, 1.05, 1.1, 1.2, 1.3];
  const above = steps.filter((s) => s > 1 && s <= high);
  const below = steps.filter((s) => s > 1 && 1 / s >= low).map((s) => 1 / s);
  return [...below.reverse(), 1, ...above];
}

/** The chart (or, for small multiples, a panel) of a quantity. */
export function chartSpec(model: QuantityModel, mode: BarMode, panel?: string): BarChartSpec {
  if (mode === 'stacked') {
    const { categories, bars } = stackedBars(model);
    return {
      id: model.title,
      title: null,
      categories,
      summaryCategory: null,
      slots: 1,
      bars,
      domain: valueDomain(bars, false),
      log: false,
      reference: null,
      valueLabel: valueAxisLabel(model),
    };
  }
  const log = mode === 'relative';
  const all = groupedCategories(model, mode);
  const categories = panel ? [panel] : all;
  const bars = groupedBars(model, mode, panel ? categories : undefined);
  // Ratios compare across benchmarks, so panels share one axis; absolute values
  // differ by orders of magnitude, so each panel scales to its own.
  const domainBars = panel && model.baselineLabel ? groupedBars(model, mode) : bars;
  return {
    id: panel ? `${model.title}:${panel}` : model.title,
    title: panel ?? null,
    categories,
    summaryCategory: categories.indexOf(GEOMETRIC_MEAN) >= 0 ? categories.indexOf(GEOMETRIC_MEAN) : null,
    slots: Math.max(1, drawnSeries(model, mode).length),
    bars,
    domain: valueDomain(domainBars, log),
    log,
    reference: model.baselineLabel ? 1 : null,
    valueLabel: valueAxisLabel(model),
  };
}
