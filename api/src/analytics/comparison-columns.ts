import type { ColumnKind, ColumnRow } from './comparison.sql.js';

/** A column offered by the comparison page, with its key (for URLs) and its label (for legends). */
export interface Column extends ColumnRow {
  key: string;
  label: string;
}

/**
 * Keys are made of ids, not names, so a renamed branch or executable keeps its
 * links working; and of URL-safe characters only (Codespeed's "3+L+default"
 * turned into "3 L default" in a query string). A LATEST key names the
 * branch, not the revision, so a saved link keeps following the branch.
 */
export function columnKey(row: Pick<ColumnRow, 'kind' | 'executableId' | 'branchId' | 'revisionId'>): string {
  return row.kind === 'LATEST'
    ? `latest-${row.executableId}-${row.branchId}`
    : `tag-${row.executableId}-${row.revisionId}`;
}

export function columnLabel(row: Pick<ColumnRow, 'kind' | 'executableName' | 'branchName' | 'tag'>): string {
  return row.kind === 'LATEST'
    ? `${row.executableName} @ ${row.branchName} (latest)`
    : `${row.executableName} @ ${row.tag}`;
}

export function withKeyAndLabel(row: ColumnRow): Column {
  return { ...row, key: columnKey(row), label: columnLabel(row) };
}

export interface ParsedKey {
  kind: ColumnKind;
  executableId: number;
}

/** The kind and executable a key names, or null when it is not shaped like a key. */
export function parseColumnKey(key: string): ParsedKey | null {
  const match = /^(latest|tag)-(\d{1,9})-(\d{1,9})$/.exec(key);
  if (!match) return null;
  return { kind: match[1] === 'latest' ? 'LATEST' : 'TAG', executableId: Number(match[2]) };
}

/**
 * COMP_EXECUTABLES: in Codespeed a list of (executable, revision) pairs; here
 * executable names, each meaning its LATEST columns. When it is empty or
 * names nothing offered: every LATEST column.
 */
export function defaultColumns(offered: Column[], compExecutables: string[]): Column[] {
  const latest = offered.filter((c) => c.kind === 'LATEST');
  const named = latest.filter((c) => compExecutables.includes(c.executableName));
  return named.length ? named : latest;
}

/**
 * DEF_BASELINE: in Codespeed {executable, revision}; here one string, either a
 * column key or `executable@revision`, where the revision is a tag or commit
 * id (a TAG column), or a branch name (its LATEST column). An executable name
 * alone means its first LATEST column (its default branch). Null when nothing
 * offered matches: a stale setting must not break the page.
 */
export function matchBaselineSetting(offered: Column[], setting: string | null): Column | null {
  if (!setting) return null;
  const byKey = offered.find((c) => c.key === setting);
  if (byKey) return byKey;
  const at = setting.lastIndexOf('@');
  const executable = (at < 0 ? setting : setting.slice(0, at)).trim();
  const revision = at < 0 ? null : setting.slice(at + 1).trim();
  const candidates = offered.filter((c) => c.executableName === executable);
  if (revision === null) return candidates.find((c) => c.kind === 'LATEST') ?? null;
  return (
    candidates.find((c) => c.kind === 'TAG' && (c.tag === revision || c.commitId === revision)) ??
    candidates.find((c) => c.kind === 'LATEST' && c.branchName === revision) ??
    null
  );
}
