import { graphql } from '../../gql';
import type { CommitLogList_CommitFragment as LoggedCommit } from '../../gql/graphql';
import { shortCommit } from '../../lib/commits';
import { formatDateTime } from '../../lib/dates';

export const CommitLogList_CommitFragment = graphql(`
  fragment CommitLogList_Commit on Commit {
    id
    shortId
    author
    authorEmail
    date
    subject
    body
    tags
    url
  }
`);

/**
 * The commits, newest first: a linked short id, the subject, who and when,
 * tags as chips like the revision's own, and the body behind a disclosure so a long log stays
 * scannable. Everything here comes from a repository: React escapes it, and
 * nothing is ever set as HTML or followed unless it is an http(s) link.
 */
export function CommitLogList({ commits }: { commits: readonly LoggedCommit[] }) {
  return (
    <ol className="commit-log-list">
      {commits.map((commit) => (
        <li key={commit.id} className="commit-log-item">
          <div className="commit-log-line">
            <CommitId commit={commit} />
            <span className="commit-log-subject">{commit.subject || <em>No commit message</em>}</span>
            {commit.tags.map((tag) => (
              <span key={tag} className="changes-tag">
                {tag}
              </span>
            ))}
          </div>
          <div className="commit-log-meta">
            <span className="commit-log-author">{commit.author || 'unknown author'}</span>
            {commit.authorEmail && <span className="commit-log-email"> &lt;{commit.authorEmail}&gt;</span>}
            {' · '}
            <time dateTime={commit.date}>{formatDateTime(commit.date)}</time>
          </div>
          {commit.body.trim() && (
            <details className="commit-log-body">
              <summary>Message</summary>
              <pre>{commit.body.trim()}</pre>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}

function CommitId({ commit }: { commit: LoggedCommit }) {
  const id = <code title={commit.id}>{commit.shortId || shortCommit(commit.id)}</code>;
  const href = safeLink(commit.url);
  return href ? (
    <a className="commit-log-id" href={href} target="_blank" rel="noopener noreferrer">
      {id}
    </a>
  ) : (
    <span className="commit-log-id">{id}</span>
  );
}

/** Only http(s) addresses become links: the template is typed by an admin, and `javascript:` must never run. */
export function safeLink(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}
