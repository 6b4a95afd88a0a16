import type { RepositoryType } from '../../gql/graphql';
import { countOf } from '../../lib/numbers';
import { CrudSection } from './CrudSection';
import { flag, text, withoutEmpty, type FieldSpec, type FormValues } from './fields';
import {
  AdminProjectsQuery,
  CreateProjectMutation,
  DeleteProjectMutation,
  UpdateProjectMutation,
} from './projects.queries';
import { RecalculateButton } from './RecalculateButton';
import { RepositoryState } from './RepositoryState';
import { useAdminRecords } from './useAdminRecords';

const REPOSITORY_TYPES: readonly { value: RepositoryType; label: string }[] = [
  { value: 'NONE', label: 'None' },
  { value: 'GIT', label: 'Git' },
  { value: 'GITHUB', label: 'GitHub' },
  { value: 'MERCURIAL', label: 'Mercurial' },
  { value: 'SUBVERSION', label: 'Subversion' },
];

const FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'Name', required: true, hint: 'Clients send it in the project field of results.' },
  { name: 'repositoryType', label: 'Repository type', kind: 'select', options: REPOSITORY_TYPES },
  { name: 'repositoryUrl', label: 'Repository URL', placeholder: 'https://github.com/owner/repo.git' },
  {
    name: 'commitBrowsingUrl',
    label: 'Commit link',
    placeholder: 'https://github.com/owner/repo/commit/{commitid}',
    hint: '{commitid} is replaced by the commit id.',
  },
  { name: 'defaultBranch', label: 'Default branch', placeholder: 'main' },
  { name: 'repositoryUser', label: 'Repository user' },
  {
    name: 'repositoryPassword',
    label: 'Repository password',
    kind: 'password',
    hint: 'Never shown again; leave empty to keep the stored one.',
  },
  { name: 'trackChanges', label: 'Tracked (reports, Changes and Timeline)', kind: 'checkbox' },
];

/** The fields both inputs share; the password only when typed, since an empty one would remove it. */
function details(values: FormValues) {
  const password = text(values, 'repositoryPassword');
  return {
    name: text(values, 'name'),
    repositoryType: text(values, 'repositoryType') as RepositoryType,
    repositoryUrl: text(values, 'repositoryUrl'),
    commitBrowsingUrl: text(values, 'commitBrowsingUrl'),
    defaultBranch: text(values, 'defaultBranch'),
    repositoryUser: text(values, 'repositoryUser'),
    trackChanges: flag(values, 'trackChanges'),
    ...(password ? { repositoryPassword: password } : {}),
  };
}

/** Projects: where their code lives, how to link a commit, and whether they are tracked. */
export function ProjectsSection() {
  const { data, load, create, update, remove } = useAdminRecords(AdminProjectsQuery, {
    create: CreateProjectMutation,
    update: UpdateProjectMutation,
    remove: DeleteProjectMutation,
  });
  const page = data?.projects;
  return (
    <CrudSection
      noun="project"
      title="Projects"
      intro={<p className="status">Results create a project the first time they name it; set its repository here.</p>}
      records={page?.nodes}
      totalCount={page?.totalCount}
      {...load}
      columns={[
        {
          header: 'Repository',
          cell: (project) =>
            project.repositoryType === 'NONE' ? (
              'none'
            ) : (
              <>
                <span className="repo-url">{`${label(project.repositoryType)} ${project.repositoryUrl}`.trim()}</span>
                <RepositoryState project={project} />
              </>
            ),
        },
        { header: 'Default branch', cell: (project) => project.defaultBranch },
        { header: 'Tracked', cell: (project) => (project.trackChanges ? 'yes' : 'no') },
      ]}
      fields={FIELDS}
      defaults={{ trackChanges: true, repositoryType: 'NONE' }}
      toValues={(project) => ({
        name: project.name,
        repositoryType: project.repositoryType,
        repositoryUrl: project.repositoryUrl,
        commitBrowsingUrl: project.commitBrowsingUrl,
        defaultBranch: project.defaultBranch,
        repositoryUser: project.repositoryUser,
        repositoryPassword: '',
        trackChanges: project.trackChanges,
      })}
      create={(values) => create({ variables: { input: withoutEmpty(details(values)) } })}
      update={(project, values) => update({ variables: { input: { id: project.id, ...details(values) } } })}
      remove={(project) => remove({ variables: { input: { id: project.id } } })}
      deleteQuestion={(project) =>
        `Delete project “${project.name}” with its ${countOf(project.branches.length, 'branch')}, ${countOf(project.executables.length, 'executable')}, and all their revisions, results and reports?`
      }
      rowActions={(project) => (
        <RecalculateButton projectId={project.id} projectName={project.name} tracked={project.trackChanges} />
      )}
    />
  );
}

const label = (type: RepositoryType) => REPOSITORY_TYPES.find((option) => option.value === type)?.label ?? type;
