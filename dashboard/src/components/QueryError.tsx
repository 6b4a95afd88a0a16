import type { ReactNode } from 'react';
import './QueryError.css';

/**
 * A read that failed: what the view could not do, in its words ("Could not
 * load the timeline"), what the API said, and a way to try again without
 * reloading the page. Every view shows a failed query with it; `children`
 * add the view's own ways on (a link to the latest changes, say).
 */
export function QueryError(props: {
  /** What failed, as the view says it. */
  title: string;
  error: { message: string };
  /** Asks again; without it there is no "Try again" (a view whose own controls ask again). */
  retry?: () => void;
  /** The view's box for it (a dashed panel, a grid's full row). */
  className?: string;
  children?: ReactNode;
}) {
  const { title, error, retry, className, children } = props;
  return (
    <div className={['query-error', 'status-error', className].filter(Boolean).join(' ')} role="alert">
      <p>
        {title}: <code>{error.message}</code>
      </p>
      {(retry || children) && (
        <p className="query-error-actions">
          {retry && (
            <button type="button" onClick={retry}>
              Try again
            </button>
          )}
          {children}
        </p>
      )}
    </div>
  );
}
