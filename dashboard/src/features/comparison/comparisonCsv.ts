import { toCsv, type CsvCell } from '../../charts/export';
import type { QuantityModel } from './shapeComparison';

const HEADER = [
  'quantity',
  'benchmark',
  'column',
  'environment',
  'revision',
  'value',
  'std_dev',
  'units',
  'relative_to_baseline',
  'baseline',
];

/**
 * The comparison's data, one row per value (the long form spreadsheets and
 * pandas pivot easily), then a row per series with its geometric mean. Cells
 * go through the shared CSV writer, which defuses formula-like names.
 */
export function comparisonCsv(models: readonly QuantityModel[]): string {
  const rows: CsvCell[][] = [HEADER];
  for (const model of models) {
    for (const benchmark of model.benchmarks) {
      for (const s of model.series) {
        const point = s.points.get(benchmark.id);
        if (!point) continue;
        rows.push([
          model.title,
          benchmark.name,
          s.columnLabel,
          s.environmentName,
          s.revision,
          point.value,
          point.stdDev,
          model.units,
          point.normalized,
          model.baselineLabel,
        ]);
      }
    }
    for (const s of model.series) {
      if (s.geometricMean === null) continue;
      rows.push([
        model.title,
        '(geometric mean)',
        s.columnLabel,
        s.environmentName,
        s.revision,
        null,
        null,
        null,
        s.geometricMean,
        model.baselineLabel,
      ]);
    }
  }
  return toCsv(rows);
}
