import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { QueryError } from '../../components/QueryError';
import { formatCount } from '../../lib/numbers';
import { ReportRow } from './ReportRow';
import { LatestReportsQuery } from './reports.queries';

/** Codespeed's home page listed 10 of each; "More" adds the next 10 below. */
export const REPORTS_PAGE = 10;
/** The API's largest page. */
const MOST = 500;

/**
 * A titled list of the latest reports (or only the significant ones), each a
 * link to its changes view. While loading it shows placeholder rows of the
 * real rows' height, so nothing below jumps when the data arrives.
 *
 * "More" asks for a longer first page rather than the next page after a
 * cursor: the list is read a few pages deep at most, and the API currently
 * refuses the `reports` cursors it hands out (the order runs through the
 * revision's date), so a longer first page is the path that works.
 */
export function ReportList({ title, significantOnly }: { title: string; significantOnly: boolean }) {
  const [shown, setShown] = useState(REPORTS_PAGE);
  const { data, previousData, loading, error, refetch } = useQuery(LatestReportsQuery, {
    variables: { first: shown, significantOnly },
    // Fresh on every visit (results keep arriving), shown from the cache meanwhile.
    fetchPolicy: 'cache-and-network',
  });
  // While the longer page loads, the shorter one stays on screen.
  const reports = (data ?? previousData)?.reports;
  const loadingMore = loading && !data && previousData !== undefined;
  const headingId = significantOnly ? 'reports-significant' : 'reports-latest';

  return (
    <section className="report-list" aria-labelledby={headingId} aria-busy={!reports && !error}>
      <h2 id={headingId}>
        {title}
        {reports?.totalCount != null && <span className="heading-count"> {formatCount(reports.totalCount)}</span>}
      </h2>
      {error && !reports ? (
        <QueryError title="Could not load the reports" error={error} retry={() => void refetch()} />
      ) : !reports ? (
        <ul className="reports" aria-hidden="true">
          {Array.from({ length: REPORTS_PAGE }, (_, i) => (
            <li key={i} className="report-row report-skeleton" />
          ))}
        </ul>
      ) : reports.nodes.length === 0 ? (
        <p className="status">
          {significantOnly
            ? 'No significant changes yet.'
            : 'No reports yet: a revision gets one when its results can be compared with a previous revision’s.'}
        </p>
      ) : (
        <>
          <ul className="reports">
            {reports.nodes.map((report) => (
              <ReportRow key={report.id} report={report} />
            ))}
          </ul>
          {reports.pageInfo.hasNextPage && shown < MOST && (
            <button
              type="button"
              className="more"
              onClick={() => setShown((n) => Math.min(n + REPORTS_PAGE, MOST))}
              disabled={loadingMore}
            >
              {loadingMore ? 'Loading…' : 'More'}
            </button>
          )}
          {/* The list stays; "More" asks again. */}
          {error && <QueryError title="Could not load more" error={error} />}
        </>
      )}
    </section>
  );
}
