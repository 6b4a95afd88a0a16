import { useState } from 'react';
import { formatRatio, formatValue } from '../../lib/numbers';
import { groupBy } from './groupBy';
import type { QuantityModel, SeriesModel } from './shapeComparison';
import { BY_NAME, nextSort, sortedBenchmarks, type TableSort } from './tableRows';

/**
 * The chart's numbers as a table: a row per benchmark, a column per series
 * (grouped under its column's label), the value ± std dev, the ratio to the
 * baseline when there is one, and the geometric means at the foot. Headers
 * sort. With dozens of series it scrolls sideways inside its box, with the
 * benchmark names and headers held in place.
 */
export function ComparisonTable({ model }: { model: QuantityModel }) {
  const [sort, setSort] = useState<TableSort>(BY_NAME);
  const rows = sortedBenchmarks(model, sort);
  const columns = groupBy(model.series, (s) => s.columnKey);
  const normalized = model.baselineLabel !== null;
  const hasMean = model.series.some((s) => s.geometricMean !== null);
  const ariaSort = (by: string) =>
    sort.by === by ? (sort.descending ? 'descending' : 'ascending') : ('none' as const);
  const arrow = (by: string) => (sort.by === by ? (sort.descending ? ' ▼' : ' ▲') : '');

  return (
    <div className="cmp-table-wrap" tabIndex={0} role="region" aria-label={`${model.title} values`}>
      <table className="cmp-table">
        <caption className="cmp-visually-hidden">
          {model.title} in {model.units}
          {normalized ? `, relative to ${model.baselineLabel}` : ''}
        </caption>
        <thead>
          <tr>
            <th rowSpan={2} scope="col" aria-sort={ariaSort('name')} className="cmp-sticky">
              <button type="button" onClick={() => setSort(nextSort(sort, 'name'))}>
                Benchmark{arrow('name')}
              </button>
            </th>
            {columns.map((group) => (
              <th key={group[0]!.columnKey} colSpan={group.length} scope="colgroup" className="cmp-table-column">
                {group[0]!.columnLabel}
                {group[0]!.isBaseline && <span className="cmp-baseline-mark"> (baseline)</span>}
              </th>
            ))}
          </tr>
          <tr>
            {model.series.map((s) => (
              <th key={s.id} scope="col" aria-sort={ariaSort(s.id)}>
                <button
                  type="button"
                  onClick={() => setSort(nextSort(sort, s.id))}
                  title={`Sort by ${s.columnLabel} on ${s.environmentName}`}
                >
                  <span className="cmp-swatch" style={{ background: s.colour }} aria-hidden="true" />
                  {s.environmentName}
                  {arrow(s.id)}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((benchmark) => (
            <tr key={benchmark.id}>
              <th scope="row" className="cmp-sticky">
                {benchmark.name}
              </th>
              {model.series.map((s) => (
                <ValueCell key={s.id} series={s} benchmarkId={benchmark.id} normalized={normalized} />
              ))}
            </tr>
          ))}
        </tbody>
        {hasMean && (
          <tfoot>
            <tr>
              <th scope="row" className="cmp-sticky">
                Geometric mean
              </th>
              {model.series.map((s) => (
                <td key={s.id} className="cmp-num">
                  {formatRatio(s.geometricMean)}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

function ValueCell({
  series,
  benchmarkId,
  normalized,
}: {
  series: SeriesModel;
  benchmarkId: string;
  normalized: boolean;
}) {
  const point = series.points.get(benchmarkId);
  if (!point) return <td className="cmp-num cmp-missing">–</td>;
  return (
    <td className="cmp-num">
      {formatValue(point.value)}
      {point.stdDev !== null && <span className="cmp-sd"> ± {formatValue(point.stdDev)}</span>}
      {normalized && <div className="cmp-ratio">{formatRatio(point.normalized)}</div>}
    </td>
  );
}
