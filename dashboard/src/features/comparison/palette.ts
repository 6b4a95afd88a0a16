/**
 * Series colours that stay apart with many series: a hue per column and a
 * shade per environment, so "the same executable on two machines" reads as
 * one colour family. Codespeed cycled a fixed list of 16 colours, so with 36
 * series unrelated bars shared a colour.
 *
 * The hues of n columns are spread evenly around the circle (golden-angle
 * steps alone left two of 18 columns 7° apart), visited in a stride of about
 * 0.38 n so neighbouring columns (often two tags of one executable) are far
 * apart; hues next to each other on the circle alternate between a strong and
 * a softer chroma. Colours are made in OKLCH, where equal lightness looks
 * equally light across hues (HSL's yellow is much lighter than its blue),
 * then written as hex so exported SVGs and older renderers read them.
 */

const FIRST_HUE = 255; // a blue first: the most common single-column case looks calm.
const CHROMA = [0.15, 0.1];

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Where column `index` of `count` sits on the circle of hues, 0 .. count-1. */
export function hueSlot(index: number, count: number): number {
  const n = Math.max(1, count);
  let stride = Math.max(1, Math.round(n * 0.382));
  while (gcd(stride, n) !== 1) stride += 1;
  return (index * stride) % n;
}

export function columnHue(index: number, count: number): number {
  return (FIRST_HUE + (360 * hueSlot(index, count)) / Math.max(1, count)) % 360;
}

/**
 * Lightness of environment `index` of `count`: darkest first, spread over a
 * range readable on both the light and the dark background.
 */
export function environmentLightness(index: number, count: number): number {
  if (count <= 1) return 0.62;
  const darkest = 0.5;
  const lightest = count === 2 ? 0.76 : 0.82;
  return darkest + ((lightest - darkest) * index) / (count - 1);
}

export function seriesColour(
  columnIndex: number,
  columnCount: number,
  environmentIndex: number,
  environmentCount: number,
): string {
  const chroma = CHROMA[hueSlot(columnIndex, columnCount) % 2]!;
  return oklchToHex(
    environmentLightness(environmentIndex, environmentCount),
    chroma,
    columnHue(columnIndex, columnCount),
  );
}

/** One colour per item of a list (the benchmarks of a stacked bar). */
export function categoryColour(index: number, count: number): string {
  // Alternate two lightnesses as well as hues: with dozens of segments, adjacent ones still differ.
  return oklchToHex(index % 2 === 0 ? 0.6 : 0.72, 0.13, columnHue(index, count));
}

/** OKLCH (lightness 0..1, chroma, hue in degrees) to an sRGB hex colour, clamped into the gamut. */
export function oklchToHex(l: number, c: number, h: number): string {
  const rad = (h * Math.PI) / 180;
  const a = c * Math.cos(rad);
  const b = c * Math.sin(rad);
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
  return `#${linear.map((x) => toByte(gamma(x))).join('')}`;
}

function gamma(x: number): number {
  return x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055;
}

function toByte(x: number): string {
  const byte = Math.round(Math.min(1, Math.max(0, x)) * 255);
  return byte.toString(16).padStart(2, '0');
}
