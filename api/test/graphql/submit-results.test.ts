import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, startTestServer, testDatabase, unique, type TestServer } from '../harness.js';

let server: TestServer;
let environment: string;

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
  environment = await createEnvironment(server);
});

const SUBMIT = `mutation($results: [ResultInput!]!) {
  submitResults(input: { results: $results }) { created replaced reportsQueued }
}`;

const result = (project: string, overrides: Record<string, unknown> = {}) => ({
  commitId: 'abc123',
  branch: 'main',
  project,
  executable: 'cpython',
  benchmark: unique('bench'),
  environment,
  value: 1.25,
  ...overrides,
});

async function values(project: string) {
  const answer = await server.graphql<{ results: { nodes: { value: number; stdDev: number | null }[] } }>(
    `query($p: String) { results(filter: { project: $p }) { nodes { value stdDev } } }`,
    { p: project },
  );
  return answer.data!.results.nodes;
}

describe('submitResults', () => {
  it('stores a batch and says what it created', async () => {
    const project = unique('proj');
    const answer = await server.graphql(SUBMIT, {
      results: [result(project, { stdDev: 0.1, revisionDate: '2024-01-02T03:04:05Z' }), result(project)],
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ submitResults: { created: 2, replaced: 0, reportsQueued: 1 } });
    expect((await values(project)).map((r) => r.value)).toEqual([1.25, 1.25]);
  });

  it('replaces a measurement submitted again, so a retried upload is harmless', async () => {
    const project = unique('proj');
    const first = result(project);
    await server.graphql(SUBMIT, { results: [first] });
    const again = await server.graphql(SUBMIT, { results: [{ ...first, value: 2 }] });
    expect(again.data).toEqual({ submitResults: { created: 0, replaced: 1, reportsQueued: 1 } });
    expect((await values(project)).map((r) => r.value)).toEqual([2]);
  });

  it('keeps the later of two submissions of one measurement in the same batch', async () => {
    const project = unique('proj');
    const first = result(project);
    const answer = await server.graphql(SUBMIT, { results: [first, { ...first, value: 9 }] });
    expect(answer.data).toEqual({ submitResults: { created: 1, replaced: 0, reportsQueued: 1 } });
    expect((await values(project)).map((r) => r.value)).toEqual([9]);
  });

  it('saves nothing from a batch whose third item names an unknown environment, and names the item and field', async () => {
    const project = unique('proj');
    const answer = await server.graphql(SUBMIT, {
      results: [result(project), result(project), result(project, { environment: 'bigdog1' })],
    });
    expect(answer.errors?.[0]).toMatchObject({
      message: 'results[2].environment: Environment bigdog1 not found',
      extensions: { code: 'BAD_USER_INPUT', field: 'results[2].environment', index: 2 },
    });
    expect(await values(project)).toEqual([]);
  });

  it('names the field of a validation error', async () => {
    const project = unique('proj');
    const answer = await server.graphql(SUBMIT, { results: [result(project), result(project, { branch: '' })] });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'results[1].branch' });
    expect(answer.errors?.[0]?.message).toMatch(/^results\[1\]\.branch: /);
  });

  it('refuses the commit id None', async () => {
    const answer = await server.graphql(SUBMIT, { results: [result(unique('proj'), { commitId: 'None' })] });
    expect(answer.errors?.[0]?.message).toBe('results[0].commitId: Invalid commit id None');
  });

  it('answers a value of the wrong type with a GraphQL validation error', async () => {
    const answer = await server.graphql(SUBMIT, { results: [result(unique('proj'), { value: 'fast' })] });
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toContain('value');
  });

  it('needs an API token', async () => {
    const answer = await server.graphql(SUBMIT, { results: [result(unique('proj'))] }, { token: null });
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const wrong = await server.graphql(SUBMIT, { results: [result(unique('proj'))] }, { token: 'sg_wrong' });
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'The API token is unknown or was revoked',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('creates one revision and no errors when eight clients submit for the same new revision at once', async () => {
    const project = unique('proj');
    const commitId = unique('rev');
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, client) =>
        server.graphql(SUBMIT, {
          results: Array.from({ length: 25 }, (_, i) =>
            result(project, {
              commitId,
              benchmark: `shared-${project}-${i}`,
              executable: `exe${client % 2}`,
              value: client,
            }),
          ),
        }),
      ),
    );
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    const rows = await server.db
      .fork()
      .getConnection()
      .execute(
        `select count(distinct r.id)::int as revisions, count(distinct b.id)::int as branches, count(distinct x.id)::int as results
         from project p join branch b on b.project_id = p.id join revision r on r.branch_id = b.id
         join result x on x.revision_id = r.id where p.name = '${project}'`,
      );
    expect(rows[0]).toEqual({ revisions: 1, branches: 1, results: 50 });
  });
});
