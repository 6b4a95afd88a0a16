import { useState, type RefObject } from 'react';
import { chartSvg, download, fileName, svgToPng, toCsv, type ExportMeta } from '../../charts/export';
import { formatValue } from '../../lib/numbers';
import type { ChartColors } from '../../charts/theme';
import { csvRows, type PlotGroup } from './plotGroups';

interface Props {
  /** The element holding the plot's <svg>. */
  chartBox: RefObject<HTMLDivElement | null>;
  group: PlotGroup;
  environment: string;
  subtitle: string;
  colors: ChartColors;
}

/** The plot as SVG or PNG (with a title and the legend drawn in), its points as CSV. */
export function ExportButtons({ chartBox, group, environment, subtitle, colors }: Props) {
  const [failure, setFailure] = useState<string | null>(null);
  const title = `${group.title} — ${environment}`;
  const meta = (): ExportMeta => ({
    title,
    subtitle,
    colors,
    legend: [
      ...group.series.map((s) => ({ label: s.label, color: s.color, dash: s.dash })),
      ...group.baselines.map((b) => ({
        label: `${b.label}: ${formatValue(b.value)}${group.units ? ` ${group.units}` : ''}`,
        color: colors.fg,
        dash: '6 4',
      })),
    ],
  });
  const svg = () => {
    const element = chartBox.current?.querySelector('svg');
    if (!element) throw new Error('The plot is not drawn yet.');
    return chartSvg(element, meta()).text;
  };
  const run = (action: () => Promise<void> | void) => () => {
    setFailure(null);
    Promise.resolve()
      .then(action)
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  };
  return (
    <div className="tl-export" role="group" aria-label={`Export ${group.title}`}>
      <span className="tl-export-label">Export</span>
      <button type="button" onClick={run(() => download(fileName(title, 'svg'), svg(), 'image/svg+xml'))}>
        SVG
      </button>
      <button type="button" onClick={run(async () => download(fileName(title, 'png'), await svgToPng(svg())))}>
        PNG
      </button>
      <button
        type="button"
        onClick={run(() => download(fileName(title, 'csv'), toCsv(csvRows(group, environment)), 'text/csv'))}
      >
        CSV
      </button>
      {failure && (
        <span className="status-error" role="alert">
          {failure}
        </span>
      )}
    </div>
  );
}
