import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql, useFragment } from '../../gql';
import type { CommitLogQuery } from '../../gql/graphql';
import { CommitLogList, CommitLogList_CommitFragment } from './CommitLogList';
import './CommitLog.css';

/**
 * The revision's log: its metadata too (author, message), so that when the
 * repository has been read the revision shown above fills in from the same
 * answer (one Revision in Apollo's cache).
 */
export const CommitLogQueryDocument = graphql(`
  query CommitLog($revisionId: ID!, $first: Int!, $after: String) {
    revision(id: $revisionId) {
      id
      author
      authorEmail
      message
      url
      commitLogStatus
      commits(first: $first, after: $after) {
        totalCount
        nodes {
          id
          ...CommitLogList_Commit
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      project {
        id
        repository {
          state
          error
        }
      }
    }
  }
`);

/** A page of the log; "Show more" reads the next. */
const PAGE = 50;
/** While the repository is read, ask again this often (the revisionUpdated event also lands in the cache). */
const POLL_MS = 3000;

type Revision = NonNullable<CommitLogQuery['revision']>;

/**
 * The commits between the previous revision of the branch and this one
 * (Codespeed's getlogs), read from the project's repository by the API.
 */
export function CommitLog({ revisionId }: { revisionId: string }) {
  const { data, previousData, loading, error, fetchMore, refetch, startPolling, stopPolling } = useQuery(
    CommitLogQueryDocument,
    { variables: { revisionId, first: PAGE }, notifyOnNetworkStatusChange: true },
  );
  const revision = (data ?? previousData)?.revision ?? null;
  const pending = revision?.commitLogStatus === 'PENDING';
  useEffect(() => {
    if (!pending) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [pending, startPolling, stopPolling]);

  const showMore = (after: string) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => {
        const earlier = previous.revision;
        const later = fetchMoreResult.revision;
        if (!earlier || !later) return previous;
        return {
          ...previous,
          revision: {
            ...later,
            commits: { ...later.commits, nodes: [...earlier.commits.nodes, ...later.commits.nodes] },
          },
        };
      },
    });

  return (
    <section className="changes-panel commit-log" aria-labelledby="commit-log-title" aria-busy={loading}>
      <h2 id="commit-log-title">
        Commit log
        {revision?.commitLogStatus === 'READY' && revision.commits.totalCount ? (
          <span className="commit-log-count">
            {' '}
            · {revision.commits.totalCount.toLocaleString('en')} commit{revision.commits.totalCount === 1 ? '' : 's'}
          </span>
        ) : null}
      </h2>
      {error && !revision ? (
        <p className="status status-error" role="alert">
          Could not load the commit log: {error.message}{' '}
          <button type="button" onClick={() => void refetch()}>
            Try again
          </button>
        </p>
      ) : !revision ? (
        <p className="changes-muted" aria-busy="true">
          Loading the commit log…
        </p>
      ) : (
        <CommitLogBody revision={revision} loading={loading} onMore={(after) => void showMore(after)} />
      )}
    </section>
  );
}

function CommitLogBody(props: { revision: Revision; loading: boolean; onMore: (after: string) => void }) {
  const { revision, loading } = props;
  const commits = useFragment(CommitLogList_CommitFragment, revision.commits.nodes);
  // A revision waiting for a retry is PENDING while its repository has FAILED: say why now, not "reading" for minutes.
  const retrying = revision.commitLogStatus === 'PENDING' && revision.project.repository?.state === 'FAILED';
  switch (retrying ? 'FAILED' : revision.commitLogStatus) {
    case 'NO_REPOSITORY':
      return (
        <p className="changes-muted">
          This project has no repository: set one in <Link to="/admin?section=projects">Admin</Link> to see commit logs.
        </p>
      );
    case 'PENDING':
      return (
        <p className="changes-muted" role="status" aria-busy="true">
          Reading the repository…
        </p>
      );
    case 'FAILED':
      return (
        <div role="alert">
          <p className="status-error">
            Could not read the repository.{retrying && ' Speedgraph tries again in a while.'}
          </p>
          {revision.project.repository?.error && (
            <pre className="commit-log-error">{revision.project.repository.error}</pre>
          )}
        </div>
      );
    default:
      break;
  }
  if (commits.length === 0) return <p className="changes-muted">No commits are recorded for this revision.</p>;
  const { hasNextPage, endCursor } = revision.commits.pageInfo;
  return (
    <>
      <CommitLogList commits={commits} />
      {hasNextPage && endCursor && (
        <button type="button" className="commit-log-more" disabled={loading} onClick={() => props.onMore(endCursor)}>
          {loading ? 'Loading…' : 'Show more'}
        </button>
      )}
    </>
  );
}
