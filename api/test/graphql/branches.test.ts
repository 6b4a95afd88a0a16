import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, testDatabase, unique, type TestServer } from '../harness.js';
import { allPages, createProject, expectError, ok, type PageOf } from './helpers.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
});

interface BranchShape {
  id: string;
  name: string;
  displayOnComparisonPage: boolean;
  project: { id: string; name: string };
}

const FIELDS = 'id name displayOnComparisonPage project { id name }';

const create = (input: Record<string, unknown>, token?: string | null) =>
  server.graphql<{ createBranch: { branch: BranchShape } }>(
    `mutation($input: CreateBranchInput!) { createBranch(input: $input) { branch { ${FIELDS} } } }`,
    { input },
    { token },
  );

const update = (input: Record<string, unknown>, token?: string | null) =>
  server.graphql<{ updateBranch: { branch: BranchShape } }>(
    `mutation($input: UpdateBranchInput!) { updateBranch(input: $input) { branch { ${FIELDS} } } }`,
    { input },
    { token },
  );

const remove = (id: string, token?: string | null) =>
  server.graphql<{ deleteBranch: { deletedId: string } }>(
    `mutation($id: ID!) { deleteBranch(input: { id: $id }) { deletedId } }`,
    { id },
    { token },
  );

const byId = async (id: string) =>
  ok(await server.graphql<{ branch: BranchShape | null }>(`query($id: ID!) { branch(id: $id) { ${FIELDS} } }`, { id }))
    .branch;

describe('branches', () => {
  it('creates a branch of a project, shown on comparisons by default, and reads it with its project', async () => {
    const project = await createProject(server);
    const branch = ok(await create({ projectId: project.id, name: 'main' })).createBranch.branch;
    expect(branch).toMatchObject({ name: 'main', displayOnComparisonPage: true, project });
    expect(await byId(branch.id)).toEqual(branch);
  });

  it('refuses a second branch of the same name in a project, but not in another project', async () => {
    const [a, b] = [await createProject(server), await createProject(server)];
    ok(await create({ projectId: a.id, name: 'dev' }));
    expectError(await create({ projectId: a.id, name: 'dev' }), 'CONFLICT', 'name');
    expect(ok(await create({ projectId: b.id, name: 'dev' })).createBranch.branch.project.id).toBe(b.id);
  });

  it('answers NOT_FOUND naming projectId for an unknown project', async () => {
    expectError(await create({ projectId: '999999', name: 'main' }), 'NOT_FOUND', 'projectId');
  });

  it('refuses an empty name and one longer than 32 characters, naming the field', async () => {
    const { id } = await createProject(server);
    expectError(await create({ projectId: id, name: '' }), 'BAD_USER_INPUT', 'name');
    expectError(await create({ projectId: id, name: 'b'.repeat(33) }), 'BAD_USER_INPUT', 'name');
  });

  it('renames a branch and hides it from comparisons, refusing a name the project already has', async () => {
    const { id } = await createProject(server);
    const branch = ok(await create({ projectId: id, name: 'old' })).createBranch.branch;
    ok(await create({ projectId: id, name: 'taken' }));
    const updated = ok(await update({ id: branch.id, name: 'new', displayOnComparisonPage: false })).updateBranch
      .branch;
    expect(updated).toMatchObject({ id: branch.id, name: 'new', displayOnComparisonPage: false });
    expectError(await update({ id: branch.id, name: 'taken' }), 'CONFLICT', 'name');
    expectError(
      await update({ id: branch.id, displayOnComparisonPage: null }),
      'BAD_USER_INPUT',
      'displayOnComparisonPage',
    );
    expectError(await update({ id: '999999', name: 'x' }), 'NOT_FOUND', 'id');
  });

  it('deletes a branch, and answers NOT_FOUND the second time', async () => {
    const { id } = await createProject(server);
    const branch = ok(await create({ projectId: id, name: 'gone' })).createBranch.branch;
    expect(ok(await remove(branch.id)).deleteBranch.deletedId).toBe(branch.id);
    expect(await byId(branch.id)).toBeNull();
    expectError(await remove(branch.id), 'NOT_FOUND', 'id');
  });

  it('pages through the branches of one project only', async () => {
    const [mine, other] = [await createProject(server), await createProject(server)];
    const names = ['b1', 'b2', 'b3', 'b4', 'b5'];
    for (const name of names) ok(await create({ projectId: mine.id, name }));
    ok(await create({ projectId: other.id, name: 'elsewhere' }));
    const pages = await allPages<{ name: string }>(
      server,
      `query($p: ID!, $after: String) { branches(projectId: $p, first: 2, after: $after) {
        nodes { name } pageInfo { hasNextPage endCursor } totalCount } }`,
      { p: mine.id },
      (data) => data['branches'] as PageOf<{ name: string }>,
    );
    expect(pages.map((p) => p.nodes.map((b) => b.name))).toEqual([['b1', 'b2'], ['b3', 'b4'], ['b5']]);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages[0]!.totalCount).toBe(5);
  });

  it('refuses a cursor it did not issue', async () => {
    const { id } = await createProject(server);
    const answer = await server.graphql(`query($p: ID!) { branches(projectId: $p, after: "xyz") { nodes { id } } }`, {
      p: id,
    });
    expectError(answer, 'BAD_USER_INPUT', 'after');
  });

  it('refuses every branch mutation without a token', async () => {
    const { id } = await createProject(server);
    const branch = ok(await create({ projectId: id, name: unique('b').slice(0, 20) })).createBranch.branch;
    expectError(await create({ projectId: id, name: 'anon' }, null), 'UNAUTHENTICATED');
    expectError(await update({ id: branch.id, name: 'anon' }, null), 'UNAUTHENTICATED');
    expectError(await remove(branch.id, null), 'UNAUTHENTICATED');
    expect(await byId(branch.id)).toEqual(branch);
  });
});
