import type { ChartPoint } from './series';

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

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const day = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });
const dayYear = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric' });
const monthYear = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric' });
const dayTime = new Intl.DateTimeFormat('en', {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export const formatDateTime = (date: string | number) => dateTime.format(new Date(date));

/**
 * A tick label for a date axis spanning `spanMs`: "Aug 12" within a year,
 * "Aug 2026" beyond (Codespeed printed "Apr 12" ten times over a three-day span).
 */
export function formatDateTick(date: number, spanMs: number): string {
  if (spanMs > 400 * 86_400_000) return monthYear.format(date);
  if (spanMs > 120 * 86_400_000) return dayYear.format(date);
  if (spanMs > 2 * 86_400_000) return day.format(date);
  // Within a day or two, the day alone labels every tick alike: the time tells them apart.
  return dayTime.format(date);
}

export const shortCommit = (commitId: string) => (/^[0-9a-f]{12,}$/i.test(commitId) ? commitId.slice(0, 10) : commitId);

/** The lines of a point's tooltip: series, date, value ± std dev (or quartiles), commit and tag. */
export function pointTooltip(seriesLabel: string, point: ChartPoint, units: string): string[] {
  const unit = units ? ` ${units}` : '';
  const lines = [seriesLabel, formatDateTime(point.date)];
  let value = formatValue(point.value) + unit;
  if (point.stdDev != null && point.stdDev > 0) value += `  ± ${formatValue(point.stdDev)}`;
  lines.push(value);
  if (point.q1 != null && point.q3 != null) lines.push(`q1–q3 ${formatValue(point.q1)} – ${formatValue(point.q3)}`);
  if (point.min != null && point.max != null)
    lines.push(`min–max ${formatValue(point.min)} – ${formatValue(point.max)}`);
  lines.push(`commit ${shortCommit(point.commitId)}` + (point.tag ? `  · tag ${point.tag}` : ''));
  return lines;
}
