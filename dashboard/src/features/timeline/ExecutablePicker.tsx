import { graphql } from '../../gql';
import type { ExecutablePicker_ProjectFragment } from '../../gql/graphql';

export const ExecutablePickerFragment = graphql(`
  fragment ExecutablePicker_Project on Project {
    id
    name
    trackChanges
    defaultBranch
    branches {
      id
      name
    }
    executables {
      id
      name
    }
  }
`);

interface Props {
  /** Tracked projects (Codespeed's timeline lists only those). */
  projects: ExecutablePicker_ProjectFragment[];
  selected: ReadonlySet<string>;
  colorOf: (executableId: string) => string;
  onChange: (executableIds: string[]) => void;
}

/** Executables grouped by project, each with the colour of its line, and All / None per project. */
export function ExecutablePicker({ projects, selected, colorOf, onChange }: Props) {
  const all = projects.flatMap((p) => p.executables.map((e) => e.id));
  // Keep the sidebar's order in the URL, so the permalink and the legend agree.
  const write = (next: Set<string>) => onChange(all.filter((id) => next.has(id)));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    write(next);
  };
  const setProject = (project: ExecutablePicker_ProjectFragment, on: boolean) => {
    const next = new Set(selected);
    for (const e of project.executables) {
      if (on) next.add(e.id);
      else next.delete(e.id);
    }
    write(next);
  };
  return (
    <fieldset className="tl-fieldset">
      <legend>Executables</legend>
      {projects.length === 0 && <p className="status">No tracked project has executables yet.</p>}
      {projects.map((project) => (
        <div key={project.id} className="tl-project" role="group" aria-labelledby={`tl-project-${project.id}`}>
          <div className="tl-project-head">
            <span id={`tl-project-${project.id}`} className="tl-project-name">
              {project.name}
            </span>
            <button
              type="button"
              className="tl-link-button"
              aria-label={`All executables of ${project.name}`}
              onClick={() => setProject(project, true)}
            >
              All
            </button>
            <button
              type="button"
              className="tl-link-button"
              aria-label={`No executables of ${project.name}`}
              onClick={() => setProject(project, false)}
            >
              None
            </button>
          </div>
          {project.executables.map((exe) => (
            <label key={exe.id} className="tl-check">
              <input type="checkbox" checked={selected.has(exe.id)} onChange={() => toggle(exe.id)} />
              <span className="tl-swatch" style={{ background: colorOf(exe.id) }} aria-hidden="true" />
              <span className="tl-check-label">{exe.name}</span>
            </label>
          ))}
        </div>
      ))}
    </fieldset>
  );
}
