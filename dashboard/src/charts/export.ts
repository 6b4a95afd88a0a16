import { FONT_FAMILY, type ChartColors } from './theme';

/**
 * Export of a plot as SVG or PNG, and of its data as CSV. The on-screen legend
 * is HTML (it wraps and stays readable with many series), so an exported
 * image gets a title and a legend drawn into the SVG here.
 */

export interface LegendEntry {
  label: string;
  color: string;
  dash: string;
}

export interface ExportMeta {
  title: string;
  subtitle?: string;
  legend: LegendEntry[];
  colors: ChartColors;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Names come from results and may hold markup; in the SVG they are only ever text. */
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const TITLE_HEIGHT = 44;
const ROW_HEIGHT = 20;
const CHAR_WIDTH = 7;

/** Where each legend entry goes: left to right, wrapping at `width`. */
export function legendLayout(labels: string[], width: number): { x: number; y: number }[] {
  let x = 16;
  let y = 0;
  return labels.map((label) => {
    const itemWidth = 34 + label.length * CHAR_WIDTH + 18;
    if (x > 16 && x + itemWidth > width - 16) {
      x = 16;
      y += ROW_HEIGHT;
    }
    const at = { x, y };
    x += itemWidth;
    return at;
  });
}

/** A standalone SVG document: background, title, the chart's own markup, and the legend under it. */
export function composeSvg(chartMarkup: string, width: number, height: number, meta: ExportMeta): string {
  const { colors } = meta;
  const positions = legendLayout(
    meta.legend.map((e) => e.label),
    width,
  );
  const legendHeight = meta.legend.length ? (positions.at(-1)?.y ?? 0) + ROW_HEIGHT + 12 : 0;
  const total = TITLE_HEIGHT + height + legendHeight;
  const legend = meta.legend
    .map((entry, i) => {
      const { x, y } = positions[i]!;
      const top = TITLE_HEIGHT + height + y + 10;
      const dash = entry.dash ? ` stroke-dasharray="${escapeXml(entry.dash)}"` : '';
      return (
        `<line x1="${x}" x2="${x + 26}" y1="${top}" y2="${top}" stroke="${escapeXml(entry.color)}" stroke-width="2.5"${dash}/>` +
        `<text x="${x + 34}" y="${top + 4}" fill="${colors.fg}" font-size="12">${escapeXml(entry.label)}</text>`
      );
    })
    .join('');
  const subtitle = meta.subtitle
    ? `<text x="16" y="38" fill="${colors.muted}" font-size="12">${escapeXml(meta.subtitle)}</text>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" ` +
    `font-family="${escapeXml(FONT_FAMILY)}">` +
    `<rect width="100%" height="100%" fill="${colors.bg}"/>` +
    `<text x="16" y="20" fill="${colors.fg}" font-size="15" font-weight="600">${escapeXml(meta.title)}</text>` +
    subtitle +
    `<g transform="translate(0 ${TITLE_HEIGHT})">${chartMarkup}</g>` +
    legend +
    `</svg>`
  );
}

/** The chart's <svg> serialized with explicit size (Victory's is responsive, sized by its viewBox). */
export function serializeChart(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const box = svg.viewBox.baseVal;
  const width = Math.round(box?.width || svg.clientWidth || 600);
  const height = Math.round(box?.height || svg.clientHeight || 400);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('style');
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/** The plot as a standalone SVG document. */
export function chartSvg(svg: SVGSVGElement, meta: ExportMeta) {
  const { markup, width, height } = serializeChart(svg);
  return { text: composeSvg(markup, width, height, meta), width, height: height + TITLE_HEIGHT };
}

/** Draws an SVG document on a canvas at `scale` (2: sharp on high-density screens and in slides). */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Could not encode the PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export type CsvCell = string | number | null | undefined;

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula
 * (=, +, -, @ first) gets a leading apostrophe: executable and benchmark names
 * come from whoever posts results, and opening an export must not execute them.
 */
export function csvCell(value: CsvCell): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const toCsv = (rows: CsvCell[][]) => rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** Offers a file to the browser's downloads. */
export function download(filename: string, content: Blob | string, type = 'text/plain') {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go once the event loop turns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from a title: "float, int — Dual Core" → "float-int-dual-core". */
export const fileName = (title: string, extension: string) =>
  (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'timeline'
  ).slice(0, 80) + `.${extension}`;
