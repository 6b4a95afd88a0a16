import { graphql, useFragment, type FragmentType } from '../../../gql';
import { groupBy } from '../groupBy';
import { PickerGroup, toggled } from './PickerGroup';

export const ComparisonBenchmarkPicker_BenchmarkFragment = graphql(`
  fragment ComparisonBenchmarkPicker_Benchmark on Benchmark {
    id
    name
    description
    unitsTitle
    units
  }
`);

interface BenchmarkPickerProps {
  benchmarks: FragmentType<typeof ComparisonBenchmarkPicker_BenchmarkFragment>[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Benchmarks grouped by quantity (each quantity is a chart of its own), by name within a group. */
export function BenchmarkPicker({ benchmarks: refs, selected, onChange }: BenchmarkPickerProps) {
  const benchmarks = [...useFragment(ComparisonBenchmarkPicker_BenchmarkFragment, refs)].sort(
    (a, b) => a.unitsTitle.localeCompare(b.unitsTitle) || a.name.localeCompare(b.name),
  );
  return (
    <fieldset className="cmp-fieldset">
      <legend>Benchmarks</legend>
      {groupBy(benchmarks, (b) => b.unitsTitle).map((group) => {
        const ids = group.map((b) => b.id);
        const chosen = ids.filter((id) => selected.includes(id)).length;
        return (
          <PickerGroup
            key={group[0]!.unitsTitle}
            title={`${group[0]!.unitsTitle} (${chosen}/${ids.length})`}
            onAll={() => onChange(toggled(selected, ids, true))}
            onNone={() => onChange(toggled(selected, ids, false))}
          >
            {/* A long list scrolls in its own box, so the environments below stay in reach. */}
            <div className={group.length > 12 ? 'cmp-checks cmp-checks-long' : 'cmp-checks'}>
              {group.map((benchmark) => (
                <label key={benchmark.id} className="cmp-check" title={benchmark.description || undefined}>
                  <input
                    type="checkbox"
                    checked={selected.includes(benchmark.id)}
                    onChange={(event) => onChange(toggled(selected, [benchmark.id], event.target.checked))}
                    data-benchmark-id={benchmark.id}
                  />
                  {benchmark.name}
                </label>
              ))}
            </div>
          </PickerGroup>
        );
      })}
    </fieldset>
  );
}
