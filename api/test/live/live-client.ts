import { expect } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Topic } from '../../src/modules/live/event-bus.js';
import { unique, type TestServer } from '../harness.js';

/** A real graphql-ws client, as the dashboard's, on a test server's /graphql WebSocket. */
export function liveClient(server: TestServer, options: { token?: string | null } = {}): Client {
  const token = options.token ?? null;
  return createClient({
    url: `${server.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : undefined,
    // A test wants to see a refusal, not a client quietly trying again.
    retryAttempts: 0,
    lazy: true,
  });
}

export interface Watch<T> {
  /** Every event received so far. */
  events: T[];
  /** The next event not yet taken by `next`, waiting up to `timeoutMs`. */
  next(timeoutMs?: number): Promise<T>;
  /** Errors the server sent for this subscription (or the socket's close). */
  errors: unknown[];
  stop(): void;
}

/**
 * Subscribes and waits until the server holds the subscription, so that what
 * the test submits next is sure to be watched.
 */
export async function watch<T = Record<string, unknown>>(
  server: TestServer,
  client: Client,
  topic: Topic,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Watch<T>> {
  const hub = server.services.live.hub;
  const before = hub.counts()[topic];
  const events: T[] = [];
  const errors: unknown[] = [];
  let taken = 0;
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) events.push(result.data as T);
        wake();
      },
      error: (error) => {
        // An error message carries a list of GraphQL errors; a closed socket, its CloseEvent.
        if (Array.isArray(error)) errors.push(...(error as unknown[]));
        else errors.push(error);
        wake();
      },
      complete: wake,
    },
  );
  await expect.poll(() => hub.counts()[topic] > before || errors.length > 0, { timeout: 10_000 }).toBe(true);
  return {
    events,
    errors,
    stop,
    async next(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (taken >= events.length) {
        if (errors.length > 0) throw new Error(`the subscription failed: ${JSON.stringify(errors)}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no ${topic} event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return events[taken++]!;
    },
  };
}

export const RESULTS_ADDED = `subscription($filter: ResultsAddedFilter) {
  resultsAdded(filter: $filter) {
    results {
      revision { id projectId branchId commitId date tag }
      executableId benchmarkId environmentId value stdDev min max q1 q3 date
    }
  }
}`;

export interface ResultsAdded {
  resultsAdded: {
    results: {
      revision: { id: string; projectId: string; branchId: string; commitId: string; date: string; tag: string };
      executableId: string;
      benchmarkId: string;
      environmentId: string;
      value: number;
      stdDev: number | null;
      min: number | null;
      max: number | null;
      q1: number | null;
      q3: number | null;
      date: string;
    }[];
  };
}

export const SUBMIT = `mutation($results: [ResultInput!]!) {
  submitResults(input: { results: $results }) { created replaced }
}`;

/** A result for submitResults, in a project of its own unless told otherwise. */
export const result = (environment: string, overrides: Record<string, unknown> = {}) => ({
  commitId: unique('c').slice(0, 12),
  branch: 'main',
  project: unique('proj'),
  executable: 'cpython',
  benchmark: unique('bench'),
  environment,
  value: 1.5,
  ...overrides,
});

/** Submits through GraphQL; fails the test on any error. */
export async function submit(server: TestServer, results: Record<string, unknown>[]) {
  const answer = await server.graphql(SUBMIT, { results });
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

/** The ids the API gives to names (to build filters the way a view would). */
export async function idsOf(server: TestServer, project: string) {
  const answer = await server.graphql<{
    results: {
      nodes: {
        revision: { id: string; commitId: string; branch: { id: string; name: string }; project: { id: string } };
        executable: { id: string; name: string };
        benchmark: { id: string; name: string };
        environment: { id: string; name: string };
      }[];
    };
  }>(
    `query($p: String) { results(filter: { project: $p }, first: 500) { nodes {
      revision { id commitId branch { id name } project { id } }
      executable { id name } benchmark { id name } environment { id name }
    } } }`,
    { p: project },
  );
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data!.results.nodes;
}
