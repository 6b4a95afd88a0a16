import { hash, logUniform, normal, uniforms } from './random.js';

/**
 * The measured values of the bench dataset: a per-benchmark magnitude, times a
 * factor per executable and per environment, times a level that steps up or
 * down now and then along the history (the regressions and improvements the
 * Changes view should find), plus noise of a per-benchmark spread. Each value
 * is a pure function of the seed and of its coordinates.
 */

export interface ValueShape {
  seed: number;
  benchmarks: { index: number; lessIsBetter: boolean; dataType: 'mean' | 'median'; range: [number, number] }[];
  executables: number;
  environments: number;
  /** Revisions are numbered default branch first, then the feature branch. */
  mainRevisions: number;
  featureRevisions: number;
  /** Position on the default branch where the feature branch starts. */
  fork: number;
}

/** Six significant digits, as benchmark runners usually print them. */
const round = (x: number) => Number(x.toPrecision(6));

/** The value, spread, extremes and (for medians) quartiles of one result. */
export function valueModel(shape: ValueShape) {
  const { seed, benchmarks, mainRevisions: mainCount, fork } = shape;
  const total = mainCount + shape.featureRevisions;
  const base = new Float64Array(benchmarks.length);
  const spread = new Float64Array(benchmarks.length);
  const level = new Float64Array(benchmarks.length * total);
  const exeFactor = new Float64Array(shape.executables * benchmarks.length);
  const envFactor = new Float64Array(shape.environments * benchmarks.length);
  for (const b of benchmarks) {
    const next = uniforms(hash(seed, 1, b.index));
    base[b.index] = logUniform(next, ...b.range);
    spread[b.index] = 0.005 + next() * 0.025;
    // A step on about one revision in a hundred on the default branch, one in thirty on the feature branch.
    const row = b.index * total;
    for (let i = 0; i < total; i++) {
      const onFeature = i >= mainCount;
      const previous = i === 0 ? 1 : onFeature && i === mainCount ? level[row + fork]! : level[row + i - 1]!;
      const stepped = next() < (onFeature ? 1 / 30 : 1 / 100);
      level[row + i] = stepped ? previous * Math.exp(normal(next) * 0.08) : previous;
    }
    for (let e = 0; e < shape.executables; e++) {
      const r = uniforms(hash(seed, 2, e, b.index));
      exeFactor[e * benchmarks.length + b.index] = (0.6 + 0.1 * e) * Math.exp(normal(r) * 0.05);
    }
    for (let v = 0; v < shape.environments; v++) {
      const r = uniforms(hash(seed, 3, v, b.index));
      envFactor[v * benchmarks.length + b.index] = (0.8 + 0.2 * v) * Math.exp(normal(r) * 0.05);
    }
  }

  return (revision: number, v: number, e: number, b: { index: number; lessIsBetter: boolean; dataType: string }) => {
    const factor = exeFactor[e * benchmarks.length + b.index]! * envFactor[v * benchmarks.length + b.index]!;
    // A faster build takes less time and does more operations per second.
    const mean = base[b.index]! * level[b.index * total + revision]! * (b.lessIsBetter ? factor : 1 / factor);
    const cv = spread[b.index]!;
    const next = uniforms(hash(seed, 4, revision, v, e, b.index));
    const value = mean * (1 + cv * normal(next));
    const median = b.dataType === 'median';
    return {
      value: round(value),
      stdDev: round(mean * cv * (0.8 + 0.4 * next())),
      min: round(value * (1 - cv * (1.5 + next()))),
      max: round(value * (1 + cv * (1.5 + next()))),
      q1: median ? round(value * (1 - 0.674 * cv)) : null,
      q3: median ? round(value * (1 + 0.674 * cv)) : null,
    };
  };
}
