import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * What the Changes view shows, as its address says: `/changes?rev=&exe=&env=&trend=`.
 * The same names as the RSS feeds' links, so a feed item opens this view. A missing
 * value means "let the API choose" (the latest revision, DEF_EXECUTABLE, ...).
 */
export interface ChangesParams {
  rev: string | null;
  exe: string | null;
  env: string | null;
  trend: number | null;
}

/** Trend depths Codespeed offers; the site's own default joins them when it is another number. */
export const TREND_DEPTHS = [5, 10, 20, 50, 100];

export function parseChangesParams(search: URLSearchParams): ChangesParams {
  const id = (name: string) => {
    const value = search.get(name)?.trim();
    return value ? value : null;
  };
  const trend = Number(search.get('trend'));
  return {
    rev: id('rev'),
    exe: id('exe'),
    env: id('env'),
    trend: Number.isInteger(trend) && trend > 0 ? trend : null,
  };
}

/** The query string of a view, in a fixed order so that equal views have equal addresses. */
export function changesSearch(params: ChangesParams): string {
  const search = new URLSearchParams();
  if (params.rev) search.set('rev', params.rev);
  if (params.exe) search.set('exe', params.exe);
  if (params.env) search.set('env', params.env);
  if (params.trend) search.set('trend', String(params.trend));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const changesHref = (params: ChangesParams) => `/changes${changesSearch(params)}`;

export const timelineHref = (benchmarkId: string, environmentId: string, executableId: string) =>
  `/timeline?${new URLSearchParams({ ben: benchmarkId, env: environmentId, exe: executableId }).toString()}`;

/**
 * The view's state, read from and written to the address. A person's choice
 * pushes a history entry (Back undoes it); filling in what the API chose
 * replaces the entry, so Back does not land on the bare `/changes` again.
 */
export function useChangesParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseChangesParams(search), [search]);
  const update = useCallback(
    (next: Partial<ChangesParams>, options: { replace?: boolean } = {}) => {
      setSearch((previous) => new URLSearchParams(changesSearch({ ...parseChangesParams(previous), ...next })), {
        replace: options.replace ?? false,
      });
    },
    [setSearch],
  );
  return { params, update };
}
