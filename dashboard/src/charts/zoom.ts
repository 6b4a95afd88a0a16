/** Pure zoom arithmetic for plots zoomed along x: from a brush, or by buttons. */

/** The brushed range, or null when it covers (nearly) everything. */
export function brushRange(range: unknown, full: [number, number]): [number, number] | null {
  if (!Array.isArray(range) || range.length !== 2) return null;
  const [a, b] = range.map((v) => +(v as number | Date)) as [number, number];
  const from = Math.max(Math.min(a, b), full[0]);
  const to = Math.min(Math.max(a, b), full[1]);
  if (!(to > from) || to - from >= (full[1] - full[0]) * 0.995) return null;
  return [from, to];
}

/** Zooming and panning by button, for the keyboard: halve or double the window, move it by a quarter. */
export function stepZoom(
  zoom: [number, number] | null,
  full: [number, number],
  action: 'in' | 'out' | 'left' | 'right',
): [number, number] | null {
  const [from, to] = zoom ?? full;
  const width = to - from;
  const center = (from + to) / 2;
  const fullWidth = full[1] - full[0];
  let next: [number, number];
  if (action === 'in') next = [center - width / 4, center + width / 4];
  else if (action === 'out') next = [center - width, center + width];
  else {
    const shift = (action === 'left' ? -1 : 1) * width * 0.25;
    next = [from + shift, to + shift];
    if (next[0] < full[0]) next = [full[0], full[0] + width];
    if (next[1] > full[1]) next = [full[1] - width, full[1]];
  }
  const clamped: [number, number] = [Math.max(next[0], full[0]), Math.min(next[1], full[1])];
  return clamped[1] - clamped[0] >= fullWidth * 0.995 ? null : clamped;
}
