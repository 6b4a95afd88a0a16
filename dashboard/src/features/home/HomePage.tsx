import { useQuery } from '@apollo/client/react';
import { QueryError } from '../../components/QueryError';
import { countOf } from '../../lib/numbers';
import { FirstRunGuide } from './FirstRunGuide';
import { useLiveReportLists } from './useLiveReportLists';
import { HomeStatusQuery } from './home.queries';
import { ProjectOverview } from './ProjectOverview';
import { ReportList } from './ReportList';
import './home.css';

/**
 * Home: the projects at a glance, then the latest reports beside the latest
 * significant ones (Codespeed's two lists), or, while this Speedgraph holds
 * nothing, how to fill it.
 */
export function HomePage() {
  const { data, error, refetch } = useQuery(HomeStatusQuery, { fetchPolicy: 'cache-and-network' });
  // New reports come in as they are computed, highlighted.
  const reportsRef = useLiveReportLists<HTMLDivElement>();

  if (error && !data) {
    return <QueryError title="Could not load from the Speedgraph API" error={error} retry={() => void refetch()} />;
  }
  if (!data) return <HomeSkeleton />;

  const { projects, environments } = data;
  const empty = environments.totalCount === 0 || projects.totalCount === 0;
  return (
    <>
      <p className="status home-status">
        {capitalize(summary(projects, 'project'))} · {summary(environments, 'environment')}
      </p>
      {empty ? (
        <FirstRunGuide origin={window.location.origin} />
      ) : (
        <>
          <ProjectOverview
            projects={projects.nodes}
            more={Math.max(0, (projects.totalCount ?? 0) - projects.nodes.length)}
          />
          <div ref={reportsRef} className="home-reports">
            <ReportList title="Latest reports" significantOnly={false} />
            <ReportList title="Latest significant changes" significantOnly />
          </div>
        </>
      )}
    </>
  );
}

/** The page's shape while its first answer is on the way, so it does not jump when it lands. */
function HomeSkeleton() {
  return (
    <div aria-busy="true">
      <p className="status home-status">Loading…</p>
      <div className="project-cards">
        <div className="project-card project-card-skeleton" />
        <div className="project-card project-card-skeleton" />
      </div>
    </div>
  );
}

interface Page {
  totalCount: number | null;
  nodes: { name: string }[];
}

/** "12 projects (pypy, cpython, …)", "no environments yet". */
function summary({ totalCount, nodes }: Page, noun: string): string {
  const count = totalCount ?? nodes.length;
  if (count === 0) return `no ${noun}s yet`;
  const shown = nodes.slice(0, 5);
  const names = shown.map((node) => node.name).join(', ') + (count > shown.length ? ', …' : '');
  return `${countOf(count, noun)} (${names})`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
