import type { BenchmarkType, DataType } from '../../gql/graphql';
import { useAllPages } from '../../app/useAllPages';
import { useFragment } from '../../gql';
import {
  AdminBenchmarksPageQuery,
  AdminBenchmarksQuery,
  BenchmarksSection_BenchmarkFragment,
  CreateBenchmarkMutation,
  DeleteBenchmarkMutation,
  UpdateBenchmarkMutation,
} from './benchmarks.queries';
import { CrudSection } from './CrudSection';
import { flag, text, withoutEmpty, type FieldSpec, type FormValues } from './fields';
import { useAdminRecords } from './useAdminRecords';

const TYPES: readonly { value: BenchmarkType; label: string }[] = [
  { value: 'CROSS_PROJECT', label: 'Cross-project' },
  { value: 'OWN_PROJECT', label: 'Own project' },
];
const DATA_TYPES: readonly { value: DataType; label: string }[] = [
  { value: 'MEAN', label: 'Mean (with std dev)' },
  { value: 'MEDIAN', label: 'Median (with quartiles)' },
];

function fieldsFor(parents: readonly { id: string; name: string }[]): FieldSpec[] {
  return [
    { name: 'name', label: 'Name', required: true, hint: 'Clients send it in the benchmark field of results.' },
    { name: 'unitsTitle', label: 'Quantity', placeholder: 'Time', hint: 'Benchmarks of one quantity are averaged.' },
    { name: 'units', label: 'Units', placeholder: 'seconds' },
    { name: 'lessIsBetter', label: 'Less is better', kind: 'checkbox' },
    {
      name: 'parentId',
      label: 'Parent',
      kind: 'select',
      options: [{ value: '', label: '(none)' }, ...parents.map((b) => ({ value: b.id, label: b.name }))],
    },
    { name: 'benchmarkType', label: 'Type', kind: 'select', options: TYPES },
    { name: 'dataType', label: 'Values are', kind: 'select', options: DATA_TYPES },
    { name: 'defaultOnComparison', label: 'Selected by default on the comparison page', kind: 'checkbox' },
    { name: 'description', label: 'Description', kind: 'textarea' },
  ];
}

function details(values: FormValues) {
  return {
    name: text(values, 'name'),
    unitsTitle: text(values, 'unitsTitle'),
    units: text(values, 'units'),
    lessIsBetter: flag(values, 'lessIsBetter'),
    benchmarkType: text(values, 'benchmarkType') as BenchmarkType,
    dataType: text(values, 'dataType') as DataType,
    defaultOnComparison: flag(values, 'defaultOnComparison'),
    description: text(values, 'description'),
  };
}

/** Benchmarks: their units, which way is better, and where they sit in the hierarchy. */
export function BenchmarksSection() {
  const { data, load, create, update, remove } = useAdminRecords(AdminBenchmarksQuery, {
    create: CreateBenchmarkMutation,
    update: UpdateBenchmarkMutation,
    remove: DeleteBenchmarkMutation,
  });
  const page = data?.benchmarks;
  // Every benchmark, past the first page: the list and the parent picker offer them all.
  const all =
    useFragment(BenchmarksSection_BenchmarkFragment, useAllPages(page, AdminBenchmarksPageQuery, 'benchmarks')) ??
    undefined;
  const benchmarks = all ?? [];
  return (
    <CrudSection
      noun="benchmark"
      title="Benchmarks"
      intro={
        <p className="status">
          Results create a benchmark the first time they name it, in seconds where less is better.
        </p>
      }
      records={all}
      totalCount={page?.totalCount}
      {...load}
      columns={[
        { header: 'Quantity', cell: (b) => `${b.unitsTitle} (${b.units})` },
        { header: 'Better', cell: (b) => (b.lessIsBetter ? 'less' : 'more') },
        { header: 'Parent', cell: (b) => b.parent?.name ?? '' },
        { header: 'Values', cell: (b) => (b.dataType === 'MEDIAN' ? 'median' : 'mean') },
      ]}
      fields={fieldsFor(benchmarks)}
      editFieldsFor={(b) => fieldsFor(benchmarks.filter((other) => other.id !== b.id))}
      defaults={{ lessIsBetter: true, defaultOnComparison: true, unitsTitle: 'Time', units: 'seconds' }}
      toValues={(b) => ({
        name: b.name,
        unitsTitle: b.unitsTitle,
        units: b.units,
        lessIsBetter: b.lessIsBetter,
        parentId: b.parent?.id ?? '',
        benchmarkType: b.benchmarkType,
        dataType: b.dataType,
        defaultOnComparison: b.defaultOnComparison,
        description: b.description,
      })}
      create={(values) =>
        create({
          variables: { input: { ...withoutEmpty(details(values)), parentId: text(values, 'parentId') || null } },
        })
      }
      // parentId is always sent on update: null is how a benchmark becomes top-level again.
      update={(b, values) =>
        update({ variables: { input: { id: b.id, ...details(values), parentId: text(values, 'parentId') || null } } })
      }
      remove={(b) => remove({ variables: { input: { id: b.id } } })}
      deleteQuestion={(b) => `Delete benchmark “${b.name}” with all its results? Benchmarks under it become top-level.`}
    />
  );
}
