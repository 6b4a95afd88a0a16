import type { PercentLike } from '../../lib/numbers';

export type SortKey = 'benchmark' | 'value' | 'stdDev' | 'min' | 'max' | 'change' | 'trend';
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

/** The fields of a row that sorting reads; the table's fragment has more. */
export interface SortableRow {
  benchmark: { name: string };
  value: number;
  stdDev?: number | null;
  min?: number | null;
  max?: number | null;
  change?: PercentLike | null;
  trend?: PercentLike | null;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** A number to sort a change by: infinite changes sort beyond every finite one, missing ones are null. */
function percentSortKey(change: PercentLike | null | undefined): number | null {
  if (!change) return null;
  if (change.infinite) return Number.POSITIVE_INFINITY;
  return change.percent ?? null;
}

function numberOf(row: SortableRow, key: Exclude<SortKey, 'benchmark'>): number | null {
  switch (key) {
    case 'change':
      return percentSortKey(row.change);
    case 'trend':
      return percentSortKey(row.trend);
    default:
      return row[key] ?? null;
  }
}

/**
 * The rows in the chosen order, a new array. Names compare as people read them
 * ("bench2" before "bench10"); rows without the number (no earlier result, no
 * std dev) go last whichever way, so the ones that can be compared stay on top.
 * Ties keep the name order.
 */
export function sortRows<T extends SortableRow>(rows: readonly T[], order: SortOrder): T[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const byName = (a: T, b: T) => collator.compare(a.benchmark.name, b.benchmark.name);
  const key = order.key;
  if (key === 'benchmark') return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    const x = numberOf(a, key);
    const y = numberOf(b, key);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    if (x === y) return byName(a, b);
    return sign * (x < y ? -1 : 1);
  });
}

/** A header's next order: the same column flips; another column starts ascending. */
export function nextOrder(current: SortOrder, key: SortKey): SortOrder {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: 'ascending' };
}
