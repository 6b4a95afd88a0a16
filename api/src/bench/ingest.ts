import type { Dataset } from './dataset.js';
import { BenchBroke, graphql, postForm, quantile, runClients, type Timed } from './http.js';
import { codespeedForm, codespeedJsonForm, graphqlResult } from './payloads.js';
import { rowsOf, type Slice } from './slices.js';

/**
 * The three ingest figures (docs/benchmarks.md): the same kind of rows through each
 * door, over HTTP from this process to the server process.
 */

export interface IngestFigure {
  id: 'ingest.graphql' | 'ingest.codespeed_json' | 'ingest.codespeed_single';
  label: string;
  results: number;
  requests: number;
  batchSize: number;
  clients: number;
  seconds: number;
  resultsPerSecond: number;
  latencyMs: { p50: number | null; p95: number | null; max: number | null };
  /** CPU the server process used during the figure (user + system); null without /proc. */
  serverCpuSeconds: number | null;
  /** CPU this bench process used to make and send the requests: a check that the client was not the limit. */
  clientCpuSeconds: number;
}

/** A figure as measured by this module; the caller adds the server's CPU time. */
export type IngestMeasure = Omit<IngestFigure, 'serverCpuSeconds'>;

export interface IngestTarget {
  url: string;
  token: string;
  dataset: Dataset;
}

const SUBMIT_RESULTS = `mutation SubmitResults($input: SubmitResultsInput!) {
  submitResults(input: $input) { created replaced reportsQueued }
}`;

/** `submitResults` batches of 1,000 from 2 concurrent clients (two CI jobs uploading at once). */
export async function ingestGraphql(target: IngestTarget, slice: Slice): Promise<IngestMeasure> {
  const batchSize = 1000;
  const clients = 2;
  const timed = await sendGraphqlBatches(target, slice, batchSize, clients);
  return figure('ingest.graphql', 'ingest, GraphQL submitResults', slice, batchSize, clients, timed);
}

/** Untimed: the same door as the GraphQL figure, one client. */
export async function warmUp(target: IngestTarget, slice: Slice): Promise<void> {
  await sendGraphqlBatches(target, slice, 1000, 1);
}

async function sendGraphqlBatches(target: IngestTarget, slice: Slice, batchSize: number, clients: number) {
  const batches = Math.ceil(slice.results / batchSize);
  return runClients(batches, clients, async (k) => {
    const rows = rowsOf(target.dataset, slice, k * batchSize, (k + 1) * batchSize);
    const input = { results: rows.map((r) => graphqlResult(target.dataset, r)) };
    const data = await graphql<{ submitResults: { created: number; replaced: number } }>(
      target.url,
      target.token,
      SUBMIT_RESULTS,
      { input },
    );
    // Every row is new: a replaced one means the figures overlap, and the number would mean something else.
    if (data.submitResults.created !== rows.length || data.submitResults.replaced !== 0) {
      throw new BenchBroke(
        `batch ${k}: expected ${rows.length} new results, got ${JSON.stringify(data.submitResults)}`,
      );
    }
  });
}

/** Codespeed's /result/add/json/ with batches of 100, one uploader posting one after another. */
export async function ingestCodespeedJson(target: IngestTarget, slice: Slice): Promise<IngestMeasure> {
  const batchSize = 100;
  const clients = 1;
  const batches = Math.ceil(slice.results / batchSize);
  const timed = await runClients(batches, clients, (k) =>
    postForm(
      target.url,
      '/result/add/json/',
      codespeedJsonForm(target.dataset, rowsOf(target.dataset, slice, k * batchSize, (k + 1) * batchSize)),
    ),
  );
  return figure('ingest.codespeed_json', 'ingest, Codespeed JSON', slice, batchSize, clients, timed);
}

/** Codespeed's /result/add/, one result per request, one uploader posting one after another. */
export async function ingestCodespeedSingle(target: IngestTarget, slice: Slice): Promise<IngestMeasure> {
  const clients = 1;
  const timed = await runClients(slice.results, clients, (i) =>
    postForm(target.url, '/result/add/', codespeedForm(target.dataset, rowsOf(target.dataset, slice, i, i + 1)[0]!)),
  );
  return figure('ingest.codespeed_single', 'ingest, one result per request', slice, 1, clients, timed);
}

function figure(
  id: IngestFigure['id'],
  label: string,
  slice: Slice,
  batchSize: number,
  clients: number,
  timed: Timed,
): IngestMeasure {
  return {
    id,
    label,
    results: slice.results,
    requests: timed.latenciesMs.length,
    batchSize,
    clients,
    seconds: timed.seconds,
    resultsPerSecond: slice.results / timed.seconds,
    latencyMs: {
      p50: quantile(timed.latenciesMs, 0.5),
      p95: quantile(timed.latenciesMs, 0.95),
      max: quantile(timed.latenciesMs, 1),
    },
    clientCpuSeconds: timed.cpuSeconds,
  };
}
