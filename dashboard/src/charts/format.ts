import type { ChartPoint } from './series';

/** Numbers as people read them on an axis or in a tooltip: four significant digits, grouped thousands. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 0.001 || abs >= 1e9)) return value.toExponential(2);
  return value.toLocaleString('en', { maximumSignificantDigits: 4 });
}

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const day = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });
const dayYear = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric' });
const monthYear = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric' });

export const formatDateTime = (date: string | number) => dateTime.format(new Date(date));

/**
 * A tick label for a date axis spanning `spanMs`: "Aug 12" within a year,
 * "Aug 2026" beyond (Codespeed printed "Apr 12" ten times over a three-day span).
 */
export function formatDateTick(date: number, spanMs: number): string {
  if (spanMs > 400 * 86_400_000) return monthYear.format(date);
  if (spanMs > 120 * 86_400_000) return dayYear.format(date);
  return day.format(date);
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
