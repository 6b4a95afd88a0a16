import type { QuantityTable } from './changes-table.js';

export type Colour = 'red' | 'green' | 'yellow' | 'lightgreen' | 'none';

export interface Thresholds {
  /** Percent beyond which a change is significant (CHANGE_THRESHOLD). */
  change: number;
  /** Percent beyond which a trend is significant (TREND_THRESHOLD). */
  trend: number;
}

export interface ReportSummary {
  summary: string;
  colour: Colour;
}

/** Red for a regression, green for an improvement, none within the threshold (strictly beyond it counts). */
export function significance(value: number | null, lessIsBetter: boolean, threshold: number): 'red' | 'green' | 'none' {
  if (value === null || Number.isNaN(value)) return 'none';
  const gain = lessIsBetter ? -value : value;
  if (gain < -threshold) return 'red';
  if (gain > threshold) return 'green';
  return 'none';
}

interface Candidate {
  value: number;
  colour: 'red' | 'green' | 'none';
  label: string;
}

/** A red candidate beats a green one; between equals the larger magnitude wins (Codespeed's is_big_change). */
function bigger(candidate: Candidate, current: Candidate | null): boolean {
  if (candidate.colour === 'none') return false;
  if (!current || current.colour === 'none') return true;
  if (candidate.colour === 'red' && current.colour !== 'red') return true;
  if (candidate.colour === current.colour) return Math.abs(candidate.value) > Math.abs(current.value);
  return false;
}

function pick(candidates: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const candidate of candidates) if (bigger(candidate, best)) best = candidate;
  return best;
}

export function updown(value: number): string {
  const direction = value >= 0 ? 'up' : 'down';
  const magnitude = Math.abs(value);
  return magnitude === Infinity ? `${direction} ∞%` : `${direction} ${magnitude.toFixed(1)}%`;
}

/**
 * The one-line summary of a changes table, in Codespeed's order of priority:
 * average change, then single change, then average trend, then single trend.
 */
export function summarize(tables: QuantityTable[], thresholds: Thresholds): ReportSummary {
  const averageChanges: Candidate[] = [];
  const averageTrends: Candidate[] = [];
  const changes: Candidate[] = [];
  const trends: Candidate[] = [];
  for (const table of tables) {
    const quantity = table.unitsTitle.toLowerCase();
    if (table.averageChange !== null) {
      averageChanges.push({
        value: table.averageChange,
        colour: significance(table.averageChange, table.lessIsBetter, thresholds.change),
        label: `Average ${quantity}`,
      });
    }
    if (table.averageTrend !== null) {
      averageTrends.push({
        value: table.averageTrend,
        colour: significance(table.averageTrend, table.lessIsBetter, thresholds.trend),
        label: `Average ${quantity} trend`,
      });
    }
    for (const row of table.rows) {
      if (row.change !== null) {
        changes.push({
          value: row.change,
          colour: significance(row.change, row.benchmark.lessIsBetter, thresholds.change),
          label: row.benchmark.name,
        });
      }
      if (row.trend !== null) {
        trends.push({
          value: row.trend,
          colour: significance(row.trend, row.benchmark.lessIsBetter, thresholds.trend),
          label: `${row.benchmark.name} trend`,
        });
      }
    }
  }
  const change = pick(averageChanges) ?? pick(changes);
  if (change) return { summary: `${change.label} ${updown(change.value)}`, colour: change.colour };
  // Trends alone are a warning, not a verdict: lighter colours.
  const trend = pick(averageTrends) ?? pick(trends);
  if (trend)
    return {
      summary: `${trend.label} ${updown(trend.value)}`,
      colour: trend.colour === 'red' ? 'yellow' : 'lightgreen',
    };
  return { summary: 'no significant changes', colour: 'none' };
}
