import { escapeXml, legendLayout, serializeChart } from '../../charts/export';
import { FONT_FAMILY, type ChartColors } from '../../charts/theme';

export interface ExportLegendEntry {
  label: string;
  colour: string;
}

export interface ComparisonExportMeta {
  title: string;
  subtitle: string;
  legend: ExportLegendEntry[];
  colors: ChartColors;
}

const TITLE_HEIGHT = 48;
const ROW_HEIGHT = 20;
const MARGIN = 16;

/** A placed chart: its markup and where it sits in the picture. */
export interface PlacedChart {
  markup: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One standalone SVG of a quantity: title, every chart where it is on screen
 * (a whole chart, or a grid of small multiples), and the legend below with
 * square swatches for bars. The timeline's composer (charts/export) draws one
 * chart and line swatches; this one reuses its legend layout and escaping.
 */
export function composeComparisonSvg(charts: readonly PlacedChart[], meta: ComparisonExportMeta): string {
  const { colors } = meta;
  const width = Math.max(320, ...charts.map((c) => c.x + c.width)) + 2 * MARGIN;
  const chartsHeight = Math.max(0, ...charts.map((c) => c.y + c.height));
  const positions = legendLayout(
    meta.legend.map((e) => e.label),
    width,
  );
  const legendHeight = meta.legend.length ? (positions.at(-1)?.y ?? 0) + ROW_HEIGHT + 16 : 0;
  const height = TITLE_HEIGHT + chartsHeight + legendHeight;
  const legendTop = TITLE_HEIGHT + chartsHeight + 8;
  const legend = meta.legend
    .map((entry, i) => {
      const { x, y } = positions[i]!;
      const top = legendTop + y;
      return (
        `<rect x="${x}" y="${top}" width="14" height="14" rx="2" fill="${escapeXml(entry.colour)}"/>` +
        `<text x="${x + 20}" y="${top + 11}" fill="${colors.fg}" font-size="12">${escapeXml(entry.label)}</text>`
      );
    })
    .join('');
  const body = charts
    .map((c) => `<g transform="translate(${MARGIN + c.x} ${TITLE_HEIGHT + c.y})">${c.markup}</g>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(FONT_FAMILY)}">` +
    `<rect width="100%" height="100%" fill="${colors.bg}"/>` +
    `<text x="${MARGIN}" y="22" fill="${colors.fg}" font-size="15" font-weight="600">${escapeXml(meta.title)}</text>` +
    `<text x="${MARGIN}" y="40" fill="${colors.muted}" font-size="12">${escapeXml(meta.subtitle)}</text>` +
    body +
    legend +
    `</svg>`
  );
}

/** The charts under `container`, serialized, at their places relative to it. */
export function placedCharts(container: HTMLElement): PlacedChart[] {
  const origin = container.getBoundingClientRect();
  const svgs = container.querySelectorAll<SVGSVGElement>('.cmp-chart-svg > svg:first-of-type');
  return [...svgs].map((svg) => {
    const box = svg.getBoundingClientRect();
    const { markup, width, height } = serializeChart(svg);
    return {
      markup,
      x: Math.round(box.left - origin.left),
      y: Math.round(box.top - origin.top),
      width,
      height,
    };
  });
}
