import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, testDatabase, type TestServer } from '../harness.js';
import { allPages, createProject, expectError, ok, type PageOf } from './helpers.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
});

interface ExecutableShape {
  id: string;
  name: string;
  description: string;
  project: { id: string; name: string };
}

const FIELDS = 'id name description project { id name }';

const create = (input: Record<string, unknown>, token?: string | null) =>
  server.graphql<{ createExecutable: { executable: ExecutableShape } }>(
    `mutation($input: CreateExecutableInput!) { createExecutable(input: $input) { executable { ${FIELDS} } } }`,
    { input },
    { token },
  );

const update = (input: Record<string, unknown>, token?: string | null) =>
  server.graphql<{ updateExecutable: { executable: ExecutableShape } }>(
    `mutation($input: UpdateExecutableInput!) { updateExecutable(input: $input) { executable { ${FIELDS} } } }`,
    { input },
    { token },
  );

const remove = (id: string, token?: string | null) =>
  server.graphql<{ deleteExecutable: { deletedId: string } }>(
    `mutation($id: ID!) { deleteExecutable(input: { id: $id }) { deletedId } }`,
    { id },
    { token },
  );

const byId = async (id: string) =>
  ok(
    await server.graphql<{ executable: ExecutableShape | null }>(
      `query($id: ID!) { executable(id: $id) { ${FIELDS} } }`,
      { id },
    ),
  ).executable;

describe('executables', () => {
  it('creates an executable of a project and reads it with its project', async () => {
    const project = await createProject(server);
    const input = { projectId: project.id, name: 'cpython 3.13 --jit', description: 'built with -O3' };
    const executable = ok(await create(input)).createExecutable.executable;
    expect(executable).toMatchObject({ name: input.name, description: input.description, project });
    expect(await byId(executable.id)).toEqual(executable);
  });

  it('refuses a second executable of the same name in a project, but not in another project', async () => {
    const [a, b] = [await createProject(server), await createProject(server)];
    ok(await create({ projectId: a.id, name: 'pypy' }));
    expectError(await create({ projectId: a.id, name: 'pypy' }), 'CONFLICT', 'name');
    expect(ok(await create({ projectId: b.id, name: 'pypy' })).createExecutable.executable.description).toBe('');
  });

  it('answers NOT_FOUND naming projectId for an unknown project', async () => {
    expectError(await create({ projectId: '999999', name: 'exe' }), 'NOT_FOUND', 'projectId');
  });

  it('refuses an empty name, naming the field', async () => {
    const { id } = await createProject(server);
    expectError(await create({ projectId: id, name: '' }), 'BAD_USER_INPUT', 'name');
  });

  it('renames an executable and changes its description, refusing a name the project already has', async () => {
    const { id } = await createProject(server);
    const executable = ok(await create({ projectId: id, name: 'old' })).createExecutable.executable;
    ok(await create({ projectId: id, name: 'taken' }));
    const updated = ok(await update({ id: executable.id, description: 'now with LTO' })).updateExecutable.executable;
    expect(updated).toMatchObject({ name: 'old', description: 'now with LTO' });
    expect(ok(await update({ id: executable.id, name: 'new' })).updateExecutable.executable.name).toBe('new');
    expectError(await update({ id: executable.id, name: 'taken' }), 'CONFLICT', 'name');
    expectError(await update({ id: '999999', name: 'x' }), 'NOT_FOUND', 'id');
  });

  it('deletes an executable, and answers NOT_FOUND the second time', async () => {
    const { id } = await createProject(server);
    const executable = ok(await create({ projectId: id, name: 'gone' })).createExecutable.executable;
    expect(ok(await remove(executable.id)).deleteExecutable.deletedId).toBe(executable.id);
    expect(await byId(executable.id)).toBeNull();
    expectError(await remove(executable.id), 'NOT_FOUND', 'id');
  });

  it('pages through the executables of one project, or of all projects without projectId', async () => {
    const [mine, other] = [await createProject(server), await createProject(server)];
    for (const name of ['e1', 'e2', 'e3']) ok(await create({ projectId: mine.id, name }));
    const elsewhere = ok(await create({ projectId: other.id, name: 'e4' })).createExecutable.executable;
    const query = `query($p: ID, $after: String) { executables(projectId: $p, first: 2, after: $after) {
      nodes { id name } pageInfo { hasNextPage endCursor } } }`;
    const pick = (data: Record<string, PageOf<{ id: string; name: string }>>) => data['executables']!;
    const pages = await allPages(server, query, { p: mine.id }, pick);
    expect(pages.map((p) => p.nodes.map((e) => e.name))).toEqual([['e1', 'e2'], ['e3']]);
    const everything = (await allPages(server, query, {}, pick)).flatMap((p) => p.nodes);
    expect(everything.map((e) => e.id)).toContain(elsewhere.id);
    expect(everything.filter((e) => /^e\d$/.test(e.name)).length).toBeGreaterThanOrEqual(4);
  });

  it('refuses a cursor it did not issue', async () => {
    expectError(await server.graphql(`{ executables(after: "%%%") { nodes { id } } }`), 'BAD_USER_INPUT', 'after');
  });

  it('refuses every executable mutation without a token', async () => {
    const { id } = await createProject(server);
    const executable = ok(await create({ projectId: id, name: 'kept' })).createExecutable.executable;
    expectError(await create({ projectId: id, name: 'anon' }, null), 'UNAUTHENTICATED');
    expectError(await update({ id: executable.id, name: 'anon' }, null), 'UNAUTHENTICATED');
    expectError(await remove(executable.id, null), 'UNAUTHENTICATED');
    expect(await byId(executable.id)).toEqual(executable);
  });
});
