import { beforeAll, describe, expect, it } from 'vitest';
import { CODESPEED_KEYS } from '../../src/codespeed/parse-item.js';
import type { SubmissionField } from '../../src/modules/ingestion/submission.js';
import { createProject } from '../graphql/helpers.js';
import { createEnvironment, startTestServer, testDatabase, unique, type TestServer } from '../harness.js';

/**
 * Both doors hand their items to the ingestion service, which alone decides
 * the first bad item of a batch: whatever its kind of problem (a door's syntax,
 * a rule every door shares, or one only the database knows), both doors name
 * the same item.
 */

let server: TestServer;
let environment: string;

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
  environment = await createEnvironment(server);
});

/** What differs between the items of a batch; graphqlItem and codespeedItem word it for each door. */
interface Item {
  project: string;
  commitId?: string;
  environment?: string;
  branch?: string;
}

const graphqlItem = (item: Item) => ({
  commitId: item.commitId ?? '1',
  branch: item.branch ?? 'main',
  project: item.project,
  executable: 'exe',
  benchmark: 'bench',
  environment: item.environment ?? environment,
  value: 1.5,
});

/** The same item under Codespeed's keys, every value a string as a form sends it. */
const codespeedItem = (item: Item, overrides: Record<string, string> = {}) => ({
  ...Object.fromEntries(
    Object.entries(graphqlItem(item)).map(([field, value]) => [
      CODESPEED_KEYS[field as SubmissionField],
      String(value),
    ]),
  ),
  ...overrides,
});

const SUBMIT = `mutation($results: [ResultInput!]!) { submitResults(input: { results: $results }) { created } }`;

async function throughGraphql(items: ReturnType<typeof graphqlItem>[]) {
  const answer = await server.graphql(SUBMIT, { results: items });
  expect(answer.errors, 'the batch should have been refused').toHaveLength(1);
  const [error] = answer.errors!;
  expect(error!.extensions?.['code']).toBe('BAD_USER_INPUT');
  return { index: error!.extensions?.['index'], field: error!.extensions?.['field'], message: error!.message };
}

async function throughCodespeed(items: ReturnType<typeof codespeedItem>[]) {
  const answer = await server.postForm('/result/add/json/', { json: JSON.stringify(items) });
  expect(answer.status).toBe(400);
  const [, item] = /^Item (\d+): /.exec(answer.text) ?? [];
  return { index: Number(item) - 1, text: answer.text };
}

async function resultCount(project: string) {
  const [row] = await server.db
    .fork()
    .getConnection()
    .execute<{ n: number }[]>(
      `select count(*)::int as n from result x join revision r on r.id = x.revision_id
       join project p on p.id = r.project_id where p.name = '${project}'`,
    );
  return row!.n;
}

describe('the first bad item of a batch, through both doors', () => {
  it('names the first item, whose environment is unknown, before a second item with a syntax problem', async () => {
    const project = unique('proj');
    const first = { project, environment: 'nowhere' };
    const codespeed = await throughCodespeed([
      codespeedItem(first),
      codespeedItem({ project }, { result_value: 'abc' }),
    ]);
    expect(codespeed).toEqual({ index: 0, text: 'Item 1: Environment nowhere not found' });
    // GraphQL types every value itself: a rule both doors share is its closest kind of problem.
    const graphql = await throughGraphql([graphqlItem(first), graphqlItem({ project, branch: '' })]);
    expect(graphql).toEqual({
      index: 0,
      field: 'results[0].environment',
      message: 'results[0].environment: Environment nowhere not found',
    });
    expect(await resultCount(project)).toBe(0);
  });

  it('names the first item, whose environment is unknown, before a second item that breaks a shared rule', async () => {
    const project = unique('proj');
    const items: Item[] = [
      { project, environment: 'nowhere' },
      { project, commitId: 'None' },
    ];
    const codespeed = await throughCodespeed(items.map((i) => codespeedItem(i)));
    const graphql = await throughGraphql(items.map(graphqlItem));
    expect(codespeed).toEqual({ index: 0, text: 'Item 1: Environment nowhere not found' });
    expect(graphql).toMatchObject({ index: 0, field: 'results[0].environment' });
  });

  it('names a later item with a syntax problem when the database refuses none before it', async () => {
    const project = unique('proj');
    const codespeed = await throughCodespeed([
      codespeedItem({ project }),
      codespeedItem({ project }, { result_value: 'abc' }),
      codespeedItem({ project, environment: 'nowhere' }),
    ]);
    expect(codespeed).toEqual({ index: 1, text: 'Item 2: Value for key "result_value" is not a number: abc' });
    const graphql = await throughGraphql([
      graphqlItem({ project }),
      graphqlItem({ project, branch: '' }),
      graphqlItem({ project, environment: 'nowhere' }),
    ]);
    expect(graphql).toMatchObject({ index: 1, field: 'results[1].branch' });
    expect(await resultCount(project)).toBe(0);
  });

  it('names the same item when only the database refuses it', async () => {
    const { name: project } = await createProject(server, { repositoryType: 'SUBVERSION' });
    const items: Item[] = [
      { project, commitId: '41' },
      { project, commitId: '42' },
      { project, commitId: 'abc' },
      { project, commitId: 'def' },
    ];
    const codespeed = await throughCodespeed(items.map((i) => codespeedItem(i)));
    const graphql = await throughGraphql(items.map(graphqlItem));
    expect(codespeed).toEqual({ index: 2, text: 'Item 3: Invalid SVN commit id abc' });
    expect(graphql).toEqual({
      index: 2,
      field: 'results[2].commitId',
      message: 'results[2].commitId: Invalid SVN commit id abc',
    });
    expect(await resultCount(project)).toBe(0);
  });
});
