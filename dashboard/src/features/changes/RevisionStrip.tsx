import { Link } from 'react-router';
import type { ReportColour } from '../../gql/graphql';
import { shortCommit } from '../../lib/commits';
import { formatDateTime } from '../../lib/dates';
import { changesHref, type ChangesParams } from '../../lib/links';
import { COLOUR_LABEL, colourClass } from './ReportBadge';

export interface RevisionChoice {
  id: string;
  commitId: string;
  date: string;
  tag: string;
  report: { colour: ReportColour; summary: string } | null;
}

/**
 * The picker's revisions as a row of squares in their reports' colours, oldest
 * on the left: where the regressions were is visible at a glance, and a square
 * is a link to it. The select beside it is the keyboard's way to the same
 * choices, so the squares stay out of the tab order (twenty stops would be a toll).
 */
export function RevisionStrip(props: { revisions: RevisionChoice[]; currentId: string | null; params: ChangesParams }) {
  const ordered = [...props.revisions].sort((a, b) => a.date.localeCompare(b.date));
  return (
    // Empty (before the first answer, or with nothing chosen) it keeps its place but shows nothing.
    <div className={ordered.length ? 'revision-strip-box' : 'revision-strip-box revision-strip-empty'}>
      <span className="revision-strip-label" aria-hidden="true">
        Reports, oldest to newest
      </span>
      <ol className="revision-strip" aria-label="Latest revisions by report colour">
        {ordered.map((revision) => {
          const current = revision.id === props.currentId;
          const meaning = revision.report ? COLOUR_LABEL[revision.report.colour] : 'No report';
          const title = [
            `${formatDateTime(revision.date)} · ${shortCommit(revision.commitId)}${revision.tag ? ` · ${revision.tag}` : ''}`,
            revision.report ? `${meaning}: ${revision.report.summary}` : meaning,
          ].join('\n');
          return (
            <li key={revision.id}>
              <Link
                to={changesHref({ ...props.params, rev: revision.id })}
                className={`strip-cell ${revision.report ? colourClass(revision.report.colour) : 'tone-missing'}${current ? ' strip-current' : ''}${revision.tag ? ' strip-tagged' : ''}`}
                title={title}
                aria-label={title.replace('\n', ': ')}
                aria-current={current ? 'page' : undefined}
                tabIndex={-1}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
