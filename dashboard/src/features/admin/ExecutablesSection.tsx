import { CrudSection } from './CrudSection';
import { text, type FieldSpec } from './fields';
import { CreateExecutableMutation, DeleteExecutableMutation, UpdateExecutableMutation } from './project-parts.queries';
import { projectField } from './projectOptions';
import { AdminProjectsQuery } from './projects.queries';
import { useAdminRecords } from './useAdminRecords';

/** Executables (builds or variants) of every project, each named with its project. */
export function ExecutablesSection() {
  const { data, load, create, update, remove } = useAdminRecords(AdminProjectsQuery, {
    create: CreateExecutableMutation,
    update: UpdateExecutableMutation,
    remove: DeleteExecutableMutation,
  });
  const projects = data?.projects.nodes;
  const executables = projects?.flatMap((project) =>
    project.executables.map((executable) => ({ ...executable, project: project.name })),
  );
  const fields: FieldSpec[] = [
    projectField(projects ?? []),
    { name: 'name', label: 'Name', required: true, hint: 'Clients send it in the executable field of results.' },
    { name: 'description', label: 'Description', kind: 'textarea', placeholder: 'Built with gcc -O3, 64 bits' },
  ];
  return (
    <CrudSection
      noun="executable"
      title="Executables"
      intro={
        <p className="status">
          Results create an executable the first time they name it.{' '}
          {projects?.length === 0 && 'Create a project first.'}
        </p>
      }
      records={executables}
      {...load}
      columns={[
        { header: 'Project', cell: (executable) => executable.project },
        { header: 'Description', cell: (executable) => executable.description },
      ]}
      fields={fields}
      toValues={(executable) => ({ name: executable.name, description: executable.description })}
      create={(values) =>
        create({
          variables: {
            input: {
              projectId: text(values, 'projectId'),
              name: text(values, 'name'),
              description: text(values, 'description'),
            },
          },
        })
      }
      update={(executable, values) =>
        update({
          variables: {
            input: { id: executable.id, name: text(values, 'name'), description: text(values, 'description') },
          },
        })
      }
      remove={(executable) => remove({ variables: { input: { id: executable.id } } })}
      deleteQuestion={(executable) =>
        `Delete executable “${executable.name}” of ${executable.project} with all its results and reports?`
      }
    />
  );
}
