import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { shortCommit } from '../../lib/commits';
import { formatRecent } from '../../lib/dates';
import { changesHref } from '../../lib/links';
import { countOf } from '../../lib/numbers';
import { ReportRow_Report } from './ReportRow';
import { ReportSummary } from './ReportSummary';

export const ProjectCard_Project = graphql(`
  fragment ProjectCard_Project on Project {
    id
    name
    defaultBranch
    executables {
      id
      name
    }
  }
`);

/** The newest revision and the newest report of one project. */
const ProjectLatestQuery = graphql(`
  query ProjectLatest($projectId: ID!) {
    revisions(projectId: $projectId, first: 1) {
      totalCount
      nodes {
        id
        commitId
        date
      }
    }
    reports(projectId: $projectId, first: 1) {
      nodes {
        id
        ...ReportRow_Report
      }
    }
  }
`);

/**
 * A tracked project at a glance: its executables, its newest revision, and
 * what its newest report said (a link to that report's changes view).
 */
export function ProjectCard(props: { project: FragmentType<typeof ProjectCard_Project> }) {
  const project = useFragment(ProjectCard_Project, props.project);
  const { data, error } = useQuery(ProjectLatestQuery, {
    variables: { projectId: project.id },
    fetchPolicy: 'cache-and-network',
  });
  const revision = data?.revisions.nodes[0];
  const reportRef = data?.reports.nodes[0];
  const headingId = `project-${project.id}`;
  return (
    <article className="project-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {project.name}
        {data && <span className="heading-count"> {countOf(data.revisions.totalCount ?? 0, 'revision')}</span>}
      </h3>
      <dl>
        <dt>{project.executables.length === 1 ? 'Executable' : 'Executables'}</dt>
        <dd>
          {project.executables.length === 0 ? (
            <span className="status">none yet</span>
          ) : (
            project.executables.map((exe) => exe.name).join(', ')
          )}
        </dd>
        <dt>Latest revision</dt>
        <dd>
          {error ? (
            <span className="status-error">could not load</span>
          ) : !data ? (
            <span className="skeleton-text" aria-busy="true" />
          ) : revision ? (
            <>
              <time dateTime={revision.date}>{formatRecent(revision.date)}</time> ·{' '}
              <code title={revision.commitId}>{shortCommit(revision.commitId)}</code>
            </>
          ) : (
            <span className="status">none yet</span>
          )}
        </dd>
        <dt>Latest report</dt>
        <dd>{data ? <LatestReport report={reportRef} /> : <span className="skeleton-text" />}</dd>
      </dl>
    </article>
  );
}

function LatestReport(props: { report: FragmentType<typeof ReportRow_Report> | undefined }) {
  const report = useFragment(ReportRow_Report, props.report);
  if (!report) return <span className="status">none yet</span>;
  const { revision, executable, environment } = report;
  return (
    <Link to={changesHref({ rev: revision.id, exe: executable.id, env: environment.id })}>
      <ReportSummary colour={report.colour} summary={report.summary} />
      <span className="report-where report-where-block">
        {executable.name} @ {environment.name}
      </span>
    </Link>
  );
}
