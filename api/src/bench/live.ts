import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { BenchBroke, graphql, quantile } from './http.js';
import { startServer, type ServerProcess } from './server.js';

/**
 * The live latency figure: from the `submitResults` reply to the
 * `resultsAdded` event at its watchers, with 1 and with 500 watchers (each its
 * own WebSocket, as browsers), the watchers on the server that took the batch
 * and on a second Speedgraph process of the same database; beside the
 * PostgreSQL NOTIFY → LISTEN round trip measured in the same run, which every
 * event crosses (the publishing process listens like any other).
 *
 * The project is untracked, so the reply is not held back by report
 * computation (which comes after the event): "after reply" can be negative
 * when the event overtakes the reply; "after request" is the whole trip.
 */

export interface LiveLatency {
  p50: number | null;
  p99: number | null;
  max: number | null;
}

export interface LiveFigure {
  label: string;
  watchers: number;
  /** 'same': watchers on the process that took the batch; 'other': on a second process. */
  process: 'same' | 'other';
  /** Batches timed; each reaches every watcher once. */
  samples: number;
  resultsPerBatch: number;
  /** Event at a watcher minus reply received, over every (batch, watcher). */
  afterReplyMs: LiveLatency;
  /** Event at a watcher minus request sent. */
  afterRequestMs: LiveLatency;
  /**
   * The figure's p99 / the NOTIFY → LISTEN p99 (p99s, since the p50 after the
   * reply is often negative: the event overtakes the reply); null when the
   * p99 is not positive either.
   */
  ratioToNotifyP99: number | null;
  /**
   * Where the time goes, per batch: the first watcher's event minus the reply
   * (the trip through commit, NOTIFY, LISTEN and one execution), and the last
   * watcher's minus the first's (the fan-out to every socket).
   */
  firstAfterReplyMs: LiveLatency;
  fanOutMs: LiveLatency;
  /**
   * The uploader's side: submitResults request to reply. Watchers on the
   * process that ingests can hold the reply back while the event goes out.
   */
  replyMs: LiveLatency;
  /** CPU per batch of the process holding the watchers (null without /proc), and of this one (receiving). */
  watchServerCpuMsPerBatch: number | null;
  benchCpuMsPerBatch: number;
}

export interface LiveMeasurement {
  reference: { label: string; samples: number; ms: LiveLatency };
  figures: LiveFigure[];
}

export interface LiveOptions {
  /** The bench database, migrated, with an admin token. */
  databaseUrl: string;
  token: string;
  /** Where the two servers write their logs. */
  logDir: string;
  samples: number;
  /** The big crowd (500 in the bench; fewer for a smoke run). */
  crowd?: number;
  /** Extra flags for the two servers' node (e.g. --cpu-prof). */
  nodeArgs?: string[];
  progress?: (message: string) => void;
}

const RESULTS_PER_BATCH = 10;
const SUBSCRIBE = `subscription($projectId: ID!) {
  resultsAdded(filter: { projectId: $projectId }) { results { revision { commitId } value } }
}`;

export async function measureLive(options: LiveOptions): Promise<LiveMeasurement> {
  const progress = options.progress ?? (() => {});
  const reference = await measureNotifyRoundTrip(options.databaseUrl, options.samples);
  progress(`NOTIFY → LISTEN: p50 ${reference.ms.p50?.toFixed(2)} ms`);
  const servers: ServerProcess[] = [];
  try {
    for (const name of ['live-a', 'live-b']) {
      servers.push(
        await startServer({
          databaseUrl: options.databaseUrl,
          logFile: path.join(options.logDir, `server-${name}.log`),
          nodeArgs: options.nodeArgs,
        }),
      );
    }
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const target = await prepare(a.url, options.token);
    const figures: LiveFigure[] = [];
    for (const [watchers, process] of [
      [1, 'same'],
      [options.crowd ?? 500, 'same'],
      [1, 'other'],
      [options.crowd ?? 500, 'other'],
    ] as const) {
      const figure = await measureFigure(a.url, process === 'same' ? a : b, target, {
        watchers,
        process,
        samples: options.samples,
        token: options.token,
      });
      const { p50, p99 } = figure.afterReplyMs;
      figure.ratioToNotifyP99 = p99 === null || p99 <= 0 || !reference.ms.p99 ? null : p99 / reference.ms.p99;
      progress(`${figure.label}: p50 ${p50?.toFixed(1)} ms, p99 ${p99?.toFixed(1)} ms`);
      figures.push(figure);
    }
    return { reference, figures };
  } finally {
    for (const server of servers) await server.stop();
  }
}

interface Target {
  projectId: string;
  project: string;
  environment: string;
  batch: number;
}

/** A project and an environment of their own, so the figure does not disturb (or depend on) the dataset. */
async function prepare(url: string, token: string): Promise<Target> {
  const suffix = Date.now().toString(36);
  const environment = `bench-live-${suffix}`;
  await graphql(
    url,
    token,
    'mutation($name: String!) { createEnvironment(input: { name: $name }) { environment { id } } }',
    {
      name: environment,
    },
  );
  const made = await graphql<{ createProject: { project: { id: string; name: string } } }>(
    url,
    token,
    'mutation($name: String!) { createProject(input: { name: $name, trackChanges: false }) { project { id name } } }',
    { name: `bench-live-${suffix}` },
  );
  return { projectId: made.createProject.project.id, project: made.createProject.project.name, environment, batch: 0 };
}

async function measureFigure(
  submitUrl: string,
  watchServer: ServerProcess,
  target: Target,
  figure: { watchers: number; process: 'same' | 'other'; samples: number; token: string },
): Promise<LiveFigure> {
  // Arrival times per batch (its commit id), one per watcher.
  const arrivals = new Map<string, number[]>();
  const clients: Client[] = [];
  try {
    for (let i = 0; i < figure.watchers; i++) {
      const client = createClient({
        url: `${watchServer.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
      });
      clients.push(client);
      client.subscribe<{ resultsAdded: { results: { revision: { commitId: string } }[] } }>(
        { query: SUBSCRIBE, variables: { projectId: target.projectId } },
        {
          next: ({ data }) => {
            const at = performance.now();
            const commitId = data?.resultsAdded.results[0]?.revision.commitId;
            if (commitId) (arrivals.get(commitId) ?? arrivals.set(commitId, []).get(commitId)!).push(at);
          },
          error: (error) => console.error('bench: a live watcher failed', error),
          complete: () => {},
        },
      );
    }
    // Until every watcher has had an event, some subscriptions may not be in place yet.
    await settle(submitUrl, target, figure, arrivals);
    const afterReply: number[] = [];
    const afterRequest: number[] = [];
    const first: number[] = [];
    const fanOut: number[] = [];
    const replies: number[] = [];
    const benchCpu = process.cpuUsage();
    const serverCpu = watchServer.cpuSeconds();
    for (let sample = 0; sample < figure.samples; sample++) {
      const { commitId, sent, replied } = await submitBatch(submitUrl, figure.token, target);
      const got = await waitFor(() => arrivals.get(commitId)?.length === figure.watchers, 10_000);
      if (!got)
        throw new BenchBroke(
          `only ${arrivals.get(commitId)?.length ?? 0} of ${figure.watchers} watchers had batch ${commitId} after 10 s`,
        );
      const times = arrivals.get(commitId)!;
      for (const at of times) {
        afterReply.push(at - replied);
        afterRequest.push(at - sent);
      }
      replies.push(replied - sent);
      const earliest = Math.min(...times);
      first.push(earliest - replied);
      fanOut.push(Math.max(...times) - earliest);
    }
    const benchUsed = process.cpuUsage(benchCpu);
    const serverUsed = watchServer.cpuSeconds();
    return {
      label: `live: reply → resultsAdded, ${figure.watchers} watcher${figure.watchers > 1 ? 's' : ''}, ${figure.process === 'same' ? 'same process' : 'other process'}`,
      watchers: figure.watchers,
      process: figure.process,
      samples: figure.samples,
      resultsPerBatch: RESULTS_PER_BATCH,
      afterReplyMs: latency(afterReply),
      afterRequestMs: latency(afterRequest),
      ratioToNotifyP99: null,
      firstAfterReplyMs: latency(first),
      fanOutMs: latency(fanOut),
      replyMs: latency(replies),
      watchServerCpuMsPerBatch:
        serverCpu === null || serverUsed === null ? null : ((serverUsed - serverCpu) * 1000) / figure.samples,
      benchCpuMsPerBatch: (benchUsed.user + benchUsed.system) / 1000 / figure.samples,
    };
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
  }
}

async function settle(
  url: string,
  target: Target,
  figure: { watchers: number; token: string },
  arrivals: Map<string, number[]>,
) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const { commitId } = await submitBatch(url, figure.token, target);
    if (await waitFor(() => arrivals.get(commitId)?.length === figure.watchers, 2_000)) return;
  }
  throw new BenchBroke(`the ${figure.watchers} live watchers were not all subscribed after 20 batches`);
}

/** One batch of a new revision; the clock readings around the HTTP request. */
async function submitBatch(url: string, token: string, target: Target) {
  const commitId = `live${++target.batch}`;
  const results = Array.from({ length: RESULTS_PER_BATCH }, (_, i) => ({
    commitId,
    branch: 'main',
    project: target.project,
    executable: 'live',
    benchmark: `bench-live-${i}`,
    environment: target.environment,
    value: target.batch + i / 10,
  }));
  const sent = performance.now();
  await graphql(url, token, 'mutation($r: [ResultInput!]!) { submitResults(input: { results: $r }) { created } }', {
    r: results,
  });
  return { commitId, sent, replied: performance.now() };
}

/** The reference: NOTIFY on one connection to its arrival on another LISTENing one, in this process. */
async function measureNotifyRoundTrip(url: string, samples: number) {
  const listener = new pg.Client({ connectionString: url, application_name: 'speedgraph-bench' });
  const sender = new pg.Client({ connectionString: url, application_name: 'speedgraph-bench' });
  await listener.connect();
  await sender.connect();
  try {
    await listener.query('listen bench_live_reference');
    const arrived = new Map<string, number>();
    listener.on('notification', (message) => arrived.set(message.payload ?? '', performance.now()));
    const times: number[] = [];
    for (let i = 0; i < samples + 5; i++) {
      const sent = performance.now();
      await sender.query("select pg_notify('bench_live_reference', $1)", [String(i)]);
      if (!(await waitFor(() => arrived.has(String(i)), 5_000))) throw new BenchBroke('a NOTIFY never arrived');
      // The first few warm up both connections.
      if (i >= 5) times.push(arrived.get(String(i))! - sent);
    }
    return { label: 'reference: PostgreSQL NOTIFY → LISTEN round trip', samples, ms: latency(times) };
  } finally {
    await listener.end();
    await sender.end();
  }
}

function latency(values: number[]): LiveLatency {
  return {
    p50: quantile(values, 0.5),
    p99: quantile(values, 0.99),
    max: values.length ? Math.max(...values) : null,
  };
}

async function waitFor(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return true;
}
