import type { FieldSpec } from './fields';

/** The project picker of the branch and executable forms: chosen when creating, fixed afterwards. */
export function projectField(projects: readonly { id: string; name: string }[]): FieldSpec {
  return {
    name: 'projectId',
    label: 'Project',
    kind: 'select',
    required: true,
    createOnly: true,
    options: projects.map((project) => ({ value: project.id, label: project.name })),
  };
}
