import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, startTestServer, testDatabase, unique, type TestServer } from '../harness.js';

let server: TestServer;
let environment: string;

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
  environment = await createEnvironment(server);
});

const item = (overrides: Record<string, string> = {}) => ({
  commitid: unique('c').slice(0, 12),
  branch: 'default',
  project: unique('proj'),
  executable: 'myexe O3 64bits',
  benchmark: unique('float'),
  environment,
  result_value: '456',
  ...overrides,
});

async function resultsOf(project: string) {
  const answer = await server.graphql<{
    results: {
      nodes: {
        value: number;
        stdDev: number | null;
        min: number | null;
        max: number | null;
        date: string;
        revision: { commitId: string; date: string };
        benchmark: { name: string; units: string; unitsTitle: string; lessIsBetter: boolean; description: string };
      }[];
    };
  }>(
    `query($project: String) { results(filter: { project: $project }) { nodes {
      value stdDev min max date
      revision { commitId date }
      benchmark { name units unitsTitle lessIsBetter description }
    } } }`,
    { project },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.results.nodes;
}

describe('POST /result/add/', () => {
  it('saves a result and answers 202 with Codespeed’s text', async () => {
    const fields = item({ std_dev: '1.11111', min: '1', max: '2' });
    const answer = await server.postForm('/result/add/', fields);
    expect(answer).toMatchObject({ status: 202, text: 'Result data saved successfully' });
    const [stored] = await resultsOf(fields.project);
    expect(stored).toMatchObject({ value: 456, stdDev: 1.11111, min: 1, max: 2 });
    expect(stored!.revision.commitId).toBe(fields.commitid);
  });

  it.each(['commitid', 'branch', 'project', 'executable', 'benchmark', 'environment', 'result_value'])(
    'answers 400 naming the missing key %s',
    async (key) => {
      const fields: Record<string, string> = item();
      delete fields[key];
      const answer = await server.postForm('/result/add/', fields);
      expect(answer).toMatchObject({ status: 400, text: `Key "${key}" missing from request` });
    },
  );

  it('checks required keys in Codespeed’s order', async () => {
    const answer = await server.postForm('/result/add/', { benchmark: 'x', result_value: '1' });
    expect(answer.text).toBe('Key "commitid" missing from request');
  });

  it('answers 400 for an empty value', async () => {
    const answer = await server.postForm('/result/add/', item({ executable: '' }));
    expect(answer).toMatchObject({ status: 400, text: 'Value for key "executable" empty in request' });
  });

  it('refuses an unknown environment, which it never creates', async () => {
    const fields = item({ environment: 'bigdog1' });
    const answer = await server.postForm('/result/add/', fields);
    expect(answer).toMatchObject({ status: 400, text: 'Environment bigdog1 not found' });
    expect(await resultsOf(fields.project)).toEqual([]);
  });

  it('answers 400 where Codespeed answered 500: a value that is not a number', async () => {
    const answer = await server.postForm('/result/add/', item({ result_value: 'abc' }));
    expect(answer).toMatchObject({ status: 400, text: 'Value for key "result_value" is not a number: abc' });
  });

  it.each(['NaN', 'inf', 'Infinity', '-inf'])('refuses the non-finite value %s', async (value) => {
    const answer = await server.postForm('/result/add/', item({ result_value: value }));
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('result_value');
  });

  it('refuses a value too large to be finite', async () => {
    const answer = await server.postForm('/result/add/', item({ result_value: '1e400' }));
    expect(answer).toMatchObject({
      status: 400,
      text: 'Value for key "result_value" is not a finite number: Infinity',
    });
  });

  it('refuses the commit id None and one over 42 characters', async () => {
    expect((await server.postForm('/result/add/', item({ commitid: 'None' }))).text).toBe('Invalid commit id None');
    const long = await server.postForm('/result/add/', item({ commitid: 'a'.repeat(43) }));
    expect(long).toMatchObject({ status: 400, text: 'Value for key "commitid" is longer than 42 characters' });
  });

  it('refuses a malformed date, naming the key', async () => {
    const answer = await server.postForm('/result/add/', item({ revision_date: '2017-13-45 99:00' }));
    expect(answer).toMatchObject({
      status: 400,
      text: 'Value for key "revision_date" is not a valid date: 2017-13-45 99:00',
    });
  });

  it('reads dates with and without offsets, as UTC, and None as absent', async () => {
    const a = item({ revision_date: '2017-03-30T19:12:18+02:00', result_date: '2017-03-30 20:00:00.123456' });
    expect((await server.postForm('/result/add/', a)).status).toBe(202);
    const [stored] = await resultsOf(a.project);
    expect(stored!.revision.date).toBe('2017-03-30T17:12:18.000Z');
    expect(stored!.date).toBe('2017-03-30T20:00:00.123Z');

    const b = item({ revision_date: 'None', result_date: '' });
    const before = Date.now();
    expect((await server.postForm('/result/add/', b)).status).toBe(202);
    const [now] = await resultsOf(b.project);
    expect(Date.parse(now!.revision.date)).toBeGreaterThanOrEqual(before - 5_000);
    expect(now!.date).toBe(now!.revision.date);
  });

  it('dates a result by its revision when no result_date is given', async () => {
    const fields = item({ revision_date: '2011-05-05 03:01:45' });
    await server.postForm('/result/add/', fields);
    const [stored] = await resultsOf(fields.project);
    expect(stored!.date).toBe('2011-05-05T03:01:45.000Z');
  });

  it('never changes an existing revision’s date', async () => {
    const fields = item({ revision_date: '2011-05-05 03:01:45' });
    await server.postForm('/result/add/', fields);
    await server.postForm('/result/add/', {
      ...fields,
      benchmark: unique('other'),
      revision_date: '2020-01-01 00:00:00',
    });
    const stored = await resultsOf(fields.project);
    expect(stored.map((r) => r.revision.date)).toEqual(['2011-05-05T03:01:45.000Z', '2011-05-05T03:01:45.000Z']);
  });

  it('replaces the result of a second submission of the same measurement', async () => {
    const fields = item();
    await server.postForm('/result/add/', fields);
    await server.postForm('/result/add/', { ...fields, result_value: '400' });
    expect((await resultsOf(fields.project)).map((r) => r.value)).toEqual([400]);
  });

  it('applies benchmark metadata only when it creates the benchmark', async () => {
    const fields = item({ units: 'MB', units_title: 'Memory', lessisbetter: 'False', description: 'peak memory' });
    await server.postForm('/result/add/', fields);
    await server.postForm('/result/add/', {
      ...fields,
      commitid: 'second',
      units: 'GB',
      units_title: 'Space',
      lessisbetter: 'True',
    });
    const stored = await resultsOf(fields.project);
    for (const r of stored) {
      expect(r.benchmark).toMatchObject({
        units: 'MB',
        unitsTitle: 'Memory',
        lessIsBetter: false,
        description: 'peak memory',
      });
    }
  });

  it('gives a new benchmark Codespeed’s defaults', async () => {
    const fields = item();
    await server.postForm('/result/add/', fields);
    const [stored] = await resultsOf(fields.project);
    expect(stored!.benchmark).toMatchObject({
      units: 'seconds',
      unitsTitle: 'Time',
      lessIsBetter: true,
      description: '',
    });
  });

  it.each(['false', '0'])('reads lessisbetter=%s as false', async (value) => {
    const fields = item({ lessisbetter: value });
    await server.postForm('/result/add/', fields);
    expect((await resultsOf(fields.project))[0]!.benchmark.lessIsBetter).toBe(false);
  });

  it('creates a tracked project whose default branch is the one uploaded to', async () => {
    const fields = item({ branch: 'trunk' });
    await server.postForm('/result/add/', fields);
    const answer = await server.graphql<{ results: { nodes: { revision: { commitId: string } }[] } }>(
      `query($p: String) { results(filter: { project: $p, branch: "trunk" }) { nodes { revision { commitId } } } }`,
      { p: fields.project },
    );
    expect(answer.data!.results.nodes).toHaveLength(1);
    const { rows } = await server.db
      .fork()
      .getConnection()
      .execute(`select track_changes, default_branch from project where name = '${fields.project}'`)
      .then((rows) => ({ rows }));
    expect(rows[0]).toEqual({ track_changes: true, default_branch: 'trunk' });
  });

  it('answers 405 to other methods', async () => {
    const answer = await fetch(`${server.url}/result/add/`);
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
  });
});

describe('POST /result/add/json/', () => {
  it('saves every item of the array in the form key json', async () => {
    const project = unique('proj');
    const items = [item({ project }), item({ project, result_value: '2.5' })];
    const answer = await server.postForm('/result/add/json/', { json: JSON.stringify(items) });
    expect(answer).toMatchObject({ status: 202, text: 'All result data saved successfully' });
    expect((await resultsOf(project)).map((r) => r.value).sort()).toEqual([2.5, 456]);
  });

  it('accepts the array as a raw JSON body, with JSON numbers and booleans', async () => {
    const project = unique('proj');
    const items = [{ ...item({ project }), result_value: 1.5, std_dev: 0.1, lessisbetter: false }];
    const answer = await server.post('/result/add/json/', JSON.stringify(items), {
      'content-type': 'application/json',
    });
    expect(answer.status).toBe(202);
    const [stored] = await resultsOf(project);
    expect(stored).toMatchObject({ value: 1.5, stdDev: 0.1 });
    expect(stored!.benchmark.lessIsBetter).toBe(false);
  });

  it('answers 400 without the json key', async () => {
    const answer = await server.postForm('/result/add/json/', { data: '[]' });
    expect(answer).toMatchObject({ status: 400, text: "No key 'json' in POST payload" });
  });

  it('answers 400 naming the problem of malformed JSON', async () => {
    const answer = await server.postForm('/result/add/json/', { json: '[{"commitid": ' });
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/^Malformed JSON in key 'json': /);
    const raw = await server.post('/result/add/json/', '[{', { 'content-type': 'application/json' });
    expect(raw.status).toBe(400);
    expect(raw.text).toMatch(/^Malformed JSON/);
  });

  it('treats an empty array as a success', async () => {
    const answer = await server.postForm('/result/add/json/', { json: '[]' });
    expect(answer).toMatchObject({ status: 202, text: 'All result data saved successfully' });
  });

  it('saves nothing from a batch whose third item names an unknown environment', async () => {
    const project = unique('proj');
    const items = [item({ project }), item({ project }), item({ project, environment: 'bigdog1' }), item({ project })];
    const answer = await server.postForm('/result/add/json/', { json: JSON.stringify(items) });
    expect(answer).toMatchObject({ status: 400, text: 'Item 3: Environment bigdog1 not found' });
    expect(await resultsOf(project)).toEqual([]);
    const projects = await server.db.fork().getConnection().execute(`select id from project where name = '${project}'`);
    expect(projects).toEqual([]);
  });

  it('saves nothing from a batch whose third item has a bad value, and names the item', async () => {
    const project = unique('proj');
    const items = [item({ project }), item({ project }), item({ project, result_value: 'fast' })];
    const answer = await server.postForm('/result/add/json/', { json: JSON.stringify(items) });
    expect(answer).toMatchObject({ status: 400, text: 'Item 3: Value for key "result_value" is not a number: fast' });
    expect(await resultsOf(project)).toEqual([]);
  });

  it('answers with the first bad item, whatever kind of problem comes later', async () => {
    const items = [item(), item({ environment: 'nowhere' }), item({ result_value: 'x' })];
    const answer = await server.postForm('/result/add/json/', { json: JSON.stringify(items) });
    expect(answer.text).toBe('Item 2: Environment nowhere not found');
  });

  it('refuses a batch whose item is not an object', async () => {
    const answer = await server.postForm('/result/add/json/', { json: JSON.stringify([item(), 'oops']) });
    expect(answer).toMatchObject({ status: 400 });
    expect(answer.text).toMatch(/^Item 2: /);
  });
});

describe('text the database cannot store', () => {
  it('answers 400, not 500, for a NUL character in a name', async () => {
    const answer = await server.postForm('/result/add/', item({ executable: 'bad\u0000name' }));
    expect(answer).toMatchObject({ status: 400, text: 'Value for key "executable" contains a NUL character' });
  });
});
