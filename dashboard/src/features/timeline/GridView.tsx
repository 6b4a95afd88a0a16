import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { XMode } from '../../charts/series';
import type { ChartColors } from '../../charts/theme';
import { useNearViewport } from '../../charts/useNearViewport';
import { useFragment } from '../../gql';
import type { TimelineGridInput, TimelineScope_ScopeFragment } from '../../gql/graphql';
import { GridCard, GridCardFragment } from './GridCard';
import { PlotFrame } from './PlotFrame';
import { TimelineGridQuery, TimelineScopeFragment } from './timeline.queries';
import './grid.css';

interface Props {
  /** What to draw; the pages add `first` and `after`. Give the view a `key` of it: a new selection starts over. */
  input: Omit<TimelineGridInput, 'first' | 'after'>;
  pageSize: number | undefined;
  xMode: XMode;
  log: boolean;
  colors: ChartColors;
  colorOf: (executableId: string) => string;
  hrefOf: (benchmarkId: string) => string;
  onScope: (scope: TimelineScope_ScopeFragment) => void;
}

/**
 * Every benchmark with results, a small plot each (Codespeed's "Display all in
 * a grid"). Pages of the grid load as the reader scrolls towards their end,
 * and each plot is drawn only near the viewport, so a grid of hundreds stays
 * smooth.
 */
export function GridView(props: Props) {
  // The cursors of the pages asked for so far: null is the first page.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <div className="tl-grid" role="list" aria-label="Benchmarks">
      {cursors.map((after, i) => (
        <GridPage
          key={after ?? ''}
          {...props}
          after={after}
          first={i === 0}
          last={i === cursors.length - 1}
          onMore={(cursor) => setCursors((current) => (current.includes(cursor) ? current : [...current, cursor]))}
        />
      ))}
    </div>
  );
}

interface PageProps extends Props {
  after: string | null;
  first: boolean;
  last: boolean;
  onMore: (cursor: string) => void;
}

function GridPage({ input, pageSize, after, first, last, onMore, onScope, hrefOf, ...draw }: PageProps) {
  const { data, loading, error, refetch } = useQuery(TimelineGridQuery, {
    variables: { input: { ...input, first: pageSize, after } },
  });
  const page = data?.timelineGrid;
  const scope = useFragment(TimelineScopeFragment, page?.scope);
  const ids = useFragment(GridCardFragment, page?.nodes)?.map((node) => node.benchmark.id) ?? [];
  useEffect(() => {
    if (first && scope) onScope(scope);
  }, [first, scope, onScope]);

  if (error) {
    return (
      <div className="tl-grid-wide status status-error" role="alert">
        Could not load the grid: <code>{error.message}</code>{' '}
        <button type="button" onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (loading || !page) {
    return first ? (
      <div className="tl-grid-wide">
        <PlotFrame busy>Loading the grid…</PlotFrame>
      </div>
    ) : (
      <p className="tl-grid-wide status" aria-busy="true">
        Loading more benchmarks…
      </p>
    );
  }
  if (first && page.nodes.length === 0 && !page.pageInfo.hasNextPage) {
    return (
      <div className="tl-grid-wide">
        <PlotFrame>No benchmark has results for this selection yet.</PlotFrame>
      </div>
    );
  }
  return (
    <>
      {page.nodes.map((node, i) => (
        <div role="listitem" key={ids[i] ?? i}>
          <GridCard timeline={node} href={hrefOf(ids[i] ?? '')} {...draw} />
        </div>
      ))}
      {last && page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <MoreSentinel cursor={page.pageInfo.endCursor} onMore={onMore} />
      )}
    </>
  );
}

/** Asks for the next page when it comes near the viewport; a button too, for the keyboard. */
function MoreSentinel({ cursor, onMore }: { cursor: string; onMore: (cursor: string) => void }) {
  const [ref, near] = useNearViewport<HTMLDivElement>('800px');
  useEffect(() => {
    if (near) onMore(cursor);
  }, [near, cursor, onMore]);
  return (
    <div ref={ref} className="tl-grid-wide tl-more">
      <button type="button" onClick={() => onMore(cursor)}>
        Load more benchmarks
      </button>
    </div>
  );
}
