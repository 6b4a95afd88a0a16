import { shortCommit } from '../../lib/commits';
import { seriesColour } from './palette';

/** A quantity as the API answers it (the QuantitySection fragment, structurally). */
export interface QuantityInput {
  unitsTitle: string;
  units: string;
  lessIsBetter: boolean;
  benchmarks: readonly { id: string; name: string }[];
  series: readonly {
    columnKey: string;
    environment: { id: string };
    revision: { commitId: string; tag: string };
    geometricMean?: number | null;
    points: readonly { benchmarkId: string; value: number; stdDev?: number | null; normalized?: number | null }[];
  }[];
}

/** What the whole comparison shares: its columns and environments in order, and the baseline. */
export interface ComparisonContext {
  columns: readonly { key: string; label: string }[];
  environments: readonly { id: string; name: string }[];
  baseline: { key: string; label: string } | null;
}

export interface PointModel {
  value: number;
  stdDev: number | null;
  normalized: number | null;
}

export interface SeriesModel {
  /** `columnKey|environmentId`: unique within a quantity. */
  id: string;
  columnKey: string;
  columnLabel: string;
  /** The label without the revision all columns share ("cpython-O2" for "cpython-O2 @ main (latest)"). */
  shortLabel: string;
  columnIndex: number;
  environmentId: string;
  environmentName: string;
  colour: string;
  /** "1.0" for a tagged revision, else the short commit id: what was measured. */
  revision: string;
  geometricMean: number | null;
  isBaseline: boolean;
  points: Map<string, PointModel>;
}

export interface QuantityModel {
  title: string;
  units: string;
  lessIsBetter: boolean;
  benchmarks: { id: string; name: string }[];
  series: SeriesModel[];
  /** The baseline's label when values are normalized to it. */
  baselineLabel: string | null;
  /** What every column's label says after " @ ", when they all say the same; said once in the legend. */
  sharedRevision: string | null;
}

/**
 * The quantity with everything a chart, a legend and a table need per series:
 * colour (hue by column, shade by environment, from the comparison's order so
 * every quantity colours a series alike), labels and values by benchmark.
 */
export function shapeQuantity(quantity: QuantityInput, context: ComparisonContext): QuantityModel {
  const columnIndex = new Map(context.columns.map((c, i) => [c.key, i]));
  const environmentIndex = new Map(context.environments.map((e, i) => [e.id, i]));
  const environmentCount = context.environments.length;
  const shared = sharedRevision(context.columns.map((c) => c.label));
  const series = quantity.series.map((s): SeriesModel => {
    const column = columnIndex.get(s.columnKey) ?? 0;
    const environment = environmentIndex.get(s.environment.id) ?? 0;
    const label = context.columns[column]?.label ?? s.columnKey;
    return {
      id: `${s.columnKey}|${s.environment.id}`,
      columnKey: s.columnKey,
      columnLabel: label,
      shortLabel: shared ? label.slice(0, -(shared.length + 3)) : label,
      columnIndex: column,
      environmentId: s.environment.id,
      environmentName: context.environments[environment]?.name ?? s.environment.id,
      colour: seriesColour(column, context.columns.length, environment, environmentCount),
      revision: s.revision.tag || shortCommit(s.revision.commitId),
      geometricMean: s.geometricMean ?? null,
      isBaseline: s.columnKey === context.baseline?.key,
      points: new Map(
        s.points.map((p) => [
          p.benchmarkId,
          { value: p.value, stdDev: p.stdDev ?? null, normalized: p.normalized ?? null },
        ]),
      ),
    };
  });
  return {
    title: quantity.unitsTitle,
    units: quantity.units,
    lessIsBetter: quantity.lessIsBetter,
    benchmarks: quantity.benchmarks.map((b) => ({ id: b.id, name: b.name })),
    series,
    baselineLabel: context.baseline?.label ?? null,
    sharedRevision: shared,
  };
}

/**
 * What every label says after " @ " when they all say the same ("main
 * (latest)" for 18 executables' latest columns): said once, it leaves each
 * legend row and axis label the executable's name.
 */
export function sharedRevision(labels: readonly string[]): string | null {
  if (labels.length < 2) return null;
  const suffixes = labels.map((label) => {
    const at = label.lastIndexOf(' @ ');
    return at > 0 ? label.slice(at + 3) : null;
  });
  const first = suffixes[0];
  return first && suffixes.every((s) => s === first) ? first : null;
}

/** The axis title: the units, or what values are relative to, with which way is better. */
export function valueAxisLabel(model: QuantityModel): string {
  const better = model.lessIsBetter ? 'less is better' : 'more is better';
  return model.baselineLabel
    ? `relative to ${model.baselineLabel} (${better})`
    : `${model.title} in ${model.units} (${better})`;
}

/** The number plotted for a point: normalized when there is a baseline. */
export function plotted(model: QuantityModel, point: PointModel | undefined): number | null {
  if (!point) return null;
  return model.baselineLabel ? point.normalized : point.value;
}
