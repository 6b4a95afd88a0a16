/**
 * How the dashboard writes dates: in English, as the rest of the page is, in
 * the reader's time zone, and on a 24-hour clock everywhere (Codespeed printed
 * "Apr 14, 19:13"; one clock for every view, so a time reads the same in a
 * tooltip, a table and a list). A text that is not a date is shown as it came.
 */

const H23 = { hourCycle: 'h23' } as const;
const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', ...H23 });
const day = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });
const dayYear = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric' });
const monthYear = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric' });
const dayTime = new Intl.DateTimeFormat('en', {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  ...H23,
});
const dayYearTime = new Intl.DateTimeFormat('en', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  ...H23,
});

/** A date as an ISO text or milliseconds; null when it is not a date. */
function toDate(date: string | number): Date | null {
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

const write = (format: Intl.DateTimeFormat, date: string | number) => {
  const parsed = toDate(date);
  return parsed ? format.format(parsed) : String(date);
};

/** "Sep 2, 2026, 09:00": a revision's date in full, in tooltips, tables and the changes view. */
export const formatDateTime = (date: string | number): string => write(dateTime, date);

/** "Sep 2", for lists where the year is clear from the neighbours. */
export const formatDay = (date: string | number): string => write(day, date);

/**
 * "Aug 28, 13:36", with the year when it is not this year's (Codespeed left
 * the year out always): for lists of recent things.
 */
export function formatRecent(date: string | number, now: Date = new Date()): string {
  const parsed = toDate(date);
  if (!parsed) return String(date);
  return (parsed.getFullYear() === now.getFullYear() ? dayTime : dayYearTime).format(parsed);
}

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
