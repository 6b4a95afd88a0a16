/**
 * Series colours, dash patterns and point symbols.
 *
 * Codespeed cycled through nine colours, some of them pale yellow on a cream
 * background; past nine executables two lines shared a colour. Here the first
 * sixteen colours are hand-picked hues (d3's category10, then darker
 * companions), every one adjusted until it contrasts at least 3:1 with the
 * page's background (WCAG's figure for graphics), so the same list works on
 * the light and the dark theme. Past sixteen, hues step by the golden angle.
 */
const BASE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#7f7f7f',
  '#393b79',
  '#637939',
  '#8c6d31',
  '#843c39',
  '#7b4173',
  '#0f766e',
];

/** The least contrast a line or point keeps with the background. */
export const MIN_CONTRAST = 3;

/** The colour of the series at `index`, readable on `background` (a #rrggbb colour). */
export function seriesColor(index: number, background: string): string {
  const base = index < BASE.length ? BASE[index]! : goldenAngleColor(index);
  return ensureContrast(base, background, MIN_CONTRAST);
}

/** Lines of other branches than the default one are dashed, so one executable keeps one colour. */
const DASHES = ['', '6 4', '2 3', '10 3 2 3', '1 5'];
export const seriesDash = (index: number): string => DASHES[index % DASHES.length]!;

/** Several benchmarks on one plot share the executables' colours and differ by symbol. */
const SYMBOLS = ['circle', 'square', 'triangleUp', 'diamond', 'triangleDown', 'star', 'plus', 'minus'] as const;
export type PointSymbol = (typeof SYMBOLS)[number];
export const seriesSymbol = (index: number): PointSymbol => SYMBOLS[index % SYMBOLS.length]!;

function goldenAngleColor(index: number): string {
  const hue = (index * 137.508) % 360;
  return hslToHex(hue, 0.65, 0.45);
}

type Rgb = [number, number, number];

/** WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const la = luminance(parseHex(a));
  const lb = luminance(parseHex(b));
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Whether a background is dark (its text should be light). */
export const isDark = (background: string): boolean => luminance(parseHex(background)) < 0.2;

/** Mixes the colour towards white (on dark backgrounds) or black (on light ones) until it contrasts enough. */
export function ensureContrast(color: string, background: string, min: number): string {
  const target: Rgb = isDark(background) ? [255, 255, 255] : [0, 0, 0];
  const rgb = parseHex(color);
  for (let step = 0; step <= 20; step++) {
    const mixed = mix(rgb, target, step / 20);
    const hex = toHex(mixed);
    if (contrast(hex, background) >= min) return hex;
  }
  return toHex(target);
}

export function parseHex(hex: string): Rgb {
  const match = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
  if (!match) return [128, 128, 128];
  const digits =
    match[1]!.length === 3
      ? match[1]!
          .split('')
          .map((d) => d + d)
          .join('')
      : match[1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb) => '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as Rgb;

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return 255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return toHex([f(0), f(8), f(4)]);
}
