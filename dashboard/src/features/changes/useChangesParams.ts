import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { changesSearch, parseChangesParams, type ChangesParams } from '../../lib/links';

/** Trend depths Codespeed offers; the site's own default joins them when it is another number. */
export const TREND_DEPTHS = [5, 10, 20, 50, 100];

/**
 * The view's state, read from and written to the address (lib/links.ts says
 * how). A person's choice pushes a history entry (Back undoes it); filling in
 * what the API chose replaces the entry, so Back does not land on the bare
 * `/changes` again.
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
