import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, testDatabase, unique, type TestServer } from '../harness.js';
import { allPages, expectError, ok, type PageOf } from './helpers.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
});

interface BenchmarkShape {
  id: string;
  name: string;
  benchmarkType: string;
  dataType: string;
  description: string;
  unitsTitle: string;
  units: string;
  lessIsBetter: boolean;
  defaultOnComparison: boolean;
  parent: { id: string } | null;
  children: { id: string; name: string }[];
}

const FIELDS = `id name benchmarkType dataType description unitsTitle units lessIsBetter defaultOnComparison
  parent { id } children { id name }`;

const create = async (input: Record<string, unknown> = {}, token?: string | null) =>
  server.graphql<{ createBenchmark: { benchmark: BenchmarkShape } }>(
    `mutation($input: CreateBenchmarkInput!) { createBenchmark(input: $input) { benchmark { ${FIELDS} } } }`,
    { input: { name: unique('bench'), ...input } },
    { token },
  );

const created = async (input: Record<string, unknown> = {}) => ok(await create(input)).createBenchmark.benchmark;

const update = (input: Record<string, unknown>, token?: string | null) =>
  server.graphql<{ updateBenchmark: { benchmark: BenchmarkShape } }>(
    `mutation($input: UpdateBenchmarkInput!) { updateBenchmark(input: $input) { benchmark { ${FIELDS} } } }`,
    { input },
    { token },
  );

const remove = (id: string, token?: string | null) =>
  server.graphql<{ deleteBenchmark: { deletedId: string } }>(
    `mutation($id: ID!) { deleteBenchmark(input: { id: $id }) { deletedId } }`,
    { id },
    { token },
  );

const byId = async (id: string) =>
  ok(
    await server.graphql<{ benchmark: BenchmarkShape | null }>(`query($id: ID) { benchmark(id: $id) { ${FIELDS} } }`, {
      id,
    }),
  ).benchmark;

describe('benchmarks', () => {
  it('creates a benchmark with every field and reads it back by name', async () => {
    const parent = await created();
    const input = {
      name: unique('nbody'),
      parentId: parent.id,
      benchmarkType: 'OWN_PROJECT',
      dataType: 'MEDIAN',
      description: 'peak memory of nbody',
      unitsTitle: 'Memory',
      units: 'MB',
      lessIsBetter: false,
      defaultOnComparison: false,
    };
    const benchmark = await created(input);
    const { parentId: _parent, ...fields } = input;
    expect(benchmark).toMatchObject({ ...fields, parent: { id: parent.id }, children: [] });
    const byName = await server.graphql<{ benchmark: BenchmarkShape }>(
      `query($name: String) { benchmark(name: $name) { ${FIELDS} } }`,
      { name: input.name },
    );
    expect(ok(byName).benchmark).toEqual(benchmark);
  });

  it('gives a benchmark created with only a name Codespeed’s defaults', async () => {
    expect(await created()).toMatchObject({
      benchmarkType: 'CROSS_PROJECT',
      dataType: 'MEAN',
      description: '',
      unitsTitle: 'Time',
      units: 'seconds',
      lessIsBetter: true,
      defaultOnComparison: true,
      parent: null,
    });
  });

  it('lists the children of a benchmark, as a field and as a filtered page', async () => {
    const parent = await created();
    const b = await created({ name: unique('b-child'), parentId: parent.id });
    const a = await created({ name: unique('a-child'), parentId: parent.id });
    await created();
    expect((await byId(parent.id))!.children).toEqual([
      { id: a.id, name: a.name },
      { id: b.id, name: b.name },
    ]);
    const pages = await allPages<{ id: string }>(
      server,
      `query($parent: ID, $after: String) { benchmarks(parentId: $parent, first: 1, after: $after) {
        nodes { id } pageInfo { hasNextPage endCursor } } }`,
      { parent: parent.id },
      (data) => data['benchmarks'] as PageOf<{ id: string }>,
    );
    expect(pages.flatMap((p) => p.nodes.map((n) => n.id))).toEqual([b.id, a.id]);
  });

  it('moves a benchmark under another parent, and back to the top level with a null parentId', async () => {
    const [first, second] = [await created(), await created()];
    const child = await created({ parentId: first.id });
    expect(ok(await update({ id: child.id, parentId: second.id })).updateBenchmark.benchmark.parent).toEqual({
      id: second.id,
    });
    expect(ok(await update({ id: child.id, units: 'ms' })).updateBenchmark.benchmark).toMatchObject({
      parent: { id: second.id },
      units: 'ms',
    });
    expect(ok(await update({ id: child.id, parentId: null })).updateBenchmark.benchmark.parent).toBeNull();
  });

  it('refuses a parent that would make a cycle, naming parentId', async () => {
    const top = await created();
    const middle = await created({ parentId: top.id });
    const bottom = await created({ parentId: middle.id });
    expectError(await update({ id: top.id, parentId: bottom.id }), 'BAD_USER_INPUT', 'parentId');
    expectError(await update({ id: top.id, parentId: middle.id }), 'BAD_USER_INPUT', 'parentId');
    expectError(await update({ id: top.id, parentId: top.id }), 'BAD_USER_INPUT', 'parentId');
    expect((await byId(top.id))!.parent).toBeNull();
  });

  it('answers NOT_FOUND naming parentId for an unknown parent', async () => {
    expectError(await create({ parentId: '999999' }), 'NOT_FOUND', 'parentId');
    const benchmark = await created();
    expectError(await update({ id: benchmark.id, parentId: '999999' }), 'NOT_FOUND', 'parentId');
  });

  it('refuses a second benchmark of the same name with CONFLICT naming the name', async () => {
    const benchmark = await created();
    expectError(await create({ name: benchmark.name }), 'CONFLICT', 'name');
    const other = await created();
    expectError(await update({ id: other.id, name: benchmark.name }), 'CONFLICT', 'name');
  });

  it('refuses an empty name and units longer than their column, naming the field', async () => {
    expectError(await create({ name: '' }), 'BAD_USER_INPUT', 'name');
    expectError(await create({ units: 'u'.repeat(21) }), 'BAD_USER_INPUT', 'units');
    const benchmark = await created();
    expectError(await update({ id: benchmark.id, unitsTitle: '' }), 'BAD_USER_INPUT', 'unitsTitle');
    expectError(await update({ id: benchmark.id, lessIsBetter: null }), 'BAD_USER_INPUT', 'lessIsBetter');
  });

  it('deletes a benchmark, leaving its children at the top level', async () => {
    const parent = await created();
    const child = await created({ parentId: parent.id });
    expect(ok(await remove(parent.id)).deleteBenchmark.deletedId).toBe(parent.id);
    expect(await byId(parent.id)).toBeNull();
    expect((await byId(child.id))!.parent).toBeNull();
    expectError(await remove(parent.id), 'NOT_FOUND', 'id');
    expectError(await update({ id: parent.id, units: 'ms' }), 'NOT_FOUND', 'id');
  });

  it('pages through all benchmarks in creation order and refuses a cursor it did not issue', async () => {
    const mine = [await created(), await created(), await created()];
    const pages = await allPages<{ id: string }>(
      server,
      `query($after: String) { benchmarks(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      {},
      (data) => data['benchmarks'] as PageOf<{ id: string }>,
    );
    const ids = pages.flatMap((p) => p.nodes.map((n) => n.id));
    expect(ids.filter((id) => mine.some((m) => m.id === id))).toEqual(mine.map((m) => m.id));
    expectError(await server.graphql(`{ benchmarks(after: "nope") { nodes { id } } }`), 'BAD_USER_INPUT', 'after');
  });

  it('refuses every benchmark mutation without a token', async () => {
    const benchmark = await created();
    expectError(await create({}, null), 'UNAUTHENTICATED');
    expectError(await update({ id: benchmark.id, units: 'ms' }, null), 'UNAUTHENTICATED');
    expectError(await remove(benchmark.id, null), 'UNAUTHENTICATED');
    expect(await byId(benchmark.id)).toEqual(benchmark);
  });
});
