import { shortCommit } from '../lib/commits';
import { formatDateTime } from '../lib/dates';
import { formatValue } from '../lib/numbers';
import type { ChartPoint } from './series';

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
