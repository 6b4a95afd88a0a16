import { describe, expect, it } from 'vitest';
import { chooseLayout, labelChars, MIN_BAR_PX, shortLabel } from './chartLayout';

const base = { horizontal: false, stacked: false, width: 900, longestLabel: 8 };

describe('the size of a comparison chart', () => {
  it('draws a few series and benchmarks as one chart', () => {
    const layout = chooseLayout({ ...base, categories: 2, slots: 8 });
    expect(layout.mode).toBe('single');
    expect(layout.barPx).toBeGreaterThanOrEqual(MIN_BAR_PX);
    expect(layout.horizontal).toBe(false);
  });

  it('turns 36 series × 50 benchmarks into small multiples that wrap with the width', () => {
    const layout = chooseLayout({ ...base, categories: 50, slots: 36 });
    expect(layout.mode).toBe('panels');
    expect(layout.barPx).toBeGreaterThanOrEqual(MIN_BAR_PX);
    expect(layout.columns * layout.width).toBeLessThanOrEqual(900);
    expect(chooseLayout({ ...base, categories: 50, slots: 36, width: 1800 }).columns).toBeGreaterThan(layout.columns);
  });

  it('grows a horizontal chart with its benchmarks instead of squashing the bars', () => {
    const few = chooseLayout({ ...base, horizontal: true, categories: 2, slots: 4 });
    const more = chooseLayout({ ...base, horizontal: true, categories: 20, slots: 4 });
    expect(more.mode).toBe('single');
    expect(more.barPx).toBe(few.barPx);
    expect(more.height).toBeGreaterThan(few.height * 5);
  });

  it('angles crowded labels of a vertical chart and makes room under it', () => {
    const layout = chooseLayout({ ...base, categories: 30, slots: 2, longestLabel: 20 });
    expect(layout.angledLabels).toBe(true);
    expect(layout.padding.bottom).toBeGreaterThan(60);
  });

  it('draws stacked bars horizontally when their labels would not fit upright', () => {
    expect(chooseLayout({ ...base, stacked: true, categories: 36, slots: 1, longestLabel: 20 }).horizontal).toBe(true);
    expect(chooseLayout({ ...base, stacked: true, categories: 3, slots: 1, longestLabel: 5 }).horizontal).toBe(false);
    const twoLines = chooseLayout({ ...base, stacked: true, categories: 3, slots: 1, longestLabel: 5, labelLines: 2 });
    expect(twoLines.horizontal).toBe(true);
  });

  it('cuts long labels, line by line', () => {
    const long = 'x'.repeat(48);
    expect(shortLabel(long)).toHaveLength(36);
    expect(shortLabel(`${long}\nQuad Core`).split('\n')[1]).toBe('Quad Core');
    expect(labelChars(`abc\nQuad Core`)).toBe(9);
  });
});
