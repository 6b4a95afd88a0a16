import { graphql, useFragment, type FragmentType } from '../../gql';
import { commitUrl, formatAuthor } from '../../lib/commits';
import { formatDateTime } from '../../lib/dates';

export const RevisionInfo_RevisionFragment = graphql(`
  fragment RevisionInfo_Revision on Revision {
    commitId
    date
    author
    message
    tag
    branch {
      name
    }
    project {
      name
      commitBrowsingUrl
    }
  }
`);

/**
 * The revision: its message first (what a reader recognises), then commit,
 * date, author, branch and tag. Codespeed showed only the commit and date here.
 * Messages and names are text from clients and repositories: React escapes them,
 * and nothing here is ever set as HTML.
 */
export function RevisionInfo(props: {
  revision: FragmentType<typeof RevisionInfo_RevisionFragment>;
  showAuthorEmail: boolean;
}) {
  const revision = useFragment(RevisionInfo_RevisionFragment, props.revision);
  const [subject, ...body] = revision.message.trim().split('\n');
  const details = body.join('\n').trim();
  const link = commitUrl(revision.project.commitBrowsingUrl, revision.commitId);
  const author = formatAuthor(revision.author, props.showAuthorEmail);

  return (
    <section className="revision-info" aria-labelledby="revision-title">
      <h2 id="revision-title" className="revision-subject">
        {subject || <span className="changes-muted">No commit message</span>}
      </h2>
      {details && <pre className="revision-body">{details}</pre>}
      <dl className="changes-facts revision-facts">
        <div className="revision-commit">
          <dt>Commit</dt>
          <dd>
            {link ? (
              <a href={link} target="_blank" rel="noreferrer noopener">
                <code>{revision.commitId}</code>
              </a>
            ) : (
              <code>{revision.commitId}</code>
            )}
          </dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={revision.date}>{formatDateTime(revision.date)}</time>
          </dd>
        </div>
        <div>
          <dt>Author</dt>
          <dd>{author || <span className="changes-muted">unknown</span>}</dd>
        </div>
        <div>
          <dt>Branch</dt>
          <dd>
            {revision.project.name} / {revision.branch.name}
            {revision.tag && <span className="changes-tag">{revision.tag}</span>}
          </dd>
        </div>
      </dl>
    </section>
  );
}
