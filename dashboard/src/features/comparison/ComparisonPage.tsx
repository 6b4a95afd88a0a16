import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useFrameWidth } from '../../app/frame';
import { useAllPages } from '../../app/useAllPages';
import { QueryError } from '../../components/QueryError';
import { useFragment } from '../../gql';
import './comparison.css';
import './controls/controls.css';
import './ComparisonTable.css';
import {
  ComparisonBenchmarksPageQuery,
  ComparisonOptionsQuery,
  ComparisonPage_BenchmarkFragment,
  ComparisonQuery,
} from './comparison.queries';
import { chartTypeFromSetting, directionFromSetting, type ComparisonParams } from './comparisonParams';
import { ComparisonResults } from './ComparisonResults';
import { BenchmarkPicker } from './controls/BenchmarkPicker';
import { ChartOptions } from './controls/ChartOptions';
import { EnvironmentPicker } from './controls/EnvironmentPicker';
import { ColumnPicker, ComparisonColumnPicker_ColumnFragment } from './controls/ColumnPicker';
import { seriesColour } from './palette';
import { defaultBenchmarkIds, resolveSelection } from './selection';
import { useComparisonParams } from './useComparisonParams';

/**
 * The Comparison view (Codespeed's comparison page): executables at chosen
 * revisions side by side, per quantity, optionally normalized to a baseline.
 * The address holds every choice; what it leaves out takes the defaults of
 * the API (columns, benchmarks, environments, baseline) and of the settings
 * (chart type, direction).
 */
export default function ComparisonPage() {
  useFrameWidth('full');
  const [params, setParams] = useComparisonParams();
  const options = useQuery(ComparisonOptionsQuery);
  // The options with every benchmark, past the first page of 500.
  const benchmarks = useFragment(
    ComparisonPage_BenchmarkFragment,
    useAllPages(options.data?.benchmarks, ComparisonBenchmarksPageQuery, 'benchmarks'),
  );
  const offered = useMemo(
    () =>
      options.data && benchmarks
        ? { ...options.data, benchmarks: { ...options.data.benchmarks, nodes: benchmarks } }
        : undefined,
    [options.data, benchmarks],
  );
  const columnsOffered = useFragment(ComparisonColumnPicker_ColumnFragment, offered?.comparisonColumns ?? []);
  const selection = useMemo(
    () =>
      offered
        ? resolveSelection(params, {
            columns: offered.comparisonColumns,
            benchmarks: offered.benchmarks.nodes,
            environments: offered.environments.nodes,
          })
        : null,
    [params, offered],
  );
  const result = useQuery(ComparisonQuery, {
    variables: { input: selection?.input ?? {} },
    skip: !selection || selection.empty !== null,
  });
  const comparison = (result.data ?? result.previousData)?.comparison ?? null;

  // The selections in effect: the link's, else the defaults the API chose.
  const cols = selection?.cols ?? comparison?.columns.map((c) => c.key) ?? null;
  const ben = selection?.ben ?? (offered ? defaultBenchmarkIds(offered.benchmarks.nodes) : null);
  const env = selection?.env ?? comparison?.environments.map((e) => e.id) ?? null;
  const base =
    selection?.base !== undefined ? selection.base : comparison ? (comparison.baseline?.key ?? null) : undefined;
  const type = params.type ?? chartTypeFromSetting(offered?.comparisonSettings.chartType);
  const dir = params.dir ?? directionFromSetting(offered?.comparisonSettings.orientation);

  /** Every change pins all the selections known so far, so the new address restores exactly this view. */
  function update(patch: Partial<ComparisonParams>) {
    const next: ComparisonParams = { cols, ben, env, base, type, dir, ...patch };
    // Relative bars need a baseline: the first column, as Codespeed's NORMALIZATION did.
    if (patch.type === 'relative' && !next.base && next.cols?.length) next.base = next.cols[0]!;
    if (patch.base === null && next.type === 'relative') next.type = 'normal';
    setParams(next);
  }

  if (options.error) {
    return (
      <section className="cmp-page">
        <h1>Comparison</h1>
        <QueryError
          title="Could not load what there is to compare"
          error={options.error}
          retry={() => void options.refetch()}
        />
      </section>
    );
  }

  const environmentCount = env?.length ?? offered?.environments.nodes.length ?? 1;
  return (
    <section className="cmp-page">
      <h1>Comparison</h1>
      <div className="cmp-layout">
        <aside className="cmp-sidebar" aria-label="What to compare">
          {offered ? (
            <>
              <ColumnPicker
                columns={offered.comparisonColumns}
                selected={cols ?? []}
                colourOf={(key) => {
                  const index = cols?.indexOf(key) ?? -1;
                  return index < 0 ? undefined : seriesColour(index, cols!.length, 0, environmentCount);
                }}
                onChange={(keys) => update({ cols: keys })}
              />
              <BenchmarkPicker
                benchmarks={offered.benchmarks.nodes}
                selected={ben ?? []}
                onChange={(ids) => update({ ben: ids })}
              />
              <EnvironmentPicker
                environments={offered.environments.nodes}
                selected={env ?? []}
                onChange={(ids) => update({ env: ids })}
              />
            </>
          ) : (
            <p className="status" aria-busy="true">
              Loading the columns…
            </p>
          )}
        </aside>
        <div className="cmp-main">
          <div className="cmp-toolbar">
            <ChartOptions
              type={type}
              direction={dir}
              baseline={base ?? null}
              columns={columnsOffered}
              onType={(t) => update({ type: t })}
              onDirection={(d) => update({ dir: d })}
              onBaseline={(key) => update({ base: key })}
            />
          </div>
          {selection && selection.dropped > 0 && (
            <p className="cmp-note" role="status">
              {selection.dropped} entr{selection.dropped === 1 ? 'y' : 'ies'} of this link no longer exist
              {selection.dropped === 1 ? 's' : ''} and {selection.dropped === 1 ? 'was' : 'were'} left out.
            </p>
          )}
          <ComparisonResults
            loading={!offered || result.loading}
            error={result.error ?? null}
            retry={() => void result.refetch()}
            empty={selection?.empty ?? null}
            nothingOffered={!!offered && offered.comparisonColumns.length === 0}
            comparison={comparison}
            type={type}
            horizontal={dir === 'horizontal'}
          />
        </div>
      </div>
    </section>
  );
}
