import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql, useFragment } from '../../gql';
import type { CommitLogQuery, CommitLogStatus } from '../../gql/graphql';
import { QueryError } from '../../components/QueryError';
import { useLiveStatus } from '../../live/LiveStatusContext';
import { countOf } from '../../lib/numbers';
import { useLiveRevision } from './useLiveRevision';
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
      branch {
        id
      }
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
/** Without the live connection, ask again this often while the repository is read. */
const POLL_MS = 3_000;
/**
 * With it, a slower safety net while reading: a failed attempt, or metadata the
 * client had already sent, changes the status without a `revisionUpdated` event.
 */
const SAFETY_POLL_MS = 10_000;

/**
 * How often to ask again for the log, or null not to. Live, `revisionUpdated`
 * says when the log is read (also when a failure is retried with success);
 * without the connection the view polls, more slowly after a failure (retries
 * are 5 s to 10 min apart).
 */
export function commitLogPollMs(status: CommitLogStatus | undefined, live: boolean): number | null {
  if (status === 'PENDING') return live ? SAFETY_POLL_MS : POLL_MS;
  if (status === 'FAILED') return live ? null : SAFETY_POLL_MS;
  return null;
}

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
  const live = useLiveStatus() === 'live';
  const pollMs = commitLogPollMs(revision?.commitLogStatus, live);
  useEffect(() => {
    if (pollMs === null) return;
    startPolling(pollMs);
    return () => stopPolling();
  }, [pollMs, startPolling, stopPolling]);
  // The previous answer's revision may be another one's while this one loads: no target until it is this one.
  const shown = revision?.id === revisionId ? revision : null;
  useLiveRevision(shown && { projectId: shown.project.id, branchId: shown.branch.id, revisionId }, ['CommitLog']);

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
          <span className="commit-log-count"> · {countOf(revision.commits.totalCount, 'commit')}</span>
        ) : null}
      </h2>
      {error && !revision ? (
        <QueryError title="Could not load the commit log" error={error} retry={() => void refetch()} />
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
  switch (revision.commitLogStatus) {
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
            Could not read the repository.
            {revision.project.repository?.state === 'FAILED' && ' Speedgraph tries again in a while.'}
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
