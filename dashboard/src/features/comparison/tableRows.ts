import { plotted, type QuantityModel } from './shapeComparison';

/** Sorted by the benchmark's name, or by one series' values. */
export interface TableSort {
  /** 'name', or a series id. */
  by: string;
  descending: boolean;
}

export const BY_NAME: TableSort = { by: 'name', descending: false };

/**
 * The benchmarks in table order. By a series, the value compared is the one
 * the chart draws (normalized when there is a baseline); benchmarks that
 * series did not measure go last whichever the direction, as in a
 * spreadsheet.
 */
export function sortedBenchmarks(model: QuantityModel, sort: TableSort): { id: string; name: string }[] {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const series = model.series.find((s) => s.id === sort.by);
  if (!series) {
    const rows = [...model.benchmarks].sort(byName);
    return sort.descending ? rows.reverse() : rows;
  }
  const valueOf = (id: string) => plotted(model, series.points.get(id));
  return [...model.benchmarks].sort((a, b) => {
    const va = valueOf(a.id);
    const vb = valueOf(b.id);
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return (sort.descending ? vb - va : va - vb) || byName(a, b);
  });
}

/** Clicking a header: sort by it, or reverse when it already sorts. */
export function nextSort(current: TableSort, by: string): TableSort {
  return current.by === by ? { by, descending: !current.descending } : { by, descending: false };
}
