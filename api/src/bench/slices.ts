import type { Dataset, ResultSpec, RevisionSpec } from './dataset.js';
import { UsageError } from './options.js';

/**
 * Which rows of the dataset each ingest figure sends. The figures need only a
 * slice of the history; each gets revisions of its own (the default branch,
 * oldest first) so that no figure replaces rows another one stored.
 */

/** The first `results` rows of `revisions`, in dataset order. */
export interface Slice {
  revisions: RevisionSpec[];
  results: number;
}

export interface IngestPlan {
  /** Sent untimed first: creates the project, branch, executables and benchmarks, warms the server up. */
  warmup: Slice;
  graphql: Slice;
  codespeedJson: Slice;
  codespeedSingle: Slice;
}

/**
 * Sizes at scale 1: 150,000 results through GraphQL, 30,000 through Codespeed
 * JSON, 2,000 one per request (the number docs/benchmarks.md names). On a 2-core
 * machine, where a GraphQL batch of 1,000 takes about half a second and a
 * single result about 25 ms, each figure then runs for 30 to 60 seconds:
 * long enough that the first requests and passing noise weigh little, short
 * enough that the whole bench takes about three minutes. The full 3.3-million
 * history would take over twenty minutes through the API and adds nothing to
 * a rate; it is there for the read-side figures.
 */
export const SLICE_AT_SCALE_1 = {
  graphqlRevisions: 50,
  codespeedJsonRevisions: 10,
  codespeedSingleResults: 2000,
} as const;

export function planIngest(dataset: Dataset, scale: number): IngestPlan {
  const per = dataset.resultsPerRevision;
  const scaled = (n: number) => Math.max(1, Math.round(n * scale));
  const graphqlRevisions = scaled(SLICE_AT_SCALE_1.graphqlRevisions);
  const jsonRevisions = scaled(SLICE_AT_SCALE_1.codespeedJsonRevisions);
  const singleResults = scaled(SLICE_AT_SCALE_1.codespeedSingleResults);
  const singleRevisions = Math.ceil(singleResults / per);
  const needed = 1 + graphqlRevisions + jsonRevisions + singleRevisions;
  const main = dataset.mainRevisions;
  if (needed > main.length) {
    throw new UsageError(
      `--scale ${scale} is too small: the dataset has ${main.length} revisions, the ingest figures need ${needed}`,
    );
  }
  let next = 0;
  const take = (count: number) => main.slice(next, (next += count));
  const whole = (revisions: RevisionSpec[]): Slice => ({ revisions, results: revisions.length * per });
  return {
    warmup: whole(take(1)),
    graphql: whole(take(graphqlRevisions)),
    codespeedJson: whole(take(jsonRevisions)),
    codespeedSingle: { revisions: take(singleRevisions), results: singleResults },
  };
}

/** Rows `from` (inclusive) to `to` (exclusive) of a slice. */
export function rowsOf(dataset: Dataset, slice: Slice, from: number, to: number): ResultSpec[] {
  const per = dataset.resultsPerRevision;
  const end = Math.min(to, slice.results);
  const rows: ResultSpec[] = [];
  for (let at = from; at < end;) {
    const revision = slice.revisions[Math.floor(at / per)]!;
    const start = at % per;
    const stop = Math.min(per, start + (end - at));
    rows.push(...dataset.resultsOf(revision, start, stop));
    at += stop - start;
  }
  return rows;
}

/** Every row of a slice, lazily (for the COPY reference). */
export function* allRows(dataset: Dataset, slice: Slice): Generator<ResultSpec> {
  const per = dataset.resultsPerRevision;
  for (let at = 0; at < slice.results; at += per) yield* rowsOf(dataset, slice, at, at + per);
}

/** What a slice leaves of one revision: its rows from `from` (inclusive) to the end. */
export interface Rest {
  revision: RevisionSpec;
  from: number;
}

/**
 * Every row of the dataset that none of the slices holds, revision by
 * revision in dataset order: what the loader copies after the ingest figures
 * so that the database holds the whole dataset, each row once.
 */
export function restOf(dataset: Dataset, slices: Slice[]): Rest[] {
  const per = dataset.resultsPerRevision;
  const sent = new Map<number, number>();
  for (const slice of slices) {
    slice.revisions.forEach((revision, i) => {
      sent.set(revision.index, Math.max(0, Math.min(per, slice.results - i * per)));
    });
  }
  return dataset.revisions
    .map((revision) => ({ revision, from: sent.get(revision.index) ?? 0 }))
    .filter((rest) => rest.from < per);
}
