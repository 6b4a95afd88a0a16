import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, unique, type TestServer } from '../harness.js';
import { createProject, expectError, ok } from '../graphql/helpers.js';
import { AUTHOR, makeGitFixture, tempDir, type GitFixture } from './git-fixture.js';
import { gitProject, projectName, revisionsOf, submit, vcsServer } from './enrichment-helpers.js';

let server: TestServer;
let environment: string;
let fixture: GitFixture;

beforeAll(async () => {
  ({ server, environment } = await vcsServer());
  fixture = makeGitFixture(tempDir('graphql'));
});

const SYNC = `mutation($id: ID!) { syncRepository(input: { projectId: $id }) { project { id repository { kind state } } } }`;

describe('syncRepository', () => {
  it('reads again the revisions of a repository that failed, once its URL is fixed', async () => {
    const project = await gitProject(server, `file://${path.join(tempDir('typo'), 'typo.git')}`, {
      name: projectName(),
    });
    await submit(server, [{ project: project.name, commitId: fixture.ids.c3!, value: 1, environment }]);
    await server.services.enrichment.drain();
    // Stored as waiting for the retry (5 s later), and said to have failed: the repository's state is the news.
    expect((await revisionsOf(server, project.id)).get(fixture.ids.c3!)).toMatchObject({
      commitLogStatus: 'FAILED',
      author: '',
    });

    ok(
      await server.graphql(
        `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id } } }`,
        {
          input: { id: project.id, repositoryUrl: fixture.url },
        },
      ),
    );
    // The failure was the old URL's: the new one has not been tried yet.
    expect((await revisionsOf(server, project.id)).get(fixture.ids.c3!)?.commitLogStatus).toBe('PENDING');
    const answer = ok(
      await server.graphql<{ syncRepository: { project: { id: string; repository: { kind: string } } } }>(SYNC, {
        id: project.id,
      }),
    );
    expect(answer.syncRepository.project).toMatchObject({ id: project.id, repository: { kind: 'GIT' } });
    await server.services.enrichment.drain();
    expect((await revisionsOf(server, project.id)).get(fixture.ids.c3!)).toMatchObject({
      commitLogStatus: 'READY',
      author: AUTHOR.name,
      message: 'Third commit on main',
    });
    const status = ok(
      await server.graphql<{ project: { repository: { state: string; error: string } } }>(
        `query($id: ID) { project(id: $id) { repository { state error } } }`,
        { id: project.id },
      ),
    );
    expect(status.project.repository).toEqual({ state: 'READY', error: '' });
  });

  it('needs an admin, an existing project and a repository, naming the field', async () => {
    const project = await gitProject(server, fixture.url, { name: projectName() });
    expectError(await server.graphql(SYNC, { id: project.id }, { token: null }), 'UNAUTHENTICATED');
    const em = server.db.fork();
    const user = await server.services.users.createUser(em, {
      username: unique('user'),
      password: 'secret',
      isAdmin: false,
    });
    const { token } = await server.services.users.createToken(em, user, 'not an admin');
    expectError(await server.graphql(SYNC, { id: project.id }, { token }), 'FORBIDDEN');
    expectError(await server.graphql(SYNC, { id: '999999' }), 'NOT_FOUND', 'projectId');
    expectError(await server.graphql(SYNC, { id: 'x' }), 'BAD_USER_INPUT', 'projectId');
    const plain = await createProject(server);
    expectError(await server.graphql(SYNC, { id: plain.id }), 'BAD_USER_INPUT', 'projectId');
  });
});

describe('Revision.commits', () => {
  it('pages the log newest first and refuses a cursor it did not make', async () => {
    const project = await gitProject(server, fixture.url, { name: projectName() });
    await submit(server, [{ project: project.name, commitId: fixture.ids.c1!, value: 1, environment }]);
    await submit(server, [{ project: project.name, commitId: fixture.ids.r3!, value: 1, environment }]);
    await server.services.enrichment.drain();
    const revisionId = (await revisionsOf(server, project.id)).get(fixture.ids.r3!)!.id;
    const page = (after: string | null) =>
      server.graphql<{
        revision: {
          commits: {
            nodes: { id: string }[];
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        };
      }>(
        `query($id: ID!, $after: String) { revision(id: $id) { commits(first: 4, after: $after) { nodes { id } totalCount pageInfo { hasNextPage endCursor } } } }`,
        { id: revisionId, after },
      );
    const first = ok(await page(null)).revision.commits;
    expect(first.totalCount).toBe(8);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok(await page(first.pageInfo.endCursor)).revision.commits;
    expect(second.pageInfo.hasNextPage).toBe(false);
    // c1..r3 on main: r3 r2 r1 merge c3 f2 f1 c2 (git's order: newest first).
    expect([...first.nodes, ...second.nodes].map((c) => c.id)).toHaveLength(8);
    expect(first.nodes[0]!.id).toBe(fixture.ids.r3);
    expect(second.nodes.at(-1)!.id).toBe(fixture.ids.c2);
    expectError(await page('bm90LWEtY3Vyc29y'), 'BAD_USER_INPUT', 'after');
  });

  it('hides e-mail addresses when SHOW_AUTHOR_EMAIL_ADDRESS is off', async () => {
    const project = await gitProject(server, fixture.url, { name: projectName() });
    await submit(server, [{ project: project.name, commitId: fixture.ids.c2!, value: 1, environment }]);
    await server.services.enrichment.drain();
    const discreet = await startTestServer(server.db, {
      SHOW_AUTHOR_EMAIL_ADDRESS: 'false',
      REPOSITORIES_DIR: tempDir('discreet'),
    });
    const revision = (await revisionsOf(discreet, project.id)).get(fixture.ids.c2!)!;
    expect(revision.author).toBe(AUTHOR.name);
    expect(revision.authorEmail).toBe('');
    expect(revision.commits.nodes[0]).toMatchObject({ author: AUTHOR.name, authorEmail: '' });
    expect((await revisionsOf(server, project.id)).get(fixture.ids.c2!)!.authorEmail).toBe(AUTHOR.email);
  });
});
