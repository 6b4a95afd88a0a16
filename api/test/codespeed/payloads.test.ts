import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, startTestServer, testDatabase, type TestServer } from '../harness.js';

/**
 * Bodies exactly as real clients send them (fixtures/payloads/README.md says
 * which client sends which), posted byte for byte and read back through GraphQL.
 */
const payloads = path.resolve(import.meta.dirname, '../../../fixtures/payloads');
const FORM = 'application/x-www-form-urlencoded';

interface Stored {
  benchmark: { name: string };
  value: number;
  stdDev: number | null;
  min: number | null;
  max: number | null;
  date: string;
  revision: { commitId: string; date: string };
}

interface Case {
  file: string;
  endpoint: '/result/add/' | '/result/add/json/';
  contentType: string;
  answer: string;
  environments: string[];
  project: string;
  commitId: string;
  /** What GraphQL returns, by benchmark name; `now` stands for a date set on arrival. */
  expected: Record<string, Omit<Partial<Stored>, 'benchmark'>>;
}

const cases: Case[] = [
  {
    file: 'codespeed-save-single-result.txt',
    endpoint: '/result/add/',
    contentType: FORM,
    answer: 'Result data saved successfully',
    environments: ['Dual Core'],
    project: 'MyProject',
    commitId: '14',
    expected: {
      float: {
        value: 4000,
        stdDev: 1.11111,
        min: 3995.1,
        max: 4001.6,
        date: '2026-10-28T17:02:44.518Z',
        revision: { commitId: '14', date: '2026-10-28T15:41:09.000Z' },
      },
    },
  },
  {
    file: 'codespeed-save-multiple-results.txt',
    endpoint: '/result/add/json/',
    contentType: FORM,
    answer: 'All result data saved successfully',
    environments: ['Dual Core'],
    project: 'MyProject',
    commitId: '8',
    expected: {
      float: { value: 2500, stdDev: null, min: null, max: null },
      int: { value: 1100, stdDev: null },
    },
  },
  {
    file: 'pyperformance-upload.txt',
    endpoint: '/result/add/json/',
    contentType: FORM,
    answer: 'All result data saved successfully',
    environments: ['speed-python'],
    project: 'CPython',
    commitId: '3f1c5e8d0a2b47e69c1d8a7b5e4f3029a6b8c7d1',
    expected: Object.fromEntries(
      [
        ['float', 0.1132895511, 0.0014523318],
        ['json_dumps', 0.0149213007, 0.0001873344],
        ['nbody', 0.1367723925, 0.0021019861],
      ].map(([name, value, stdDev]) => [
        name,
        {
          value: value as number,
          stdDev: stdDev as number,
          date: '2026-10-27T09:12:51.000Z',
          revision: { commitId: '3f1c5e8d0a2b47e69c1d8a7b5e4f3029a6b8c7d1', date: '2026-10-27T09:12:51.000Z' },
        },
      ]),
    ),
  },
  {
    file: 'none-dates-empty-std-dev.txt',
    endpoint: '/result/add/',
    contentType: FORM,
    answer: 'Result data saved successfully',
    environments: ['bigdog'],
    project: 'pypy',
    commitId: 'c4ed6e4cfb0a',
    expected: {
      richards: { value: 0.0297, stdDev: null, date: 'now', revision: { commitId: 'c4ed6e4cfb0a', date: 'now' } },
    },
  },
  {
    file: 'requests-json-body.json',
    endpoint: '/result/add/json/',
    contentType: 'application/json',
    answer: 'All result data saved successfully',
    environments: ['Quad Core'],
    project: 'MyService',
    commitId: '9b2e7c41d0f8a3e5b6c7d8e9f0a1b2c3d4e5f607',
    expected: {
      requests_per_second: { value: 18342.5, stdDev: 211.7, min: 17912, max: 18705.25 },
      p99_latency: { value: 12.84, stdDev: null, date: '2026-10-29T08:15:00.000Z' },
    },
  },
];

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
  for (const name of new Set(cases.flatMap((c) => c.environments))) await createEnvironment(server, name);
});

async function storedResults(project: string, commitId: string): Promise<Stored[]> {
  const answer = await server.graphql<{ results: { nodes: Stored[] } }>(
    `query($project: String, $commitId: String) {
      results(filter: { project: $project, commitId: $commitId }) {
        nodes { benchmark { name } value stdDev min max date revision { commitId date } }
      }
    }`,
    { project, commitId },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.results.nodes;
}

describe('payloads as real clients send them', () => {
  it.each(cases)('stores $file posted to $endpoint', async (c) => {
    const body = readFileSync(path.join(payloads, c.file));
    const before = Date.now();
    const response = await fetch(server.url + c.endpoint, {
      method: 'POST',
      headers: { 'content-type': c.contentType },
      body,
    });
    expect({ status: response.status, text: await response.text() }).toEqual({ status: 202, text: c.answer });

    const stored = await storedResults(c.project, c.commitId);
    expect(stored.map((r) => r.benchmark.name).sort()).toEqual(Object.keys(c.expected).sort());
    for (const result of stored) {
      const { date, revision, ...expected } = c.expected[result.benchmark.name]!;
      expect(result).toMatchObject(expected);
      expect(result.revision.commitId).toBe(c.commitId);
      for (const [actual, wanted] of [
        [result.date, date],
        [result.revision.date, revision?.date],
      ] as const) {
        if (wanted === 'now') expect(Date.parse(actual)).toBeGreaterThanOrEqual(before - 5_000);
        else if (wanted) expect(actual).toBe(wanted);
      }
    }
  });

  it('keeps the benchmark metadata a raw JSON client sends with a new benchmark', async () => {
    const answer = await server.graphql<{
      results: { nodes: { benchmark: { name: string; units: string; unitsTitle: string; lessIsBetter: boolean } }[] };
    }>(
      `query { results(filter: { project: "MyService", benchmark: "requests_per_second" }) {
        nodes { benchmark { name units unitsTitle lessIsBetter } }
      } }`,
    );
    expect(answer.data!.results.nodes[0]!.benchmark).toEqual({
      name: 'requests_per_second',
      units: 'req/s',
      unitsTitle: 'Throughput',
      lessIsBetter: false,
    });
  });
});
