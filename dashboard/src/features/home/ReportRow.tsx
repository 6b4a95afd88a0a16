import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { shortCommit } from '../../lib/commits';
import { formatRecent } from '../../lib/dates';
import { changesHref } from '../../lib/links';
import { REPORT_COLOURS } from './reportColour';
import { ReportSummary } from './ReportSummary';

export const ReportRow_Report = graphql(`
  fragment ReportRow_Report on Report {
    id
    summary
    colour
    significant
    revision {
      id
      commitId
      date
      tag
      branch {
        id
        name
      }
    }
    executable {
      id
      name
      project {
        id
        name
        defaultBranch
      }
    }
    environment {
      id
      name
    }
  }
`);

/**
 * One report as a link to its changes view: the summary in its colour, then
 * where it was measured (project, executable @ environment) and at which
 * commit. Names are rendered as text, never as HTML.
 */
export function ReportRow(props: { report: FragmentType<typeof ReportRow_Report> }) {
  const report = useFragment(ReportRow_Report, props.report);
  const { revision, executable, environment } = report;
  return (
    <li className={`report-row ${REPORT_COLOURS[report.colour].className}`}>
      <Link className="report-link" to={changesHref({ rev: revision.id, exe: executable.id, env: environment.id })}>
        <span className="report-line">
          <ReportSummary colour={report.colour} summary={report.summary} />
          <time className="report-date" dateTime={revision.date} title={new Date(revision.date).toString()}>
            {formatRecent(revision.date)}
          </time>
        </span>
        <span className="report-line report-where">
          <span className="report-exe" title={`${executable.project.name} · ${executable.name} @ ${environment.name}`}>
            {executable.project.name} · {executable.name} @ {environment.name}
          </span>
          <span className="report-commit">
            <code title={revision.commitId}>{shortCommit(revision.commitId)}</code>
            {/* Like Codespeed, name the branch only when it is not the main line. */}
            {revision.branch.name !== executable.project.defaultBranch && (
              <span className="badge" title="Branch">
                {revision.branch.name}
              </span>
            )}
            {revision.tag && (
              <span className="badge badge-tag" title="Tag">
                {revision.tag}
              </span>
            )}
          </span>
        </span>
      </Link>
    </li>
  );
}
