/**
 * Seeded randomness for the bench dataset. Every number is a pure function of
 * the seed and of the item's coordinates (hash), so any slice of the dataset
 * can be generated on its own and comes out the same on every machine.
 */

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));

/** murmur3's 32-bit mix of a list of integers: well spread, cheap, no dependencies. */
export function hash(...parts: number[]): number {
  let h = 0x9747b28c;
  for (const part of parts) {
    let k = Math.imul(part | 0, 0xcc9e2d51);
    k = Math.imul(rotl(k, 15), 0x1b873593);
    h = Math.imul(rotl(h ^ k, 13), 5) + 0xe6546b64;
  }
  h ^= parts.length * 4;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A stream of uniform numbers in [0, 1) (mulberry32). */
export function uniforms(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal number drawn from a uniform stream (Box-Muller). */
export function normal(next: () => number): number {
  const u = 1 - next(); // (0, 1]: log(0) is not a number
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

/** A number between low and high, evenly spread on a log scale (benchmark magnitudes vary by decades). */
export function logUniform(next: () => number, low: number, high: number): number {
  return Math.exp(Math.log(low) + next() * (Math.log(high) - Math.log(low)));
}
