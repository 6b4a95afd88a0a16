import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, startTestServer, testDatabase, unique, type TestServer } from '../harness.js';
import { allPages, createProject, expectError, ok, type PageOf } from './helpers.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
});

interface RevisionShape {
  id: string;
  commitId: string;
  date: string;
  author: string;
  message: string;
  tag: string;
  project: { id: string };
  branch: { id: string; name: string };
}

const FIELDS = 'id commitId date author message tag project { id } branch { id name }';

const create = (input: Record<string, unknown>, token?: string | null) =>
  server.graphql<{ createRevision: { revision: RevisionShape } }>(
    `mutation($input: CreateRevisionInput!) { createRevision(input: $input) { revision { ${FIELDS} } } }`,
    { input: { branch: 'main', commitId: unique('c'), ...input } },
    { token },
  );

const created = async (input: Record<string, unknown>) => ok(await create(input)).createRevision.revision;

const update = (input: Record<string, unknown>, token?: string | null) =>
  server.graphql<{ updateRevision: { revision: RevisionShape } }>(
    `mutation($input: UpdateRevisionInput!) { updateRevision(input: $input) { revision { ${FIELDS} } } }`,
    { input },
    { token },
  );

const remove = (id: string, token?: string | null) =>
  server.graphql<{ deleteRevision: { deletedId: string } }>(
    `mutation($id: ID!) { deleteRevision(input: { id: $id }) { deletedId } }`,
    { id },
    { token },
  );

const byId = async (id: string) =>
  ok(
    await server.graphql<{ revision: RevisionShape | null }>(`query($id: ID!) { revision(id: $id) { ${FIELDS} } }`, {
      id,
    }),
  ).revision;

const LIST = `query($p: ID!, $branch: String, $after: String) {
  revisions(projectId: $p, branch: $branch, first: 2, after: $after) {
    nodes { commitId } pageInfo { hasNextPage endCursor } totalCount } }`;

const listed = async (projectId: string, branch?: string) =>
  (
    await allPages<{ commitId: string }>(
      server,
      LIST,
      { p: projectId, branch },
      (data) => data['revisions'] as PageOf<{ commitId: string }>,
    )
  ).flatMap((page) => page.nodes.map((n) => n.commitId));

describe('revisions', () => {
  it('creates a revision with every field, creating its branch, and reads it with its project and branch', async () => {
    const project = await createProject(server);
    const input = {
      projectId: project.id,
      branch: 'feature',
      commitId: 'a1b2c3d4',
      date: '2024-05-01T10:00:00.000Z',
      author: 'Ada <ada@example.org>',
      message: 'Speed up the parser',
      tag: 'v1.0',
    };
    const revision = await created(input);
    const { projectId: _p, branch: _b, ...fields } = input;
    expect(revision).toMatchObject({ ...fields, project: { id: project.id }, branch: { name: 'feature' } });
    expect(await byId(revision.id)).toEqual(revision);
  });

  it('adds revisions to an existing branch without creating another', async () => {
    const project = await createProject(server);
    const first = await created({ projectId: project.id });
    const second = await created({ projectId: project.id });
    expect(second.branch).toEqual(first.branch);
    const branches = await server.graphql<{ project: { branches: { name: string }[] } }>(
      `query($id: ID) { project(id: $id) { branches { name } } }`,
      { id: project.id },
    );
    expect(ok(branches).project.branches).toEqual([{ name: 'main' }]);
  });

  it('dates a revision created without a date now', async () => {
    const project = await createProject(server);
    const before = Date.now();
    const revision = await created({ projectId: project.id });
    expect(Date.parse(revision.date)).toBeGreaterThanOrEqual(before - 5_000);
    expect(revision).toMatchObject({ author: '', message: '', tag: '' });
  });

  it('lists a project’s revisions newest first, page by page, and by branch', async () => {
    const { id } = await createProject(server);
    const at = (day: number) => `2024-01-0${day}T00:00:00.000Z`;
    await created({ projectId: id, commitId: 'day1', date: at(1) });
    await created({ projectId: id, commitId: 'day3', date: at(3) });
    await created({ projectId: id, commitId: 'day2a', date: at(2) });
    await created({ projectId: id, commitId: 'day2b', date: at(2) });
    await created({ projectId: id, commitId: 'other', date: at(4), branch: 'dev' });
    // Same date: the later id first, so the order is total and pages never skip or repeat.
    expect(await listed(id)).toEqual(['other', 'day3', 'day2b', 'day2a', 'day1']);
    expect(await listed(id, 'main')).toEqual(['day3', 'day2b', 'day2a', 'day1']);
    expect(await listed(id, 'dev')).toEqual(['other']);
    expect(await listed(id, 'nowhere')).toEqual([]);
  });

  it.each([
    ['garbage', 'garbage'],
    ['JSON that is not a list', '"text"'],
    ['a list of the wrong length', '[1]'],
    ['a value of the wrong type', '["2024-01-01T00:00:00.000Z", "x"]'],
    ['an operator instead of a value', '["2024-01-01T00:00:00.000Z", {"$ne": 1}]'],
    ['a number too large for an id', '["2024-01-01T00:00:00.000Z", 1e20]'],
  ])('refuses a cursor it did not issue: %s', async (_kind, cursor) => {
    const { id } = await createProject(server);
    const after = cursor === 'garbage' ? cursor : Buffer.from(cursor).toString('base64url');
    expectError(await server.graphql(LIST, { p: id, after }), 'BAD_USER_INPUT', 'after');
  });

  it('refuses the same commit twice on a branch, naming commitId, but accepts it on another branch', async () => {
    const { id } = await createProject(server);
    await created({ projectId: id, commitId: 'abc' });
    expectError(await create({ projectId: id, commitId: 'abc' }), 'CONFLICT', 'commitId');
    expect((await created({ projectId: id, commitId: 'abc', branch: 'dev' })).branch.name).toBe('dev');
  });

  it('refuses a commit id that is not a number in a Subversion project', async () => {
    const { id } = await createProject(server, { repositoryType: 'SUBVERSION' });
    const error = expectError(await create({ projectId: id, commitId: 'abc' }), 'BAD_USER_INPUT', 'commitId');
    expect(error.message).toContain('Invalid SVN commit id abc');
    expect((await created({ projectId: id, commitId: '1234' })).commitId).toBe('1234');
  });

  it('refuses the commit id None and one longer than 42 characters, naming commitId', async () => {
    const { id } = await createProject(server);
    expectError(await create({ projectId: id, commitId: 'None' }), 'BAD_USER_INPUT', 'commitId');
    expectError(await create({ projectId: id, commitId: 'a'.repeat(43) }), 'BAD_USER_INPUT', 'commitId');
    expect((await created({ projectId: id, commitId: 'a'.repeat(42) })).commitId).toHaveLength(42);
  });

  it('answers NOT_FOUND naming projectId for an unknown project', async () => {
    expectError(await create({ projectId: '999999' }), 'NOT_FOUND', 'projectId');
  });

  it('changes a revision’s tag, author, message and date, and nothing else', async () => {
    const { id } = await createProject(server);
    const revision = await created({ projectId: id, author: 'someone', date: '2024-01-01T00:00:00.000Z' });
    const changes = { tag: 'v2.0', message: 'Release 2.0', date: '2024-02-02T12:00:00.000Z' };
    const updated = ok(await update({ id: revision.id, ...changes })).updateRevision.revision;
    expect(updated).toEqual({ ...revision, ...changes });
    expect(ok(await update({ id: revision.id, author: 'Ada' })).updateRevision.revision).toEqual({
      ...updated,
      author: 'Ada',
    });
    expectError(await update({ id: revision.id, tag: null }), 'BAD_USER_INPUT', 'tag');
    expectError(await update({ id: revision.id, tag: 't'.repeat(101) }), 'BAD_USER_INPUT', 'tag');
    expectError(await update({ id: '999999', tag: 'x' }), 'NOT_FOUND', 'id');
  });

  it('deletes a revision with its results', async () => {
    const environment = await createEnvironment(server);
    const project = unique('proj');
    const fields = { commitid: 'r1', branch: 'main', project, executable: 'exe', environment, result_value: '1' };
    expect((await server.postForm('/result/add/', { ...fields, benchmark: unique('b') })).status).toBe(202);
    const { id: projectId } = ok(
      await server.graphql<{ project: { id: string } }>(`query($n: String) { project(name: $n) { id } }`, {
        n: project,
      }),
    ).project;
    const [revision] = ok(
      await server.graphql<{ revisions: { nodes: { id: string }[] } }>(
        `query($p: ID!) { revisions(projectId: $p) { nodes { id } } }`,
        { p: projectId },
      ),
    ).revisions.nodes;

    expect(ok(await remove(revision!.id)).deleteRevision.deletedId).toBe(revision!.id);

    const results = await server.graphql<{ results: { nodes: unknown[] } }>(
      `query($p: String) { results(filter: { project: $p }) { nodes { id } } }`,
      { p: project },
    );
    expect(ok(results).results.nodes).toEqual([]);
    expect(await byId(revision!.id)).toBeNull();
    expectError(await remove(revision!.id), 'NOT_FOUND', 'id');
  });

  it('refuses every revision mutation without a token', async () => {
    const { id } = await createProject(server);
    const revision = await created({ projectId: id });
    expectError(await create({ projectId: id }, null), 'UNAUTHENTICATED');
    expectError(await update({ id: revision.id, tag: 'anon' }, null), 'UNAUTHENTICATED');
    expectError(await remove(revision.id, null), 'UNAUTHENTICATED');
    expect(await byId(revision.id)).toEqual(revision);
  });
});
