import { CrudSection } from './CrudSection';
import { flag, text, type FieldSpec } from './fields';
import { CreateBranchMutation, DeleteBranchMutation, UpdateBranchMutation } from './project-parts.queries';
import { projectField } from './projectOptions';
import { AdminProjectsQuery } from './projects.queries';
import { useAdminRecords } from './useAdminRecords';

/** Branches of every project, each named with its project since names repeat across projects. */
export function BranchesSection() {
  const { data, load, create, update, remove } = useAdminRecords(AdminProjectsQuery, {
    create: CreateBranchMutation,
    update: UpdateBranchMutation,
    remove: DeleteBranchMutation,
  });
  const projects = data?.projects.nodes;
  const branches = projects?.flatMap((project) =>
    project.branches.map((branch) => ({
      ...branch,
      project: project.name,
      isDefault: branch.name === project.defaultBranch,
    })),
  );
  const fields: FieldSpec[] = [
    projectField(projects ?? []),
    { name: 'name', label: 'Name', required: true, hint: 'Clients send it in the branch field of results.' },
    { name: 'displayOnComparisonPage', label: 'Offer its latest revision on the comparison page', kind: 'checkbox' },
  ];
  return (
    <CrudSection
      noun="branch"
      title="Branches"
      intro={
        <p className="status">
          Results create a branch the first time they name it. {projects?.length === 0 && 'Create a project first.'}
        </p>
      }
      records={branches}
      {...load}
      columns={[
        { header: 'Project', cell: (branch) => branch.project },
        { header: 'Default', cell: (branch) => (branch.isDefault ? 'yes' : '') },
        { header: 'On comparison', cell: (branch) => (branch.displayOnComparisonPage ? 'yes' : 'no') },
      ]}
      fields={fields}
      defaults={{ displayOnComparisonPage: true }}
      toValues={(branch) => ({ name: branch.name, displayOnComparisonPage: branch.displayOnComparisonPage })}
      create={(values) =>
        create({
          variables: {
            input: {
              projectId: text(values, 'projectId'),
              name: text(values, 'name'),
              displayOnComparisonPage: flag(values, 'displayOnComparisonPage'),
            },
          },
        })
      }
      update={(branch, values) =>
        update({
          variables: {
            input: {
              id: branch.id,
              name: text(values, 'name'),
              displayOnComparisonPage: flag(values, 'displayOnComparisonPage'),
            },
          },
        })
      }
      remove={(branch) => remove({ variables: { input: { id: branch.id } } })}
      deleteQuestion={(branch) =>
        `Delete branch “${branch.name}” of ${branch.project} with its revisions and all their results and reports?`
      }
    />
  );
}
