import type { ComparisonParams } from './comparisonParams';

/** What the controls offer (from the options query), as far as checking a link needs. */
export interface Offered {
  columns: readonly { key: string }[];
  benchmarks: readonly { id: string; benchmarkType: string; defaultOnComparison: boolean }[];
  environments: readonly { id: string }[];
}

export type EmptySelection = 'column' | 'benchmark' | 'environment';

export interface ComparisonInputVars {
  columnKeys?: string[];
  benchmarkIds?: string[];
  environmentIds?: string[];
  baselineColumnKey?: string | null;
}

export interface ResolvedSelection {
  /** The link's selections with what no longer exists left out; null where the link leaves the default. */
  cols: string[] | null;
  ben: string[] | null;
  env: string[] | null;
  base: string | null | undefined;
  /** The comparison query's input: only what the link pins, so the API's defaults apply to the rest. */
  input: ComparisonInputVars;
  /** The first selection left empty, which gets a message instead of a chart. */
  empty: EmptySelection | null;
  /** How many entries of the link were left out (a deleted tag, a renamed benchmark's old id...). */
  dropped: number;
}

/**
 * Checks a link's selections against what is offered. An old permalink to a
 * deleted tag still opens, without that column and with a note, instead of
 * failing the whole query as the API (rightly) does for an unknown key.
 * Environments are sent in the offered order, which gives each its shade.
 */
export function resolveSelection(params: ComparisonParams, offered: Offered): ResolvedSelection {
  let dropped = 0;
  const keep = (chosen: string[] | null, known: readonly string[], keepKnownOrder = false) => {
    if (chosen === null) return null;
    const kept = chosen.filter((id) => known.includes(id));
    dropped += chosen.length - kept.length;
    return keepKnownOrder ? known.filter((id) => kept.includes(id)) : kept;
  };
  const columnKeys = offered.columns.map((c) => c.key);
  const cols = keep(params.cols, columnKeys);
  const ben = keep(
    params.ben,
    offered.benchmarks.map((b) => b.id),
  );
  const env = keep(
    params.env,
    offered.environments.map((e) => e.id),
    true,
  );
  let base = params.base;
  if (typeof base === 'string' && !columnKeys.includes(base)) {
    dropped += 1;
    base = undefined;
  }
  const input: ComparisonInputVars = {};
  if (cols) input.columnKeys = cols;
  if (ben) input.benchmarkIds = ben;
  if (env) input.environmentIds = env;
  if (base !== undefined) input.baselineColumnKey = base;
  const empty: EmptySelection | null =
    cols?.length === 0 ? 'column' : ben?.length === 0 ? 'benchmark' : env?.length === 0 ? 'environment' : null;
  return { cols, ben, env, base, input, empty, dropped };
}

/** The benchmarks the API compares by default: cross-project ones shown by default on comparison. */
export function defaultBenchmarkIds(benchmarks: Offered['benchmarks']): string[] {
  return benchmarks.filter((b) => b.benchmarkType === 'CROSS_PROJECT' && b.defaultOnComparison).map((b) => b.id);
}
