import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import type { XMode } from '../../charts/series';
import type { ChartColors } from '../../charts/theme';
import { useNearViewport } from '../../charts/useNearViewport';
import { QueryError } from '../../components/QueryError';
import { useFragment } from '../../gql';
import type { TimelineGridInput, TimelineGridQuery as TimelineGridData } from '../../gql/graphql';
import { GridCard, GridCardFragment } from './GridCard';
import { PlotFrame } from './PlotFrame';
import { TimelineGridQuery } from './timeline.queries';
import { useAnswer, type Answer } from './useTimelineAnswer';
import './grid.css';

interface Props {
  /** What to draw, with the first page's `first` and `after`. Give the view a `key` of it: a new selection starts over. */
  input: TimelineGridInput;
  /** The first page, as the page asked for it (useTimelineAnswer); the grid asks for the next pages itself. */
  firstPage: Answer<TimelineGridData>;
  xMode: XMode;
  log: boolean;
  colors: ChartColors;
  colorOf: (executableId: string) => string;
  hrefOf: (benchmarkId: string) => string;
}

/**
 * Every benchmark with results, a small plot each (Codespeed's "Display all in
 * a grid"). Pages of the grid load as the reader scrolls towards their end,
 * and each plot is drawn only near the viewport, so a grid of hundreds stays
 * smooth.
 */
export function GridView({ input, firstPage, ...draw }: Props) {
  // The cursors of the pages asked for after the first.
  const [cursors, setCursors] = useState<string[]>([]);
  const onMore = useCallback(
    (cursor: string) => setCursors((current) => (current.includes(cursor) ? current : [...current, cursor])),
    [],
  );
  return (
    <div className="tl-grid" role="list" aria-label="Benchmarks">
      <GridPage answer={firstPage} first last={cursors.length === 0} onMore={onMore} {...draw} />
      {cursors.map((after, i) => (
        <NextGridPage
          key={after}
          input={{ ...input, after }}
          last={i === cursors.length - 1}
          onMore={onMore}
          {...draw}
        />
      ))}
    </div>
  );
}

type DrawProps = Omit<Props, 'input' | 'firstPage'>;

interface PageProps extends DrawProps {
  last: boolean;
  onMore: (cursor: string) => void;
}

/** A page after the first: its own query. */
function NextGridPage({ input, ...props }: PageProps & { input: TimelineGridInput }) {
  const result = useQuery(TimelineGridQuery, { variables: { input } });
  const answer = useAnswer(result.data, result);
  return <GridPage answer={answer} first={false} {...props} />;
}

function GridPage({
  answer,
  first,
  last,
  onMore,
  hrefOf,
  ...draw
}: PageProps & { answer: Answer<TimelineGridData>; first: boolean }) {
  const { data, loading, error } = answer;
  const page = data?.timelineGrid;
  const ids = useFragment(GridCardFragment, page?.nodes)?.map((node) => node.benchmark.id) ?? [];

  if (error) {
    return (
      <div className="tl-grid-wide">
        <QueryError title="Could not load the grid" error={error} retry={answer.retry} />
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
