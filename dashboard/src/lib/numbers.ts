/**
 * How the dashboard writes numbers: measured values, ratios, fixed decimals,
 * percentages and counts. Always in English ('en'), as the rest of the page is.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * An `Intl.NumberFormat` made once per set of options: building one is the
 * costly part (`toLocaleString` builds one per call, which cost a third of a
 * second over a 36 × 50 comparison table).
 */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en', options);
    numberFormats.set(key, format);
  }
  return format;
}

const significant = numberFormat({ maximumSignificantDigits: 4 });
const ratio = numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 3 });
const whole = numberFormat({ maximumFractionDigits: 0 });

/**
 * Numbers as people read them on an axis, in a tooltip or a table: four
 * significant digits, grouped thousands, exponents for the very small and the
 * very large; a dash when there is no number.
 */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 0.001 || abs >= 1e9)) return value.toExponential(2);
  return significant.format(value);
}

/** A ratio to a baseline, as "0.874×"; a dash when there is none. */
export function formatRatio(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${ratio.format(value)}×`;
}

/**
 * A value with the quantity's decimal places (so a column lines up), grouped
 * in thousands, with a true minus sign; empty when there is no number.
 */
export function formatNumber(value: number | null | undefined, precision: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const digits = Math.min(Math.max(Math.trunc(precision), 0), 20);
  return numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(value)
    .replace('-', '\u2212');
}

/** A change as the API gives it: a percentage, or infinite when the earlier value was zero. */
export interface PercentLike {
  percent?: number | null;
  infinite: boolean;
}

/**
 * "+5.00%", "−8.22%", "∞" when the earlier value was zero, "–" when there is
 * nothing to compare with. Codespeed printed a bare "5.00" and "-"; the sign and
 * the percent sign say which way and in what unit without a legend.
 */
export function formatPercent(change: PercentLike | null | undefined): string {
  if (!change) return '–';
  if (change.infinite) return '∞';
  if (change.percent === null || change.percent === undefined) return '–';
  // toFixed rounds the exact decimal (12.345 → 12.35), where Math.round(x * 100) trips on binary fractions.
  const digits = Math.abs(change.percent).toFixed(2);
  if (digits === '0.00') return '0.00%';
  return `${change.percent > 0 ? '+' : '\u2212'}${digits}%`;
}

/** A whole number with its thousands grouped: "1,200". */
export const formatCount = (n: number): string => whole.format(n);

/** "1 revision", "1,200 revisions", "2 branches": a count and its noun, in the plural unless one. */
export function countOf(n: number, noun: string): string {
  const plural = /(ch|sh|s|x)$/.test(noun) ? `${noun}es` : `${noun}s`;
  return `${formatCount(n)} ${n === 1 ? noun : plural}`;
}
