/** How the Changes view writes numbers, percentages, dates, commits and authors. Pure, so tests pin it down. */

export interface PercentLike {
  percent?: number | null;
  infinite: boolean;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** A value with the quantity's decimal places (so a column lines up), grouped in thousands. */
export function formatNumber(value: number | null | undefined, precision: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const digits = Math.min(Math.max(Math.trunc(precision), 0), 20);
  let format = numberFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(digits, format);
  }
  return format.format(value).replace('-', '\u2212');
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

/** A number to sort a change by: infinite changes sort beyond every finite one, missing ones are null. */
export function percentSortKey(change: PercentLike | null | undefined): number | null {
  if (!change) return null;
  if (change.infinite) return Number.POSITIVE_INFINITY;
  return change.percent ?? null;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const shortDateFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** "Sep 2, 2026, 9:00 AM" in the reader's language and time zone. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** "Sep 2", for lists where the year is clear from the neighbours. */
export function formatShortDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : shortDateFormat.format(date);
}

/** Git hashes cut to ten characters, as most tools show them; Subversion numbers stay whole. */
export function shortCommit(commitId: string): string {
  return commitId.length > 12 ? commitId.slice(0, 10) : commitId;
}

/**
 * The author as the site allows: "Ada Lovelace <ada@example.org>", or just
 * "Ada Lovelace" when SHOW_AUTHOR_EMAIL_ADDRESS is off (as Codespeed strips the
 * address). An author who is only an address keeps the part before the "@".
 */
export function formatAuthor(author: string, showEmail: boolean): string {
  const trimmed = author.trim();
  if (showEmail) return trimmed;
  const name = trimmed.replace(/<[^>]*>/g, '').trim();
  if (/^\S+@\S+$/.test(name)) return name.slice(0, name.indexOf('@'));
  return name;
}

/**
 * The link to a commit in the project's repository browser, from its template
 * (`{commitid}` replaced). Only http(s) links: the template is typed by an admin,
 * and a `javascript:` address must never become a link.
 */
export function commitUrl(template: string, commitId: string): string | null {
  if (!template.includes('{commitid}')) return null;
  try {
    const url = new URL(template.replaceAll('{commitid}', encodeURIComponent(commitId)));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}
