import { Link } from 'react-router';

/**
 * The shapes of the view before its first answer, in the space the answer will
 * take, so nothing below jumps when it arrives.
 */
export function ChangesSkeleton() {
  return (
    <div className="changes-body changes-skeleton" aria-hidden="true">
      <div className="revision-nav">
        <span className="neighbour changes-skeleton-block" />
        <span className="neighbour changes-skeleton-block" />
      </div>
      <div className="changes-banner changes-skeleton-block" />
      <div className="revision-info changes-skeleton-block skeleton-revision" />
      <div className="changes-skeleton-block skeleton-table" />
      <div className="changes-skeleton-block skeleton-table" />
    </div>
  );
}

/**
 * No results at all for the choice. With nothing chosen, Speedgraph has no
 * results yet: Home says how to send the first. With a choice, another may have some.
 */
export function ChangesEmpty({ chosen }: { chosen: boolean }) {
  return (
    <div className="changes-state" role="status">
      <h2>No results yet</h2>
      {chosen ? (
        <p>
          This executable has no results on this environment. Pick another above, or{' '}
          <Link to="/changes">show the latest changes</Link>.
        </p>
      ) : (
        <p>
          Changes appear here once a benchmark client posts results, one revision at a time. <Link to="/">Home</Link>{' '}
          shows how to send the first one.
        </p>
      )}
    </div>
  );
}

/** A revision that has results, but not for this executable on this environment. */
export function NoResultsHere({ executable, environment }: { executable: string; environment: string }) {
  return (
    <div className="changes-state" role="status">
      <h2>No results at this revision</h2>
      <p>
        {executable} has no results on {environment} at this revision. Pick another revision above (the coloured squares
        have reports), or another executable or environment.
      </p>
    </div>
  );
}
