import { graphql } from '../../gql';
import type {
  BaselinePicker_ColumnFragment,
  BenchmarkPicker_BenchmarkFragment,
  ExecutablePicker_ProjectFragment,
  TimelineSidebar_EnvironmentFragment,
} from '../../gql/graphql';
import { BaselinePicker } from './BaselinePicker';
import { BenchmarkPicker } from './BenchmarkPicker';
import { ExecutablePicker } from './ExecutablePicker';
import type { Baseline, TimelineParams } from './useTimelineParams';

export const TimelineSidebarEnvironmentFragment = graphql(`
  fragment TimelineSidebar_Environment on Environment {
    id
    name
  }
`);

/** What is selected, once the API's defaults fill what the address leaves out. */
export interface Selection {
  env: string | null;
  exe: ReadonlySet<string>;
  branches: ReadonlySet<string>;
  benchmarks: ReadonlySet<string> | 'grid';
  baseline: Baseline | null;
}

export interface SidebarOptions {
  environments: TimelineSidebar_EnvironmentFragment[];
  projects: ExecutablePicker_ProjectFragment[];
  benchmarks: BenchmarkPicker_BenchmarkFragment[];
  columns: BaselinePicker_ColumnFragment[];
}

interface Props {
  options: SidebarOptions;
  selection: Selection;
  colorOf: (executableId: string) => string;
  update: (patch: Partial<TimelineParams>, options?: { push?: boolean }) => void;
}

/** Codespeed's sidebar, in its order: environment, executables (and branches, baseline), benchmarks. */
export function TimelineSidebar({ options, selection, colorOf, update }: Props) {
  const branchNames = branchesOf(options.projects);
  return (
    <aside className="tl-sidebar" aria-label="What to plot">
      <fieldset className="tl-fieldset">
        <legend>Environment</legend>
        {options.environments.map((env) => (
          <label key={env.id} className="tl-check">
            <input
              type="radio"
              name="tl-environment"
              checked={selection.env === env.id}
              onChange={() => update({ env: env.id })}
            />
            <span className="tl-check-label">{env.name}</span>
          </label>
        ))}
      </fieldset>
      <ExecutablePicker
        projects={options.projects}
        selected={selection.exe}
        colorOf={colorOf}
        onChange={(exe) => update({ exe })}
      />
      {branchNames.length > 1 && (
        <fieldset className="tl-fieldset">
          <legend>Branches</legend>
          {branchNames.map(({ name, projects }) => (
            <label key={name} className="tl-check">
              <input
                type="checkbox"
                checked={selection.branches.has(name)}
                onChange={() => {
                  const next = new Set(selection.branches);
                  if (next.has(name)) next.delete(name);
                  else next.add(name);
                  update({ branch: branchNames.map((b) => b.name).filter((b) => next.has(b)) });
                }}
              />
              <span className="tl-check-label">{name}</span>
              <span className="tl-unit">{projects.join(', ')}</span>
            </label>
          ))}
        </fieldset>
      )}
      <BaselinePicker columns={options.columns} value={selection.baseline} onChange={(base) => update({ base })} />
      <BenchmarkPicker
        benchmarks={options.benchmarks}
        selected={selection.benchmarks}
        onChange={(ben) => update({ ben }, { push: ben === 'grid' || selection.benchmarks === 'grid' })}
      />
    </aside>
  );
}

/** Branch names across tracked projects, default branches first, each with the projects that have it. */
export function branchesOf(projects: ExecutablePicker_ProjectFragment[]) {
  const byName = new Map<string, { name: string; projects: string[]; isDefault: boolean }>();
  for (const project of projects) {
    for (const branch of project.branches) {
      const entry = byName.get(branch.name) ?? { name: branch.name, projects: [], isDefault: false };
      entry.projects.push(project.name);
      entry.isDefault ||= branch.name === project.defaultBranch;
      byName.set(branch.name, entry);
    }
  }
  return [...byName.values()].sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name));
}
