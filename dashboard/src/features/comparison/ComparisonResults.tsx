import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { download, fileName } from '../../charts/export';
import { QueryError } from '../../components/QueryError';
import { useFragment, type FragmentType } from '../../gql';
import type { BarMode } from './chartBars';
import { ChartTooltip } from './ChartTooltip';
import { comparisonCsv } from './comparisonCsv';
import type { ChartType } from './comparisonParams';
import { QuantitySection, ComparisonQuantitySection_QuantityFragment } from './QuantitySection';
import type { EmptySelection } from './selection';
import { shapeQuantity, type ComparisonContext } from './shapeComparison';
import { createTipStore, TipContext } from './tipStore';

interface ComparisonData extends ComparisonContext {
  quantities: readonly ({ unitsTitle: string } & FragmentType<typeof ComparisonQuantitySection_QuantityFragment>)[];
}

interface ComparisonResultsProps {
  loading: boolean;
  error: Error | null;
  retry: () => void;
  empty: EmptySelection | null;
  nothingOffered: boolean;
  comparison: ComparisonData | null;
  type: ChartType;
  horizontal: boolean;
}

const EMPTY_MESSAGES: Record<EmptySelection, string> = {
  column: 'Pick at least one column: an executable at its latest revision or at a tag.',
  benchmark: 'Pick at least one benchmark.',
  environment: 'Pick at least one environment.',
};

/**
 * The charts, or what stands in for them: a message for an empty selection,
 * the error, or a loading note. The area keeps its height meanwhile, and a
 * new selection dims the previous charts rather than blanking them, so the
 * page does not jump.
 */
export function ComparisonResults(props: ComparisonResultsProps) {
  const { loading, error, retry, empty, nothingOffered, comparison, type, horizontal } = props;
  const [tips] = useState(createTipStore);
  // One context object per answer, so each section re-shapes only when the data changes.
  const context = useMemo<ComparisonContext | null>(
    () =>
      comparison
        ? { columns: comparison.columns, environments: comparison.environments, baseline: comparison.baseline }
        : null,
    [comparison],
  );
  const quantities = useFragment(ComparisonQuantitySection_QuantityFragment, comparison?.quantities ?? []);

  if (nothingOffered) {
    return (
      <div className="cmp-results cmp-message">
        <p>
          Nothing to compare yet: no executable has results. See <Link to="/">Home</Link> for how to post the first
          ones.
        </p>
      </div>
    );
  }
  if (empty) {
    return (
      <div className="cmp-results cmp-message" role="status">
        <p>{EMPTY_MESSAGES[empty]}</p>
      </div>
    );
  }
  if (error) {
    return (
      <div className="cmp-results cmp-message">
        <QueryError title="Could not compare" error={error} retry={retry} />
      </div>
    );
  }
  if (!comparison || !context) {
    return (
      <div className="cmp-results cmp-message" aria-busy="true">
        <p className="status">Loading the comparison…</p>
      </div>
    );
  }

  const relativeWithoutBaseline = type === 'relative' && !comparison.baseline;
  const mode: BarMode =
    type === 'stacked' ? 'stacked' : type === 'relative' && comparison.baseline ? 'relative' : 'grouped';
  const exportCsv = () => {
    const models = quantities.map((q) => shapeQuantity(q, context));
    download(fileName('comparison', 'csv'), comparisonCsv(models), 'text/csv');
  };

  return (
    <TipContext.Provider value={tips}>
      <div className={loading ? 'cmp-results cmp-stale' : 'cmp-results'} aria-busy={loading}>
        <div className="cmp-results-head">
          {relativeWithoutBaseline && (
            <p className="cmp-note" role="status">
              Relative bars compare with a baseline: choose one in “Normalize to”. Showing normal bars.
            </p>
          )}
          {comparison.quantities.length > 0 && (
            <button type="button" className="cmp-csv" onClick={exportCsv}>
              Download CSV
            </button>
          )}
        </div>
        {comparison.quantities.length === 0 && (
          <div className="cmp-message" role="status">
            <p>
              No results for this selection: these columns have no values for these benchmarks on these environments.
            </p>
          </div>
        )}
        {comparison.quantities.map((quantity) => (
          <QuantitySection
            key={quantity.unitsTitle}
            quantity={quantity}
            context={context}
            mode={mode}
            horizontal={horizontal}
          />
        ))}
      </div>
      <ChartTooltip />
    </TipContext.Provider>
  );
}
