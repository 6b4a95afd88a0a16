import { describe, expect, it } from 'vitest';
import { bandPath, errorBarPath, linePath, nearestPoint, toPixels, tooltipBox, type PixelScale } from './plotPaths';
import type { LineDatum } from './series';

// x: 0..10 → 0..100 px; y: 0..10 → 100..0 px (up is smaller, as in SVG).
const scale: PixelScale = { x: (v) => v * 10, y: (v) => 100 - v * 10 };

const datum = (x: number, y: number, revisionId = String(x)): LineDatum => ({
  x,
  y,
  seriesKey: 's',
  point: {
    revisionId,
    commitId: `c${revisionId}`,
    date: '2026-01-01T00:00:00Z',
    orderedAt: '2026-01-01T00:00:00Z',
    tag: '',
    value: y,
  },
});

describe('plot paths', () => {
  it('draws a line through the points in the order they came (history’s, even where a date goes back)', () => {
    const pixels = toPixels([datum(1, 1), datum(3, 2), datum(2, 5)], scale);
    expect(pixels.map((p) => p.datum.x)).toEqual([1, 3, 2]);
    expect(linePath(pixels)).toBe('M10,90L30,80L20,50');
    expect(linePath([])).toBe('');
  });

  it('closes a band along its upper edge forwards and its lower edge back', () => {
    expect(
      bandPath(
        [
          { x: 1, y: 4, y0: 2 },
          { x: 2, y: 6, y0: 3 },
        ],
        scale,
      ),
    ).toBe('M10,60L20,40L20,70L10,80Z');
    expect(bandPath([], scale)).toBe('');
  });

  it('draws every error bar of a series in one path, arms as long as their std devs, with caps', () => {
    const d = errorBarPath(
      [
        { x: 1, y: 5, errorY: [1, 2] },
        { x: 4, y: 5, errorY: [0.5, 0.5] },
      ],
      scale,
      4,
    );
    expect(d).toBe('M10,40V70M8,40h4M8,70h4' + 'M40,45V55M38,45h4M38,55h4');
  });

  it('finds the nearest point across series within the radius, and none beyond it', () => {
    const a = toPixels([datum(1, 1), datum(5, 5)], scale);
    const b = toPixels([datum(5, 7, 'b5')], scale);
    // (52, 48) is 2.8 px from a's (50, 50) and 22 px from b's (50, 30).
    expect(nearestPoint([a, b], 52, 48, 36)?.datum.point.revisionId).toBe('5');
    expect(nearestPoint([a, b], 50, 33, 36)?.datum.point.revisionId).toBe('b5');
    expect(nearestPoint([a, b], 95, 5, 10)).toBeNull();
    expect(nearestPoint([], 0, 0, 36)).toBeNull();
  });

  it('puts a tooltip above its point, below it near the top, and inside the chart at the sides', () => {
    const bounds = { width: 300, height: 200 };
    expect(tooltipBox({ px: 150, py: 150 }, { w: 100, h: 60 }, bounds, 8)).toEqual({ x: 100, y: 82, below: false });
    expect(tooltipBox({ px: 150, py: 30 }, { w: 100, h: 60 }, bounds, 8)).toEqual({ x: 100, y: 38, below: true });
    expect(tooltipBox({ px: 10, py: 150 }, { w: 100, h: 60 }, bounds, 8).x).toBe(0);
    expect(tooltipBox({ px: 295, py: 150 }, { w: 100, h: 60 }, bounds, 8).x).toBe(200);
  });
});
