import { createHash } from 'node:crypto';
import { valueModel } from './values.js';

/**
 * The bench dataset (docs/benchmarks.md): one tracked project, 2 branches, 5
 * executables, 3 environments, 200 benchmarks over 3 quantities, 1,000
 * revisions on the default branch and 100 on a feature branch, a tag every 100
 * revisions: 1,100 × 5 × 3 × 200 = 3.3 million results at scale 1.
 *
 * `scale` multiplies the revisions only, so every scale has the same shape
 * (all benchmarks, executables, environments) and just a shorter or longer
 * history. Results are never held all at once: `results()` generates the rows
 * of any revisions on demand, each value a pure function of the seed and the
 * row's coordinates.
 */

export const FULL_SCALE = {
  mainRevisions: 1000,
  featureRevisions: 100,
  benchmarks: 200,
  tagEvery: 100,
} as const;

export interface DatasetOptions {
  seed: number;
  /** 1 is the full dataset; 0.01 a CI smoke run; 10 a stress run. */
  scale: number;
}

export type Quantity = 'time' | 'memory' | 'throughput';

export interface BenchmarkSpec {
  index: number;
  name: string;
  quantity: Quantity;
  unitsTitle: string;
  units: string;
  lessIsBetter: boolean;
  /** Median benchmarks report quartiles (q1, q3); mean ones do not. */
  dataType: 'mean' | 'median';
  description: string;
}

export interface RevisionSpec {
  /** Position in `Dataset.revisions`. */
  index: number;
  branch: string;
  /** Position in its branch, oldest first. */
  ordinal: number;
  commitId: string;
  /** Commit id of the parent, for a git history of the same shape; null for the root. */
  parent: string | null;
  date: Date;
  tag: string | null;
}

export interface ExecutableSpec {
  name: string;
  description: string;
}

export interface EnvironmentSpec {
  name: string;
  cpu: string;
  memory: string;
  os: string;
  kernel: string;
}

export interface ResultSpec {
  revision: RevisionSpec;
  executable: ExecutableSpec;
  benchmark: BenchmarkSpec;
  environment: EnvironmentSpec;
  value: number;
  stdDev: number;
  min: number;
  max: number;
  q1: number | null;
  q3: number | null;
  date: Date;
}

export interface Dataset {
  options: DatasetOptions;
  project: { name: string; defaultBranch: string };
  branches: { main: string; feature: string };
  executables: ExecutableSpec[];
  environments: EnvironmentSpec[];
  benchmarks: BenchmarkSpec[];
  /** The default branch oldest first, then the feature branch oldest first. */
  revisions: RevisionSpec[];
  mainRevisions: RevisionSpec[];
  featureRevisions: RevisionSpec[];
  /** Results of one revision: every environment × executable × benchmark. */
  resultsPerRevision: number;
  resultCount: number;
  /** Rows of the given revisions, in order: revision, then environment, executable, benchmark. */
  results(revisions: readonly RevisionSpec[]): Generator<ResultSpec>;
  /** Rows `start` (inclusive) to `end` (exclusive) of one revision, in the order of `results`. */
  resultsOf(revision: RevisionSpec, start: number, end: number): ResultSpec[];
}

const EXECUTABLES: ExecutableSpec[] = [
  { name: 'cpython-3.12', description: 'CPython 3.12, release build' },
  { name: 'cpython-3.13', description: 'CPython 3.13, release build' },
  { name: 'cpython-3.13-jit', description: 'CPython 3.13 with the experimental JIT' },
  { name: 'pypy-7.3', description: 'PyPy 7.3' },
  { name: 'graalpy-24', description: 'GraalPy 24, native image' },
];

const ENVIRONMENTS: EnvironmentSpec[] = [
  { name: 'bench-x86-a', cpu: 'Intel Xeon E-2288G', memory: '64 GB', os: 'Debian 12', kernel: '6.1.0' },
  { name: 'bench-x86-b', cpu: 'AMD EPYC 7543', memory: '128 GB', os: 'Ubuntu 24.04', kernel: '6.8.0' },
  { name: 'bench-arm-a', cpu: 'Ampere Altra Q80-30', memory: '64 GB', os: 'Debian 12', kernel: '6.1.0' },
];

const WORDS = [
  'nbody', 'fannkuch', 'chaos', 'richards', 'float', 'spectral_norm', 'deltablue', 'go', 'hexiom', 'raytrace',
  'unpack_sequence', 'pidigits', 'nqueens', 'sqlite_synth', 'xml_etree', 'django_template', 'pickle', 'mako',
  'json_dumps', 'regex_compile',
]; // prettier-ignore

const QUANTITIES: Record<
  Quantity,
  { unitsTitle: string; units: string; lessIsBetter: boolean; range: [number, number] }
> = {
  time: { unitsTitle: 'Time', units: 'seconds', lessIsBetter: true, range: [1e-3, 10] },
  memory: { unitsTitle: 'Memory', units: 'MB', lessIsBetter: true, range: [10, 2000] },
  throughput: { unitsTitle: 'Throughput', units: 'ops/s', lessIsBetter: false, range: [1e2, 1e5] },
};

const START = Date.UTC(2025, 0, 1);
const HOUR = 3_600_000;

/** Three fifths time, one fifth memory, one fifth throughput (more is better); one in four is a median. */
function quantityOf(index: number): Quantity {
  const k = index % 5;
  return k < 3 ? 'time' : k === 3 ? 'memory' : 'throughput';
}

export function createDataset(options: DatasetOptions): Dataset {
  const { seed, scale } = options;
  if (!(scale > 0)) throw new Error(`scale must be a positive number, got ${scale}`);
  const mainCount = Math.max(2, Math.round(FULL_SCALE.mainRevisions * scale));
  const featureCount = Math.max(1, Math.round(FULL_SCALE.featureRevisions * scale));
  // Below scale 1 the tags get closer, so a smoke run still has baselines to compare against.
  const tagEvery = Math.max(1, Math.round(FULL_SCALE.tagEvery * Math.min(scale, 1)));
  const branches = { main: 'main', feature: 'feature-jit' };

  const benchmarks = Array.from({ length: FULL_SCALE.benchmarks }, (_, index): BenchmarkSpec => {
    const quantity = quantityOf(index);
    const q = QUANTITIES[quantity];
    return {
      index,
      name: `${WORDS[index % WORDS.length]}.${quantity}.${String(index).padStart(3, '0')}`,
      quantity,
      unitsTitle: q.unitsTitle,
      units: q.units,
      lessIsBetter: q.lessIsBetter,
      dataType: index % 4 === 1 ? 'median' : 'mean',
      description: `Synthetic ${quantity} benchmark #${index}`,
    };
  });

  const commit = (branch: string, ordinal: number) =>
    createHash('sha1').update(`${seed}/${branch}/${ordinal}`).digest('hex');
  const mainRevisions = Array.from({ length: mainCount }, (_, i): RevisionSpec => {
    const tagged = (i + 1) % tagEvery === 0;
    return {
      index: i,
      branch: branches.main,
      ordinal: i,
      commitId: commit(branches.main, i),
      parent: i === 0 ? null : commit(branches.main, i - 1),
      date: new Date(START + i * 6 * HOUR),
      tag: tagged ? `v1.${(i + 1) / tagEvery}` : null,
    };
  });
  // The feature branch forks from the default branch at 90 % of its history.
  const fork = mainRevisions[Math.floor(mainCount * 0.9)]!;
  const featureRevisions = Array.from({ length: featureCount }, (_, j): RevisionSpec => ({
    index: mainCount + j,
    branch: branches.feature,
    ordinal: j,
    commitId: commit(branches.feature, j),
    parent: j === 0 ? fork.commitId : commit(branches.feature, j - 1),
    date: new Date(fork.date.getTime() + (j + 1) * 2 * HOUR),
    tag: null,
  }));
  const revisions = [...mainRevisions, ...featureRevisions];

  const model = valueModel({
    seed,
    benchmarks: benchmarks.map((b) => ({ ...b, range: QUANTITIES[b.quantity].range })),
    executables: EXECUTABLES.length,
    environments: ENVIRONMENTS.length,
    mainRevisions: mainCount,
    featureRevisions: featureCount,
    fork: fork.ordinal,
  });
  const resultsPerRevision = ENVIRONMENTS.length * EXECUTABLES.length * benchmarks.length;
  const resultAt = (revision: RevisionSpec, position: number): ResultSpec => {
    const b = position % benchmarks.length;
    const e = Math.floor(position / benchmarks.length) % EXECUTABLES.length;
    const v = Math.floor(position / (benchmarks.length * EXECUTABLES.length));
    const benchmark = benchmarks[b]!;
    return {
      revision,
      executable: EXECUTABLES[e]!,
      benchmark,
      environment: ENVIRONMENTS[v]!,
      // The run finished an hour after the commit.
      date: new Date(revision.date.getTime() + HOUR),
      ...model(revision.index, v, e, benchmark),
    };
  };
  const resultsOf = (revision: RevisionSpec, start: number, end: number) => {
    const rows: ResultSpec[] = [];
    for (let p = Math.max(0, start); p < Math.min(end, resultsPerRevision); p++) rows.push(resultAt(revision, p));
    return rows;
  };
  function* results(wanted: readonly RevisionSpec[]): Generator<ResultSpec> {
    for (const revision of wanted) {
      for (let p = 0; p < resultsPerRevision; p++) yield resultAt(revision, p);
    }
  }

  return {
    options,
    project: { name: 'Speedgraph Bench', defaultBranch: branches.main },
    branches,
    executables: EXECUTABLES,
    environments: ENVIRONMENTS,
    benchmarks,
    revisions,
    mainRevisions,
    featureRevisions,
    resultsPerRevision,
    resultCount: resultsPerRevision * revisions.length,
    results,
    resultsOf,
  };
}
