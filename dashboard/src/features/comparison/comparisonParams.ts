/**
 * The Comparison view's state as it lives in the address bar:
 * `/comparison?cols=<key>,<key>&ben=<id>,..&env=<id>,..&base=<key>&type=normal&dir=vertical`.
 *
 * A parameter that is absent means "the default" (the API's defaults for the
 * selections, the settings for the chart); a present but empty list is an
 * explicit empty selection, which the page answers with a message rather than
 * silently falling back (Codespeed drew an empty chart). `base=none` turns
 * normalization off even when the settings turn it on by default.
 */

export type ChartType = 'normal' | 'stacked' | 'relative';
export type Direction = 'vertical' | 'horizontal';

export interface ComparisonParams {
  /** Column keys, in the order shown; null: the API's default columns. */
  cols: string[] | null;
  /** Benchmark ids; null: the cross-project benchmarks shown by default. */
  ben: string[] | null;
  /** Environment ids; null: every environment with a value. */
  env: string[] | null;
  /** Baseline column key; null: no normalization; undefined: the default. */
  base: string | null | undefined;
  type: ChartType | null;
  dir: Direction | null;
}

const CHART_TYPES: readonly ChartType[] = ['normal', 'stacked', 'relative'];
const DIRECTIONS: readonly Direction[] = ['vertical', 'horizontal'];
export const NO_BASELINE = 'none';

function list(search: URLSearchParams, name: string): string[] | null {
  const raw = search.get(name);
  if (raw === null) return null;
  // Repeated entries and stray commas are dropped: a hand-edited link still works.
  return [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((a) => a === value) ?? null;
}

export function parseParams(search: URLSearchParams): ComparisonParams {
  const base = search.get('base');
  return {
    cols: list(search, 'cols'),
    ben: list(search, 'ben'),
    env: list(search, 'env'),
    base: base === null || base === '' ? undefined : base === NO_BASELINE ? null : base,
    type: oneOf(search.get('type'), CHART_TYPES),
    dir: oneOf(search.get('dir'), DIRECTIONS),
  };
}

/**
 * The query string, in a fixed order, with literal commas: URLSearchParams
 * would write them as %2C and make the permalink unreadable. Keys and ids are
 * URL-safe already; anything else is escaped.
 */
export function serializeParams(params: ComparisonParams): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${value}`);
  const join = (values: string[]) => values.map(encodeURIComponent).join(',');
  if (params.cols) add('cols', join(params.cols));
  if (params.ben) add('ben', join(params.ben));
  if (params.env) add('env', join(params.env));
  if (params.base !== undefined) add('base', encodeURIComponent(params.base ?? NO_BASELINE));
  if (params.type) add('type', params.type);
  if (params.dir) add('dir', params.dir);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** GraphQL's enums for the settings, in the URL's words. */
export function chartTypeFromSetting(setting: string | undefined): ChartType {
  if (setting === 'STACKED_BARS') return 'stacked';
  if (setting === 'RELATIVE_BARS') return 'relative';
  return 'normal';
}

export function directionFromSetting(setting: string | undefined): Direction {
  return setting === 'HORIZONTAL' ? 'horizontal' : 'vertical';
}
