import type { Dataset } from './dataset.js';
import { withClient } from './database.js';
import { idOf, idsOf } from './ids.js';

/**
 * What the read figures ask for (docs/benchmarks.md): ids of the loaded dataset,
 * looked up once, before any clock starts.
 */
export interface ReadTargets {
  environmentId: number;
  /** Every executable, in the dataset's order. */
  executableIds: number[];
  /** The timeline's benchmark: a median one, so its points carry quartiles. */
  benchmarkId: number;
  /** The grid's executable. */
  gridExecutableId: number;
  /** The changes table's revision: the newest of the default branch, what the Changes view opens on. */
  revisionId: number;
  defaultBranch: string;
  /** Revisions on the default branch: points per timeline series are at most this many. */
  mainRevisions: number;
  benchmarks: number;
  environments: number;
}

export const TIMELINE_POINTS = 1000;
export const GRID_POINTS = 15;
export const TREND_DEPTH = 10;

export async function readTargets(databaseUrl: string, dataset: Dataset): Promise<ReadTargets> {
  const ids = await withClient(databaseUrl, idsOf);
  const median = dataset.benchmarks.find((b) => b.dataType === 'median') ?? dataset.benchmarks[0]!;
  const newest = dataset.mainRevisions.at(-1)!;
  return {
    environmentId: idOf(ids.environment, dataset.environments[0]!.name),
    executableIds: dataset.executables.map((e) => idOf(ids.executable, e.name)),
    benchmarkId: idOf(ids.benchmark, median.name),
    gridExecutableId: idOf(ids.executable, dataset.executables[0]!.name),
    revisionId: idOf(ids.revision, `${newest.branch}/${newest.commitId}`),
    defaultBranch: dataset.project.defaultBranch,
    mainRevisions: dataset.mainRevisions.length,
    benchmarks: dataset.benchmarks.length,
    environments: dataset.environments.length,
  };
}
