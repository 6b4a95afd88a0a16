import { describe, expect, it } from 'vitest';
import { contrast, ensureContrast, isDark, MIN_CONTRAST, seriesColor, seriesDash, seriesSymbol } from './palette';

const LIGHT_BG = '#ffffff';
const DARK_BG = '#14171c';

describe('series colours', () => {
  it.each([LIGHT_BG, DARK_BG])('stand out from the %s background, for 40 series', (background) => {
    for (let i = 0; i < 40; i++)
      expect(contrast(seriesColor(i, background), background)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it.each([LIGHT_BG, DARK_BG])('are all different for the first 24 series on %s', (background) => {
    const colors = Array.from({ length: 24 }, (_, i) => seriesColor(i, background));
    expect(new Set(colors).size).toBe(24);
  });

  it('keeps a colour that already contrasts enough', () => {
    expect(ensureContrast('#1f77b4', LIGHT_BG, 3)).toBe('#1f77b4');
  });

  it('lightens on dark backgrounds and darkens on light ones', () => {
    expect(isDark(DARK_BG)).toBe(true);
    expect(isDark(LIGHT_BG)).toBe(false);
    const onDark = ensureContrast('#393b79', DARK_BG, 3);
    expect(contrast(onDark, DARK_BG)).toBeGreaterThanOrEqual(3);
    const onLight = ensureContrast('#bcbd22', LIGHT_BG, 3);
    expect(contrast(onLight, LIGHT_BG)).toBeGreaterThanOrEqual(3);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#777777', '#777777')).toBeCloseTo(1);
  });
});

describe('dashes and symbols', () => {
  it('draw the first branch solid and cycle after', () => {
    expect(seriesDash(0)).toBe('');
    expect(seriesDash(1)).not.toBe('');
    expect(seriesDash(5)).toBe(seriesDash(0));
  });

  it('give benchmarks distinct symbols, circle first', () => {
    expect(seriesSymbol(0)).toBe('circle');
    expect(new Set(Array.from({ length: 8 }, (_, i) => seriesSymbol(i))).size).toBe(8);
  });
});
