import type { BandDatum, ErrorDatum, LineDatum } from './series';

/**
 * SVG paths of a plot's data, each a single `d` for a whole series: a line,
 * a band, all its error bars. One element per series instead of Victory's
 * one component (and often one element) per datum: at 5 × 1,000 points,
 * Victory's per-datum props, events and style evaluation were most of the
 * time to the first plot.
 */

/** Data to pixels: the scales Victory hands a chart's children (d3 scales), or any function alike. */
export interface PixelScale {
  x: (value: number) => number;
  y: (value: number) => number;
}

/** A datum where it is drawn. */
export interface PixelPoint {
  px: number;
  py: number;
  datum: LineDatum;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The pixel positions of a line's data, in the order they came: the API's
 * history order (charts/series.ts, historyOrder), which a line follows even
 * where a date axis has a commit dated before its parent.
 */
export function toPixels(data: readonly LineDatum[], scale: PixelScale): PixelPoint[] {
  return data.map((datum) => ({ px: scale.x(datum.x), py: scale.y(datum.y), datum }));
}

/** A polyline through the points; empty when there is none. */
export function linePath(points: readonly { px: number; py: number }[]): string {
  let d = '';
  for (const [i, p] of points.entries()) d += `${i ? 'L' : 'M'}${round(p.px)},${round(p.py)}`;
  return d;
}

/** A band from y0 to y along its series (in the order of its points), closed: upper edge forwards, lower edge back. */
export function bandPath(data: readonly BandDatum[], scale: PixelScale): string {
  if (data.length === 0) return '';
  let d = '';
  for (const [i, b] of data.entries()) d += `${i ? 'L' : 'M'}${round(scale.x(b.x))},${round(scale.y(b.y))}`;
  for (let i = data.length - 1; i >= 0; i--) {
    const b = data[i]!;
    d += `L${round(scale.x(b.x))},${round(scale.y(b.y0))}`;
  }
  return d + 'Z';
}

/** Every error bar of a series: a vertical stroke from y − below to y + above, with a cap `cap` px wide at each end. */
export function errorBarPath(data: readonly ErrorDatum[], scale: PixelScale, cap = 4): string {
  const half = cap / 2;
  let d = '';
  for (const e of data) {
    const x = round(scale.x(e.x));
    const top = round(scale.y(e.y + e.errorY[0]));
    const bottom = round(scale.y(e.y - e.errorY[1]));
    d += `M${x},${top}V${bottom}M${round(x - half)},${top}h${cap}M${round(x - half)},${bottom}h${cap}`;
  }
  return d;
}

/**
 * The point nearest to (x, y) within `radius` pixels, among every series;
 * null when none is that close. What Victory's Voronoi container answered,
 * without building a Delaunay triangulation of every point first.
 */
export function nearestPoint(
  series: readonly (readonly PixelPoint[])[],
  x: number,
  y: number,
  radius: number,
): PixelPoint | null {
  let best: PixelPoint | null = null;
  let bestDistance = radius * radius;
  for (const points of series) {
    for (const p of points) {
      const dx = p.px - x;
      if (dx * dx > bestDistance) continue;
      const distance = dx * dx + (p.py - y) ** 2;
      if (distance <= bestDistance) {
        best = p;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/**
 * Where a tooltip of `w` × `h` goes for a point at (px, py): centred above it,
 * `gap` px away; below it when there is no room above; shifted sideways to
 * stay inside `bounds` (VictoryTooltip's constrainToVisibleArea).
 */
export function tooltipBox(
  point: { px: number; py: number },
  size: { w: number; h: number },
  bounds: { width: number; height: number },
  gap: number,
): { x: number; y: number; below: boolean } {
  const below = point.py - gap - size.h < 0;
  const y = below ? Math.min(point.py + gap, bounds.height - size.h) : point.py - gap - size.h;
  const x = Math.min(Math.max(point.px - size.w / 2, 0), Math.max(bounds.width - size.w, 0));
  return { x, y, below };
}
