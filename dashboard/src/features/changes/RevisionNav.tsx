import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { shortCommit } from '../../lib/commits';
import { formatDay } from '../../lib/dates';
import { changesHref, type ChangesParams } from '../../lib/links';
import { ReportBadge, type ReportBadge_ReportFragment } from './ReportBadge';

export const RevisionNav_RevisionFragment = graphql(`
  fragment RevisionNav_Revision on Revision {
    id
    commitId
    date
    tag
  }
`);

type RevisionRef = FragmentType<typeof RevisionNav_RevisionFragment>;
type ReportRef = FragmentType<typeof ReportBadge_ReportFragment>;

/**
 * Step to the previous or next revision of the branch, each with its report,
 * so a reader can walk the history without the picker (Codespeed linked only
 * the previous one). Both sides keep their place when one is missing.
 */
export function RevisionNav(props: {
  params: ChangesParams;
  previous: { revision: RevisionRef | null | undefined; report: ReportRef | null | undefined };
  next: { revision: RevisionRef | null | undefined; report: ReportRef | null | undefined };
}) {
  return (
    <nav className="revision-nav" aria-label="Neighbouring revisions">
      <Neighbour side="previous" params={props.params} {...props.previous} />
      <Neighbour side="next" params={props.params} {...props.next} />
    </nav>
  );
}

function Neighbour(props: {
  side: 'previous' | 'next';
  params: ChangesParams;
  revision: RevisionRef | null | undefined;
  report: ReportRef | null | undefined;
}) {
  const revision = useFragment(RevisionNav_RevisionFragment, props.revision);
  const label = props.side === 'previous' ? '← Previous' : 'Next →';
  if (!revision) {
    return (
      <span className={`neighbour neighbour-${props.side} neighbour-none`}>
        <span className="neighbour-label">{label}</span>
        <span className="changes-muted">
          {props.side === 'previous' ? 'none: the first revision' : 'none: the latest revision'}
        </span>
      </span>
    );
  }
  return (
    <Link
      className={`neighbour neighbour-${props.side}`}
      to={changesHref({ ...props.params, rev: revision.id })}
      rel={props.side === 'previous' ? 'prev' : 'next'}
    >
      <span className="neighbour-label">{label}</span>
      <span className="neighbour-revision">
        <code>{shortCommit(revision.commitId)}</code> · {formatDay(revision.date)}
        {revision.tag && <span className="changes-tag">{revision.tag}</span>}
      </span>
      <ReportBadge report={props.report} />
    </Link>
  );
}
