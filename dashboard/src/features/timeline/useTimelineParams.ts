import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { XMode } from '../../charts/series';

/**
 * The Timeline's state, all of it in the query string so the address bar is
 * the permalink (Codespeed kept it in a "Permalink" link):
 *
 *   env=<id>                 environment
 *   exe=<id>,<id>            executables ("exe=" alone: none picked)
 *   ben=<id>,<id> | grid     benchmarks on one plot, or the grid of all
 *   branch=<name>,<name>     branches (default: each project's default branch)
 *   revs=<n> | all           last N results
 *   base=<exeId>:<revId>     baseline (none: "base=none", overriding DEF_BASELINE)
 *   x=date | equidistant     x axis (default: date)
 *   log=1                    log scale
 *
 * A missing parameter means "the site's default", which the API applies
 * itself, so a bare /timeline follows the settings as they change.
 */
export interface TimelineParams {
  env: string | null;
  exe: string[] | null;
  ben: string[] | 'grid' | null;
  branch: string[] | null;
  revs: number | 'all' | null;
  base: Baseline | 'none' | null;
  x: XMode;
  log: boolean;
}

export interface Baseline {
  executableId: string;
  revisionId: string;
}

export const LIMIT_CHOICES = [10, 50, 200, 1000] as const;

/** "All" results: the API takes a number; a branch of two billion revisions is not a concern. */
export const ALL_RESULTS = 2_147_483_647;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The ids of a comma list, dropping anything that is not id-shaped; null when absent. */
function idList(value: string | null): string[] | null {
  if (value === null) return null;
  return [...new Set(value.split(',').map((v) => v.trim()))].filter((v) => ID.test(v));
}

export function parseTimelineParams(search: URLSearchParams): TimelineParams {
  const ben = search.get('ben');
  const revs = search.get('revs');
  const revsNumber = revs !== null && /^\d{1,9}$/.test(revs) ? Number(revs) : null;
  const base = search.get('base');
  const baseMatch = base ? /^([A-Za-z0-9_-]{1,64}):([A-Za-z0-9_-]{1,64})$/.exec(base) : null;
  const branch = search.get('branch');
  const env = search.get('env');
  return {
    env: env && ID.test(env) ? env : null,
    exe: idList(search.get('exe')),
    ben: ben === 'grid' ? 'grid' : idList(ben),
    branch:
      branch === null
        ? null
        : [
            ...new Set(
              branch
                .split(',')
                .map((b) => b.trim())
                .filter((b) => b && b.length <= 32),
            ),
          ],
    revs: revs === 'all' ? 'all' : revsNumber && revsNumber > 0 ? revsNumber : null,
    base: base === 'none' ? 'none' : baseMatch ? { executableId: baseMatch[1]!, revisionId: baseMatch[2]! } : null,
    x: search.get('x') === 'equidistant' ? 'equidistant' : 'date',
    log: search.get('log') === '1',
  };
}

/** The query string of a state; defaults are left out so links stay short and follow the settings. */
export function timelineSearch(params: TimelineParams): string {
  const search = new URLSearchParams();
  if (params.env) search.set('env', params.env);
  if (params.exe) search.set('exe', params.exe.join(','));
  if (params.ben) search.set('ben', params.ben === 'grid' ? 'grid' : params.ben.join(','));
  if (params.branch) search.set('branch', params.branch.join(','));
  if (params.revs) search.set('revs', String(params.revs));
  if (params.base) {
    search.set('base', params.base === 'none' ? 'none' : `${params.base.executableId}:${params.base.revisionId}`);
  }
  if (params.x === 'equidistant') search.set('x', 'equidistant');
  if (params.log) search.set('log', '1');
  // Commas and colons are safe in a query string; leaving them readable keeps the permalink legible.
  return search.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** The `limit` to ask the API for; undefined leaves the site's default. */
export const limitInput = (revs: TimelineParams['revs']) => (revs === 'all' ? ALL_RESULTS : (revs ?? undefined));

/**
 * The state from the address, and a way to change part of it (replacing the
 * history entry: a toggle is not a page; `push` for a new view).
 *
 * React Router applies a navigation in a transition, which keeps the old
 * state on screen until the new one has rendered (plots included). `params`
 * runs ahead with the change, so a ticked checkbox stays ticked at once;
 * `committed` is the address as rendered, for the plots to follow.
 */
export function useTimelineParams() {
  const location = useLocation();
  const navigate = useNavigate();
  const committed = useMemo(() => parseTimelineParams(new URLSearchParams(location.search)), [location.search]);
  const [pending, setPending] = useState<{ from: string; params: TimelineParams } | null>(null);
  // A change waits only while the address it started from is still the one shown.
  const params = pending && pending.from === location.search ? pending.params : committed;
  // The latest state for `update`, which stays one function for the page's life: memoised plots
  // can take it (a zoom or a log-scale hint changes the address too) without redrawing each time.
  const latest = useRef({ params, search: location.search });
  useLayoutEffect(() => {
    latest.current = { params, search: location.search };
  });
  const update = useCallback(
    (patch: Partial<TimelineParams>, options: { push?: boolean } = {}) => {
      const next = { ...latest.current.params, ...patch };
      setPending({ from: latest.current.search, params: next });
      // navigate() rather than setSearchParams(): the latter re-encodes the commas the permalink keeps readable.
      void navigate({ search: timelineSearch(next) }, { replace: !options.push });
    },
    [navigate],
  );
  return { params, committed, update };
}
