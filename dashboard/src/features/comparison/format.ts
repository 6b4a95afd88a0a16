// One formatter, made once: Number.toLocaleString builds a new one per call,
// which cost a third of a second over a 36 × 50 table.
const significant = new Intl.NumberFormat('en', { maximumSignificantDigits: 4 });
const ratio = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 3 });

/**
 * A measured value, to four significant digits, as the timeline prints it
 * (charts/format): exponents for the very small and the very large; a dash
 * when there is none.
 */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 0.001 || abs >= 1e9)) return value.toExponential(2);
  return significant.format(value);
}

/** A ratio to the baseline, as "0.874×". */
export function formatRatio(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${ratio.format(value)}×`;
}
