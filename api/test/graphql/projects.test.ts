import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, startTestServer, testDatabase, unique, type TestServer } from '../harness.js';
import { allPages, createProject, expectError, ok, type PageOf } from './helpers.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
});

const PROJECT_FIELDS = `id name repositoryType repositoryUrl repositoryUser hasRepositoryPassword
  commitBrowsingUrl trackChanges defaultBranch`;

interface ProjectShape {
  id: string;
  name: string;
  repositoryType: string;
  repositoryUrl: string;
  repositoryUser: string;
  hasRepositoryPassword: boolean;
  commitBrowsingUrl: string;
  trackChanges: boolean;
  defaultBranch: string;
}

const byId = (id: string) =>
  server.graphql<{ project: ProjectShape | null }>(`query($id: ID) { project(id: $id) { ${PROJECT_FIELDS} } }`, {
    id,
  });

const update = (input: Record<string, unknown>, token?: string | null) =>
  server.graphql<{ updateProject: { project: ProjectShape } }>(
    `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { ${PROJECT_FIELDS} } } }`,
    { input },
    { token },
  );

const remove = (id: string, token?: string | null) =>
  server.graphql<{ deleteProject: { deletedId: string } }>(
    `mutation($id: ID!) { deleteProject(input: { id: $id }) { deletedId } }`,
    { id },
    { token },
  );

describe('projects', () => {
  it('creates a project with every field and reads it back by id and by name', async () => {
    const name = unique('cpython');
    const input = {
      name,
      repositoryType: 'SUBVERSION',
      repositoryUrl: 'https://svn.example.org/repo',
      repositoryUser: 'builder',
      repositoryPassword: 'hunter2',
      commitBrowsingUrl: 'https://svn.example.org/r/{commitid}',
      trackChanges: false,
      defaultBranch: 'trunk',
    };
    const created = ok(
      await server.graphql<{ createProject: { project: ProjectShape } }>(
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { project { ${PROJECT_FIELDS} } } }`,
        { input },
      ),
    ).createProject.project;
    const { repositoryPassword: _secret, ...visible } = input;
    expect(created).toMatchObject({ ...visible, hasRepositoryPassword: true });

    expect(ok(await byId(created.id)).project).toEqual(created);
    const byName = await server.graphql<{ project: ProjectShape }>(
      `query($name: String) { project(name: $name) { ${PROJECT_FIELDS} } }`,
      { name },
    );
    expect(ok(byName).project).toEqual(created);
  });

  it('gives a project created with only a name Codespeed’s defaults', async () => {
    const { id } = await createProject(server);
    expect(ok(await byId(id)).project).toMatchObject({
      repositoryType: 'NONE',
      repositoryUrl: '',
      repositoryUser: '',
      hasRepositoryPassword: false,
      commitBrowsingUrl: '',
      trackChanges: true,
      defaultBranch: '',
    });
  });

  it('never exposes the repository password in the schema', async () => {
    const { id } = await createProject(server, { repositoryPassword: 'hunter2' });
    const answer = await server.graphql(`query($id: ID) { project(id: $id) { repositoryPassword } }`, { id });
    expectError(answer, 'GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(answer)).not.toContain('hunter2');
  });

  it('changes only the fields an update gives, and can remove the password', async () => {
    const { id, name } = await createProject(server, { repositoryPassword: 'hunter2', defaultBranch: 'main' });
    const updated = ok(await update({ id, trackChanges: false, repositoryPassword: '' })).updateProject.project;
    expect(updated).toMatchObject({ name, trackChanges: false, defaultBranch: 'main', hasRepositoryPassword: false });
    const renamed = ok(await update({ id, name: `${name}-2`, repositoryType: 'GIT' })).updateProject.project;
    expect(renamed).toMatchObject({ name: `${name}-2`, repositoryType: 'GIT', trackChanges: false });
  });

  it('refuses a second project of the same name with CONFLICT naming the name', async () => {
    const { name } = await createProject(server);
    expectError(
      await server.graphql(`mutation($name: String!) { createProject(input: { name: $name }) { project { id } } }`, {
        name,
      }),
      'CONFLICT',
      'name',
    );
    const other = await createProject(server);
    expectError(await update({ id: other.id, name }), 'CONFLICT', 'name');
  });

  it('refuses an empty name, naming the field', async () => {
    const answer = await server.graphql(`mutation { createProject(input: { name: "" }) { project { id } } }`);
    expectError(answer, 'BAD_USER_INPUT', 'name');
    const { id } = await createProject(server);
    expectError(await update({ id, name: '' }), 'BAD_USER_INPUT', 'name');
  });

  it('refuses a name longer than its column, naming the field', async () => {
    const answer = await server.graphql(
      `mutation($name: String!) { createProject(input: { name: $name }) { project { id } } }`,
      {
        name: 'x'.repeat(101),
      },
    );
    expectError(answer, 'BAD_USER_INPUT', 'name');
  });

  it('refuses null for a field that cannot be empty, naming the field', async () => {
    const { id } = await createProject(server);
    expectError(await update({ id, trackChanges: null }), 'BAD_USER_INPUT', 'trackChanges');
    expectError(await update({ id, name: null }), 'BAD_USER_INPUT', 'name');
  });

  it('answers NOT_FOUND for updating or deleting an unknown project', async () => {
    expectError(await update({ id: '999999', name: unique('x') }), 'NOT_FOUND', 'id');
    expectError(await remove('999999'), 'NOT_FOUND', 'id');
  });

  it('answers null for an unknown project and BAD_USER_INPUT without an id or a name', async () => {
    expect(ok(await byId('999999')).project).toBeNull();
    expectError(await server.graphql(`{ project { id } }`), 'BAD_USER_INPUT', 'id');
    expectError(await byId('abc'), 'BAD_USER_INPUT', 'id');
  });

  it('pages through projects in creation order with first and after', async () => {
    const mine = [await createProject(server), await createProject(server), await createProject(server)];
    const pages = await allPages<{ id: string; name: string }>(
      server,
      `query($after: String) { projects(first: 2, after: $after) {
        nodes { id name } pageInfo { hasNextPage endCursor } totalCount } }`,
      {},
      (data) => data['projects'] as PageOf<{ id: string; name: string }>,
    );
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages.slice(0, -1)) {
      expect(page.nodes).toHaveLength(2);
      expect(page.pageInfo.hasNextPage).toBe(true);
    }
    const all = pages.flatMap((p) => p.nodes);
    expect(all.map((p) => Number(p.id))).toEqual([...all.map((p) => Number(p.id))].sort((a, b) => a - b));
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    expect(all.filter((p) => mine.some((m) => m.id === p.id))).toEqual(mine);
    expect(pages[0]!.totalCount).toBe(all.length);
  });

  it('refuses a cursor it did not issue, and a page size out of range', async () => {
    const bad = await server.graphql(`{ projects(after: "not-a-cursor") { nodes { id } } }`);
    expectError(bad, 'BAD_USER_INPUT', 'after');
    expectError(await server.graphql(`{ projects(first: 0) { nodes { id } } }`), 'BAD_USER_INPUT', 'first');
    expectError(await server.graphql(`{ projects(first: 501) { nodes { id } } }`), 'BAD_USER_INPUT', 'first');
  });

  it('refuses every project mutation without a token', async () => {
    const { id } = await createProject(server);
    expectError(
      await server.graphql(
        `mutation { createProject(input: { name: "anon" }) { project { id } } }`,
        {},
        { token: null },
      ),
      'UNAUTHENTICATED',
    );
    expectError(await update({ id, name: unique('anon') }, null), 'UNAUTHENTICATED');
    expectError(await remove(id, null), 'UNAUTHENTICATED');
    expect(ok(await byId(id)).project).not.toBeNull();
  });

  it('lists a project’s branches and executables by name', async () => {
    const { id } = await createProject(server);
    for (const name of ['zeta', 'alpha']) {
      ok(
        await server.graphql(
          `mutation($p: ID!, $n: String!) {
            createBranch(input: { projectId: $p, name: $n }) { branch { id } }
            createExecutable(input: { projectId: $p, name: $n }) { executable { id } } }`,
          { p: id, n: name },
        ),
      );
    }
    const answer = await server.graphql<{
      projects: { nodes: { id: string; branches: { name: string }[]; executables: { name: string }[] }[] };
    }>(`{ projects(first: 500) { nodes { id branches { name } executables { name } } } }`);
    const project = ok(answer).projects.nodes.find((p) => p.id === id)!;
    expect(project.branches.map((b) => b.name)).toEqual(['alpha', 'zeta']);
    expect(project.executables.map((e) => e.name)).toEqual(['alpha', 'zeta']);
  });

  it('deletes a project with its branches, executables, revisions and results', async () => {
    const environment = await createEnvironment(server);
    const project = unique('doomed');
    const posted = await server.postForm('/result/add/', {
      commitid: 'abc123',
      branch: 'main',
      project,
      executable: 'exe',
      benchmark: unique('bench'),
      environment,
      result_value: '1.5',
    });
    expect(posted.status).toBe(202);
    const results = () =>
      server.graphql<{ results: { nodes: { id: string }[] } }>(
        `query($p: String) { results(filter: { project: $p }) { nodes { id } } }`,
        { p: project },
      );
    expect(ok(await results()).results.nodes).toHaveLength(1);
    const found = ok(
      await server.graphql<{
        project: { id: string; branches: { id: string }[]; executables: { id: string }[] };
      }>(`query($n: String) { project(name: $n) { id branches { id } executables { id } } }`, { n: project }),
    ).project;

    expect(ok(await remove(found.id)).deleteProject.deletedId).toBe(found.id);

    expect(ok(await results()).results.nodes).toEqual([]);
    expect(ok(await byId(found.id)).project).toBeNull();
    const leftovers = await server.graphql<{ branch: unknown; executable: unknown }>(
      `query($b: ID!, $e: ID!) { branch(id: $b) { id } executable(id: $e) { id } }`,
      { b: found.branches[0]!.id, e: found.executables[0]!.id },
    );
    expect(ok(leftovers)).toEqual({ branch: null, executable: null });
    expectError(await remove(found.id), 'NOT_FOUND', 'id');
  });
});
