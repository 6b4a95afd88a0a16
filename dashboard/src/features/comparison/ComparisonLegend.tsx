import { formatRatio } from '../../lib/numbers';
import { categoryColour } from './palette';
import type { BarMode } from './chartBars';
import { drawnSeries } from './chartBars';
import type { QuantityModel, SeriesModel } from './shapeComparison';
import { groupBy } from './groupBy';

interface ComparisonLegendProps {
  model: QuantityModel;
  mode: BarMode;
  onHighlight: (group: string | null) => void;
}

/**
 * The legend, in HTML beside or below the plot, never over it (Codespeed's
 * covered a third of its chart). For grouped bars it is a small table: a row
 * per column (its hue), a cell per environment (its shade), holding the
 * series' geometric mean when normalized. Hovering or focusing a row dims the
 * other columns' bars.
 */
export function ComparisonLegend({ model, mode, onHighlight }: ComparisonLegendProps) {
  if (mode === 'stacked') return <StackedLegend model={model} onHighlight={onHighlight} />;
  const series = drawnSeries(model, mode);
  const environments = groupBy(model.series, (s) => s.environmentId).map((g) => ({
    id: g[0]!.environmentId,
    name: g[0]!.environmentName,
  }));
  const columns = groupBy(series, (s) => s.columnKey);
  const hasMean = series.some((s) => s.geometricMean !== null);
  return (
    <div className="cmp-legend" onMouseLeave={() => onHighlight(null)}>
      {hasMean && <p className="cmp-legend-note">Geometric mean relative to {model.baselineLabel}</p>}
      {model.sharedRevision && <p className="cmp-legend-note">All at {model.sharedRevision}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span className="cmp-visually-hidden">Column</span>
            </th>
            {environments.map((e) => (
              <th key={e.id} scope="col">
                {e.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {columns.map((columnSeries) => {
            const first = columnSeries[0]!;
            const group = `c${first.columnIndex}`;
            return (
              <tr key={first.columnKey} onMouseEnter={() => onHighlight(group)}>
                <th scope="row">
                  <button
                    type="button"
                    className="cmp-legend-label"
                    onFocus={() => onHighlight(group)}
                    onBlur={() => onHighlight(null)}
                    title={first.columnLabel}
                  >
                    {first.shortLabel}
                  </button>
                </th>
                {environments.map((e) => (
                  <LegendCell key={e.id} series={columnSeries.find((s) => s.environmentId === e.id)} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {mode === 'relative' && model.baselineLabel && (
        <p className="cmp-legend-note">The line at 1× is the baseline, {model.baselineLabel}.</p>
      )}
    </div>
  );
}

function LegendCell({ series }: { series: SeriesModel | undefined }) {
  if (!series) return <td className="cmp-legend-missing">no data</td>;
  return (
    <td>
      <span className="cmp-swatch" style={{ background: series.colour }} aria-hidden="true" />
      {series.geometricMean !== null && <span className="cmp-legend-mean">{formatRatio(series.geometricMean)}</span>}
    </td>
  );
}

function StackedLegend({ model, onHighlight }: Omit<ComparisonLegendProps, 'mode'>) {
  return (
    <div className="cmp-legend" onMouseLeave={() => onHighlight(null)}>
      <p className="cmp-legend-note">Each bar stacks the benchmarks of one column:</p>
      <ul className="cmp-legend-list">
        {model.benchmarks.map((benchmark, index) => (
          <li key={benchmark.id} onMouseEnter={() => onHighlight(`b${index}`)}>
            <button
              type="button"
              className="cmp-legend-label"
              onFocus={() => onHighlight(`b${index}`)}
              onBlur={() => onHighlight(null)}
            >
              <span
                className="cmp-swatch"
                style={{ background: categoryColour(index, model.benchmarks.length) }}
                aria-hidden="true"
              />
              {benchmark.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What an exported image's legend lists, in the same order and colours. */
export function legendEntries(model: QuantityModel, mode: BarMode): { label: string; colour: string }[] {
  if (mode === 'stacked')
    return model.benchmarks.map((b, i) => ({ label: b.name, colour: categoryColour(i, model.benchmarks.length) }));
  const several = new Set(model.series.map((s) => s.environmentId)).size > 1;
  return drawnSeries(model, mode).map((s) => ({
    label: several ? `${s.shortLabel} · ${s.environmentName}` : s.shortLabel,
    colour: s.colour,
  }));
}
