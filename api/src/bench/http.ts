import { performance } from 'node:perf_hooks';

/** Something broke (not a slow number): the bench stops and exits non-zero. */
export class BenchBroke extends Error {}

/** A GraphQL request to the server; any error in the answer is a broken bench. */
export async function graphql<T>(
  serverUrl: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const { status, text } = await postGraphql(serverUrl, token, query, variables);
  return parseGraphql<T>(status, text);
}

/** A GraphQL request, answered once its body has fully arrived (not parsed: the read figures time this part). */
export async function postGraphql(
  serverUrl: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
}

/** The data of a GraphQL answer; errors, or a body that is not JSON, make a broken bench. */
export function parseGraphql<T>(status: number, text: string): T {
  let answer: { data?: T; errors?: unknown[] };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    throw new BenchBroke(`GraphQL answered ${status} with a body that is not JSON: ${text.slice(0, 500)}`);
  }
  if (answer.errors?.length || !answer.data) {
    throw new BenchBroke(`GraphQL answered ${status} with errors: ${JSON.stringify(answer.errors).slice(0, 1000)}`);
  }
  return answer.data;
}

/** POSTs a form-encoded body and expects Codespeed's 202. */
export async function postForm(serverUrl: string, path: string, body: string): Promise<void> {
  const response = await fetch(serverUrl + path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  const text = await response.text();
  if (response.status !== 202) throw new BenchBroke(`POST ${path} answered ${response.status}: ${text.slice(0, 500)}`);
}

export interface Timed {
  seconds: number;
  /** One per request, in milliseconds. */
  latenciesMs: number[];
  /** CPU this process used meanwhile (user + system). */
  cpuSeconds: number;
}

/**
 * Sends requests 0..count-1 from `clients` concurrent loops, each taking the
 * next request when its previous one is answered (like that many uploaders).
 * The clock runs from the first request sent to the last answer received.
 */
export async function runClients(
  count: number,
  clients: number,
  send: (index: number) => Promise<void>,
): Promise<Timed> {
  const latenciesMs: number[] = [];
  let next = 0;
  const loop = async () => {
    while (next < count) {
      const index = next++;
      const started = performance.now();
      await send(index);
      latenciesMs.push(performance.now() - started);
    }
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(clients, count) }, loop));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { seconds, latenciesMs, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** The q-quantile (0..1) of some numbers, by nearest rank. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
