import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, startTestServer, testDatabase, unique, type TestServer } from '../harness.js';

let server: TestServer;
let envA: string;
let envB: string;
const project = unique('proj');

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
  envA = await createEnvironment(server);
  envB = await createEnvironment(server);
  const results = [];
  for (const [i, commitId] of ['r1', 'r2', 'r3'].entries()) {
    for (const environment of [envA, envB]) {
      for (const benchmark of [`${project}-float`, `${project}-int`]) {
        results.push({
          commitId,
          branch: i === 2 ? 'feature' : 'main',
          project,
          executable: 'exe',
          benchmark,
          environment,
          value: i + 1,
        });
      }
    }
  }
  const answer = await server.graphql(
    `mutation($results: [ResultInput!]!) { submitResults(input: { results: $results }) { created } }`,
    { results },
  );
  expect(answer.errors).toBeUndefined();
});

type Page = {
  results: {
    nodes: { value: number; revision: { commitId: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const QUERY = `query($filter: ResultFilter, $first: Int, $after: String) {
  results(filter: $filter, first: $first, after: $after) {
    nodes { value revision { commitId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('results query', () => {
  it.each([
    [{ project }, 12],
    [{ project, branch: 'feature' }, 4],
    [{ project, commitId: 'r2' }, 4],
    [{ project, environment: 'ENV_B' }, 6],
    [{ project, benchmark: 'BENCH_INT' }, 6],
    [{ project, executable: 'exe', benchmark: 'BENCH_INT', environment: 'ENV_A', commitId: 'r1' }, 1],
    [{ project, executable: 'other' }, 0],
  ])('filters by %j', async (filter, count) => {
    const resolved = Object.fromEntries(
      Object.entries(filter).map(([k, v]) => [
        k,
        v === 'ENV_B' ? envB : v === 'ENV_A' ? envA : v === 'BENCH_INT' ? `${project}-int` : v,
      ]),
    );
    const answer = await server.graphql<Page>(QUERY, { filter: resolved, first: 100 });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.results.nodes).toHaveLength(count);
  });

  it('pages through results with cursors, without repeats', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const answer: { data?: Page } = await server.graphql<Page>(QUERY, { filter: { project }, first: 5, after });
      const { nodes, pageInfo } = answer.data!.results;
      seen.push(...nodes.map((n) => n.value));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toHaveLength(12);
  });

  it('refuses a page size over 500, naming the argument', async () => {
    const answer = await server.graphql(QUERY, { filter: { project }, first: 501 });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('reads without a token', async () => {
    const answer = await server.graphql<Page>(QUERY, { filter: { project }, first: 1 }, { token: null });
    expect(answer.data!.results.nodes).toHaveLength(1);
  });
});
