import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseParams, serializeParams, type ComparisonParams } from './comparisonParams';

/**
 * The view's state from the address bar, and a setter that writes a new
 * entry in the history: the back button undoes a selection, and the address
 * is always the permalink.
 */
export function useComparisonParams(): [ComparisonParams, (next: ComparisonParams) => void] {
  const { search } = useLocation();
  const navigate = useNavigate();
  const params = useMemo(() => parseParams(new URLSearchParams(search)), [search]);
  const setParams = useCallback(
    (next: ComparisonParams) => {
      const query = serializeParams(next);
      if (query !== search) void navigate({ search: query }, { preventScrollReset: true });
    },
    [navigate, search],
  );
  return [params, setParams];
}
