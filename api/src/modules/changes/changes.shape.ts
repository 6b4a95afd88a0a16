import type { QuantityTable } from '../../analytics/changes-table.js';
import { significance } from '../../analytics/summary.js';
import type { Config } from '../../config.js';
import { Significance, type ChangesQuantity, type PercentChange } from './changes.types.js';

/** The computed tables as GraphQL objects, each change carrying its significance under the settings' thresholds. */
export function toQuantities(tables: QuantityTable[], settings: Config['codespeed']): ChangesQuantity[] {
  const percent = (value: number | null, lessIsBetter: boolean, threshold: number): PercentChange | null =>
    value === null
      ? null
      : {
          percent: Number.isFinite(value) ? value : null,
          infinite: !Number.isFinite(value),
          significance: significance(value, lessIsBetter, threshold) as Significance,
        };
  return tables.map((table) => ({
    unitsTitle: table.unitsTitle,
    units: table.units,
    lessIsBetter: table.lessIsBetter,
    hasStdDev: table.hasStdDev,
    hasMin: table.hasMin,
    hasMax: table.hasMax,
    precision: table.precision,
    averageChange: percent(table.averageChange, table.lessIsBetter, settings.changeThreshold),
    averageTrend: percent(table.averageTrend, table.lessIsBetter, settings.trendThreshold),
    rows: table.rows.map((row) => ({
      benchmarkInfo: row.benchmark,
      value: row.value,
      stdDev: row.stdDev,
      min: row.min,
      max: row.max,
      change: percent(row.change, row.benchmark.lessIsBetter, settings.changeThreshold),
      trend: percent(row.trend, row.benchmark.lessIsBetter, settings.trendThreshold),
    })),
  }));
}
