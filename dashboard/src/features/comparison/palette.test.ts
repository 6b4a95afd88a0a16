import { describe, expect, it } from 'vitest';
import { columnHue, hueSlot, oklchToHex, seriesColour } from './palette';

describe('series colours', () => {
  it('converts OKLCH to the sRGB hex CSS would give', () => {
    expect(oklchToHex(0, 0, 0)).toBe('#000000');
    expect(oklchToHex(1, 0, 0)).toBe('#ffffff');
    // oklch(0.628 0.2577 29.23) is CSS red.
    expect(oklchToHex(0.62796, 0.25768, 29.2339)).toBe('#ff0000');
  });

  it('spreads the hues of 18 columns evenly, neighbouring columns far apart', () => {
    const hues = Array.from({ length: 18 }, (_, i) => columnHue(i, 18));
    const gap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));
    for (let i = 1; i < hues.length; i++) expect(gap(hues[i]!, hues[i - 1]!)).toBeGreaterThan(90);
    const sorted = [...hues].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeCloseTo(20);
  });

  it('visits every hue once, whatever the number of columns', () => {
    for (const count of [1, 2, 3, 6, 10, 18, 36]) {
      const slots = new Set(Array.from({ length: count }, (_, i) => hueSlot(i, count)));
      expect(slots.size).toBe(count);
    }
  });

  it('gives environments shades of their column’s colour, and every series its own colour', () => {
    const colours = new Set<string>();
    for (let c = 0; c < 18; c++) for (let e = 0; e < 2; e++) colours.add(seriesColour(c, 18, e, 2));
    expect(colours.size).toBe(36);
    const lightness = (hex: string) =>
      parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
    expect(lightness(seriesColour(0, 18, 1, 2))).toBeGreaterThan(lightness(seriesColour(0, 18, 0, 2)));
  });
});
