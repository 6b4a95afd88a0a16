/**
 * How big a chart is, and whether a quantity is one chart or small multiples.
 *
 * The readability rules (Codespeed squeezed 36 series × 50 benchmarks into one
 * 600-pixel plot, bars a fraction of a pixel wide, and covered it with its
 * legend):
 * - a bar is never thinner than MIN_BAR_PX; a horizontal chart grows in height
 *   with its categories instead (the page scrolls, the chart does not squash);
 * - when one chart would need more than MAX_SINGLE_BARS bars, or bars thinner
 *   than MIN_BAR_PX, each benchmark gets a panel of its own (small multiples):
 *   a grid that wraps with the page's width, every panel with the series in
 *   the same place and colour, and its own scale for absolute values, so a
 *   0.1 s benchmark is not a flat line beside a 100 s one;
 * - stacked bars (one per series) whose labels would not fit side by side,
 *   even at an angle, are drawn horizontally, labels beside their bars;
 * - the legend is never drawn over the plot: it is HTML beside or below it.
 */

export const MIN_BAR_PX = 3;
export const MAX_SINGLE_BARS = 240;
const CHAR_PX = 7; // average width of a 12px label character, a little generous
const MAX_LABEL_CHARS = 36;

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface LayoutInput {
  categories: number;
  /** Bars side by side in a category. */
  slots: number;
  horizontal: boolean;
  stacked: boolean;
  /** Width available to the chart, in pixels. */
  width: number;
  /** Characters of the longest line of a category label. */
  longestLabel: number;
  /** Lines of the tallest category label (a stacked bar's column, then its environment). */
  labelLines?: number;
}

export interface ChartLayout {
  mode: 'single' | 'panels';
  /** The orientation drawn: the one asked for, unless it cannot be read. */
  horizontal: boolean;
  /** Panels per row (1 for a single chart). */
  columns: number;
  /** Of one chart or one panel. */
  width: number;
  height: number;
  /** A bar's thickness. */
  barPx: number;
  padding: Padding;
  /** Category labels at an angle, when they would overlap side by side. */
  angledLabels: boolean;
}

export function labelChars(label: string): number {
  return Math.min(Math.max(...label.split('\n').map((line) => line.length)), MAX_LABEL_CHARS);
}

/** Thickness of horizontal bars: generous for a few series, thin (but countable) for many. */
function horizontalBarPx(slots: number): number {
  if (slots <= 2) return 18;
  if (slots <= 4) return 14;
  if (slots <= 8) return 10;
  if (slots <= 16) return 7;
  return 5;
}

export function chooseLayout(input: LayoutInput): ChartLayout {
  if (input.stacked && !input.horizontal) {
    // A stacked bar's label names a column and an environment: it is read upright or not at all.
    const vertical = verticalSingle(input);
    const fits = !vertical.angledLabels && (input.labelLines ?? 1) === 1;
    return fits ? vertical : horizontalSingle({ ...input, horizontal: true });
  }
  const single = input.horizontal ? horizontalSingle(input) : verticalSingle(input);
  const tooMany = !input.stacked && input.categories * input.slots > MAX_SINGLE_BARS;
  if (input.stacked || (!tooMany && single.barPx >= MIN_BAR_PX)) return single;
  return panels(input);
}

function verticalSingle(input: LayoutInput): ChartLayout {
  const right = 16;
  const plot = Math.max(100, input.width - 72 - right);
  const categoryPx = plot / Math.max(1, input.categories);
  const fill = input.stacked ? 0.6 : 0.82;
  const barPx = Math.min(input.stacked ? 56 : 40, (categoryPx * fill) / Math.max(1, input.slots));
  const angledLabels = input.longestLabel * CHAR_PX > categoryPx - 6;
  // An angled label (40°) needs about 0.65 of its length downwards, and the
  // first one reaches left of its bar by 0.77 of its length.
  const labelPx = input.longestLabel * CHAR_PX;
  const bottom = 32 + (angledLabels ? Math.round(labelPx * 0.65) : 0);
  const left = angledLabels ? Math.max(72, Math.round(labelPx * 0.77 - categoryPx / 2 + 8)) : 72;
  return {
    mode: 'single',
    horizontal: false,
    columns: 1,
    width: input.width,
    height: 320 + bottom,
    barPx,
    padding: { top: 28, bottom, left, right },
    angledLabels,
  };
}

function horizontalSingle(input: LayoutInput): ChartLayout {
  const barPx = input.stacked ? 20 : horizontalBarPx(input.slots);
  const categoryPx = Math.max((input.labelLines ?? 1) > 1 ? 34 : 26, (input.slots * barPx) / 0.8);
  const left = Math.round(Math.min(input.longestLabel, MAX_LABEL_CHARS) * CHAR_PX) + 16;
  const padding = { top: 12, bottom: 50, left, right: 24 };
  return {
    mode: 'single',
    horizontal: true,
    columns: 1,
    width: input.width,
    height: Math.round(input.categories * categoryPx) + padding.top + padding.bottom,
    barPx,
    padding,
    angledLabels: false,
  };
}

const PANEL_GAP = 12;

/** Small multiples: a panel per category, as many per row as fit at a readable size. */
function panels(input: LayoutInput): ChartLayout {
  const padding = { top: 30, bottom: 36, left: 52, right: 12 };
  const barPx = input.horizontal ? Math.max(4, Math.min(10, horizontalBarPx(input.slots))) : 0;
  const minWidth = input.horizontal ? 240 : Math.max(200, input.slots * 6 + padding.left + padding.right);
  const columns = Math.max(1, Math.floor((input.width + PANEL_GAP) / (minWidth + PANEL_GAP)));
  const width = Math.floor((input.width - PANEL_GAP * (columns - 1)) / columns);
  if (input.horizontal) {
    const plot = (input.slots * barPx) / 0.85;
    return {
      mode: 'panels',
      horizontal: true,
      columns,
      width,
      height: Math.round(plot) + padding.top + padding.bottom,
      barPx,
      padding: { ...padding, left: 12 },
      angledLabels: false,
    };
  }
  const plot = width - padding.left - padding.right;
  return {
    mode: 'panels',
    horizontal: false,
    columns,
    width,
    height: 210,
    barPx: Math.max(MIN_BAR_PX, Math.min(24, (plot * 0.85) / Math.max(1, input.slots))),
    padding,
    angledLabels: false,
  };
}

/** A label cut to fit beside an axis; the full text is in the tooltip and the table. */
export function shortLabel(label: string): string {
  return label
    .split('\n')
    .map((line) => (line.length > MAX_LABEL_CHARS ? `${line.slice(0, MAX_LABEL_CHARS - 1)}…` : line))
    .join('\n');
}
