import { useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { download, fileName, svgToPng } from '../../charts/export';
import { useChartColors } from '../../charts/theme';
import { useElementWidth } from '../../charts/useElementWidth';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { BarChart } from './BarChart';
import type { BarMode } from './chartBars';
import { planCharts } from './chartPlan';
import { ComparisonLegend, legendEntries } from './ComparisonLegend';
import { ComparisonTable } from './ComparisonTable';
import { LazyPanel } from './LazyPanel';
import { composeComparisonSvg, placedCharts } from './exportComparison';
import { shapeQuantity, valueAxisLabel, type ComparisonContext } from './shapeComparison';

export const ComparisonQuantitySection_QuantityFragment = graphql(`
  fragment ComparisonQuantitySection_Quantity on ComparisonQuantity {
    unitsTitle
    units
    lessIsBetter
    benchmarks {
      id
      name
    }
    series {
      columnKey
      environment {
        id
      }
      revision {
        commitId
        tag
      }
      geometricMean
      points {
        benchmarkId
        value
        stdDev
        normalized
      }
    }
  }
`);

interface QuantitySectionProps {
  quantity: FragmentType<typeof ComparisonQuantitySection_QuantityFragment>;
  context: ComparisonContext;
  mode: BarMode;
  horizontal: boolean;
}

/** One quantity: its chart (or small multiples), legend, export buttons and table. */
export function QuantitySection({ quantity: ref, context, mode, horizontal }: QuantitySectionProps) {
  const quantity = useFragment(ComparisonQuantitySection_QuantityFragment, ref);
  const model = useMemo(() => shapeQuantity(quantity, context), [quantity, context]);
  const colors = useChartColors();
  const [measure, width] = useElementWidth<HTMLDivElement>(720);
  const plan = useMemo(() => planCharts(model, mode, horizontal, width), [model, mode, horizontal, width]);
  const [highlight, setHighlight] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [drawAll, setDrawAll] = useState(false);
  const charts = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const sectionId = useId();
  const { layout, specs } = plan;
  const title = `${model.title} (${model.units})`;

  async function exportChart(kind: 'svg' | 'png') {
    if (!charts.current) return;
    setExportError(null);
    // Panels not yet scrolled to are drawn first: the picture shows them all.
    flushSync(() => setDrawAll(true));
    const svg = composeComparisonSvg(placedCharts(charts.current), {
      title,
      subtitle: `${valueAxisLabel(model)} · Speedgraph comparison`,
      legend: legendEntries(model, mode),
      colors,
    });
    try {
      if (kind === 'svg') download(fileName(`comparison ${model.title}`, 'svg'), svg, 'image/svg+xml');
      else download(fileName(`comparison ${model.title}`, 'png'), await svgToPng(svg));
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section className="cmp-quantity" aria-labelledby={headingId} id={sectionId}>
      {/* The legend dims the other bars with one rule: no chart re-renders on hover. */}
      {highlight && <style>{`#${CSS.escape(sectionId)} .cmp-bar:not(.cmp-hl-${highlight}) { opacity: 0.18; }`}</style>}
      <header className="cmp-quantity-head">
        <h2 id={headingId}>
          {model.title} <small>{model.units}</small>
        </h2>
        <span className="cmp-quantity-meta">
          {model.benchmarks.length} benchmark{model.benchmarks.length === 1 ? '' : 's'} · {model.series.length} series ·{' '}
          {model.lessIsBetter ? 'less is better' : 'more is better'}
        </span>
        <span className="cmp-export" role="group" aria-label={`Export ${model.title}`}>
          <button type="button" onClick={() => void exportChart('png')}>
            PNG
          </button>
          <button type="button" onClick={() => void exportChart('svg')}>
            SVG
          </button>
        </span>
      </header>
      {exportError && <p className="status status-error">Export failed: {exportError}</p>}
      {layout.horizontal && !horizontal && (
        <p className="cmp-note">Drawn horizontally: {model.series.length} bars’ labels do not fit side by side.</p>
      )}
      {layout.mode === 'panels' && (
        <p className="cmp-note">
          {specs.length} panels, one per benchmark: {model.series.length} series are too many bars for one readable
          chart.
          {model.baselineLabel ? ' Panels share one scale.' : ' Each panel has its own scale.'}
        </p>
      )}
      <div className="cmp-plot">
        <div className="cmp-chart-area" ref={measure}>
          <div
            ref={charts}
            className={layout.mode === 'panels' ? 'cmp-panels' : 'cmp-single'}
            style={
              layout.mode === 'panels'
                ? { gridTemplateColumns: `repeat(${layout.columns}, ${layout.width}px)` }
                : undefined
            }
            data-layout={layout.mode}
          >
            {layout.mode === 'single'
              ? specs.map((spec) => (
                  <BarChart key={spec.id} spec={spec} layout={layout} colors={colors} panel={false} />
                ))
              : specs.map((spec) => (
                  <LazyPanel key={spec.id} width={layout.width} height={layout.height} eager={drawAll}>
                    <BarChart spec={spec} layout={layout} colors={colors} panel />
                  </LazyPanel>
                ))}
          </div>
        </div>
        <aside className="cmp-legend-area" aria-label={`${model.title} legend`}>
          <ComparisonLegend model={model} mode={mode} onHighlight={setHighlight} />
        </aside>
      </div>
      <ComparisonTable model={model} />
    </section>
  );
}
