import type { FragmentType } from '../../gql';
import { formatCount } from '../../lib/numbers';
import { ProjectCard, type ProjectCard_Project } from './ProjectCard';

type OverviewProject = { id: string; name: string; trackChanges: boolean } & FragmentType<typeof ProjectCard_Project>;

/**
 * A card per tracked project; untracked ones (no reports, not in Changes or
 * Timeline, like Codespeed's track=False) are only named, so they are not
 * mistaken for forgotten ones.
 */
export function ProjectOverview({ projects, more }: { projects: OverviewProject[]; more: number }) {
  const tracked = projects.filter((project) => project.trackChanges);
  const untracked = projects.filter((project) => !project.trackChanges);
  return (
    <section className="project-overview" aria-labelledby="projects-title">
      <h2 id="projects-title">Projects</h2>
      {tracked.length === 0 ? (
        <p className="status">No tracked project yet.</p>
      ) : (
        <div className="project-cards">
          {tracked.map((project) => (
            <ProjectCard key={project.id} project={project} />
          ))}
        </div>
      )}
      {(untracked.length > 0 || more > 0) && (
        <p className="status">
          {untracked.length > 0 && <>Not tracked: {untracked.map((project) => project.name).join(', ')}. </>}
          {more > 0 && <>And {formatCount(more)} more projects.</>}
        </p>
      )}
    </section>
  );
}
