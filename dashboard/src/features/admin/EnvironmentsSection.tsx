import { CrudSection } from './CrudSection';
import {
  AdminEnvironmentsQuery,
  CreateEnvironmentMutation,
  DeleteEnvironmentMutation,
  UpdateEnvironmentMutation,
} from './environments.queries';
import { text, withoutEmpty, type FieldSpec, type FormValues } from './fields';
import { useAdminRecords } from './useAdminRecords';

const FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'Name', required: true, hint: 'Clients send it in the environment field of results.' },
  { name: 'cpu', label: 'CPU', placeholder: 'Intel Core i7-1260P' },
  { name: 'memory', label: 'Memory', placeholder: '32 GiB' },
  { name: 'os', label: 'Operating system', placeholder: 'Debian 12' },
  { name: 'kernel', label: 'Kernel', placeholder: '6.1.0-26-amd64' },
];

const details = (values: FormValues) => ({
  name: text(values, 'name'),
  cpu: text(values, 'cpu'),
  memory: text(values, 'memory'),
  os: text(values, 'os'),
  kernel: text(values, 'kernel'),
});

/** The machines that run benchmarks: results are refused until theirs exists (as in Codespeed). */
export function EnvironmentsSection() {
  const { data, load, create, update, remove } = useAdminRecords(AdminEnvironmentsQuery, {
    create: CreateEnvironmentMutation,
    update: UpdateEnvironmentMutation,
    remove: DeleteEnvironmentMutation,
  });
  const page = data?.environments;
  return (
    <CrudSection
      noun="environment"
      title="Environments"
      intro={<p className="status">Results name their environment; an unknown one is refused, so create it first.</p>}
      records={page?.nodes}
      totalCount={page?.totalCount}
      {...load}
      columns={[
        { header: 'CPU', cell: (env) => env.cpu },
        { header: 'Memory', cell: (env) => env.memory },
        { header: 'OS', cell: (env) => [env.os, env.kernel].filter(Boolean).join(' · ') },
      ]}
      fields={FIELDS}
      toValues={(env) => ({ name: env.name, cpu: env.cpu, memory: env.memory, os: env.os, kernel: env.kernel })}
      create={(values) => create({ variables: { input: withoutEmpty(details(values)) } })}
      update={(env, values) => update({ variables: { input: { id: env.id, ...details(values) } } })}
      remove={(env) => remove({ variables: { input: { id: env.id } } })}
      deleteQuestion={(env) => `Delete environment “${env.name}” and every result and report measured on it?`}
    />
  );
}
