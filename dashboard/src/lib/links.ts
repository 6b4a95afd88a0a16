/**
 * Links between views. The Changes view's address is read and written here
 * only: Home's reports, the timeline's points and the view's own neighbours
 * all link to it.
 */

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
export function changesSearch(params: Partial<ChangesParams>): string {
  const search = new URLSearchParams();
  if (params.rev) search.set('rev', params.rev);
  if (params.exe) search.set('exe', params.exe);
  if (params.env) search.set('env', params.env);
  if (params.trend) search.set('trend', String(params.trend));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The Changes view of a revision of an executable on an environment; what is left out, the API chooses. */
export const changesHref = (params: Partial<ChangesParams>) => `/changes${changesSearch(params)}`;

/** The Timeline of one benchmark of one executable on one environment (the Changes table's rows link there). */
export const timelineHref = (benchmarkId: string, environmentId: string, executableId: string) =>
  `/timeline?${new URLSearchParams({ ben: benchmarkId, env: environmentId, exe: executableId }).toString()}`;
