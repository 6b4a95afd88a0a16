import { tooltipBox } from '../../charts/plotPaths';
import { FONT_FAMILY, type ChartColors } from '../../charts/theme';

interface Props {
  /** The point, in pixels of the chart's SVG. */
  at: { px: number; py: number };
  /** The first line names the series and is set in bold. */
  lines: string[];
  colors: ChartColors;
  bounds: { width: number; height: number };
}

const FONT_SIZE = 12;
const LINE_HEIGHT = Math.round(FONT_SIZE * 1.35);
const PAD = { x: 10, y: 6 };
/** Past the point, for the pointer. */
const GAP = 8;
/** A generous average advance of system-ui at 12px: the box is sized before the text is laid out. */
const CHAR_WIDTH = 6.9;

/**
 * A point's tooltip inside the chart's SVG (so it shows in a screenshot of
 * the page, and never in an export, where nothing is hovered): the series in
 * bold, then date, value ± std dev, bands, commit and tag, in the theme's
 * panel colours, kept inside the chart.
 */
export function PlotTooltip({ at, lines, colors, bounds }: Props) {
  const w =
    Math.ceil(Math.max(...lines.map((line, i) => line.length * (i === 0 ? CHAR_WIDTH + 0.5 : CHAR_WIDTH)))) + 2 * PAD.x;
  const h = lines.length * LINE_HEIGHT + 2 * PAD.y;
  const box = tooltipBox(at, { w, h }, bounds, GAP);
  const tipX = Math.min(Math.max(at.px, box.x + 8), box.x + w - 8);
  const pointer = box.below
    ? `M${tipX - 5},${box.y}L${tipX},${box.y - GAP + 2}L${tipX + 5},${box.y}`
    : `M${tipX - 5},${box.y + h}L${tipX},${box.y + h + GAP - 2}L${tipX + 5},${box.y + h}`;
  return (
    <g className="tl-tooltip" pointerEvents="none">
      <rect x={box.x} y={box.y} width={w} height={h} rx={4} fill={colors.panel} stroke={colors.border} />
      <path d={pointer} fill={colors.panel} stroke={colors.border} />
      {/* Covers the box's border where the pointer joins it. */}
      <rect x={tipX - 4} y={box.below ? box.y : box.y + h - 1.5} width={8} height={1.5} fill={colors.panel} />
      <text x={box.x + PAD.x} y={box.y + PAD.y} fontFamily={FONT_FAMILY} fontSize={FONT_SIZE} fill={colors.fg}>
        {lines.map((line, i) => (
          <tspan
            key={i}
            x={box.x + PAD.x}
            dy={i === 0 ? FONT_SIZE : LINE_HEIGHT}
            fontWeight={i === 0 ? 600 : undefined}
          >
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
