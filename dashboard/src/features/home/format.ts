/** Small formatting rules shared by Home's lists. Pure, so they are unit-tested. */

/** The changes view of one report: the same parameters as Codespeed's feed links. */
export function changesHref(revisionId: string, executableId: string, environmentId: string): string {
  return `/changes?${new URLSearchParams({ rev: revisionId, exe: executableId, env: environmentId }).toString()}`;
}

/** Git hashes are cut to 10 characters, as a log does; Subversion numbers stay whole. */
export function shortCommit(commitId: string): string {
  return /^[0-9a-f]{11,}$/i.test(commitId) ? commitId.slice(0, 10) : commitId;
}

/**
 * "Aug 28, 13:36" in the reader's time zone, with the year when it is not this
 * year's (Codespeed printed "Apr 14, 19:13" and left the year out always).
 */
export function shortDate(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameYear = date.getFullYear() === now.getFullYear();
  return date.toLocaleString('en', {
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

/** "3 executables", "1 revision". */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}
