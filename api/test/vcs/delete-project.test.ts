import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../harness.js';
import { ok } from '../graphql/helpers.js';
import { makeGitFixture, tempDir, type GitFixture } from './git-fixture.js';
import { gitProject, projectName, submit, vcsServer } from './enrichment-helpers.js';

let server: TestServer;
let environment: string;
let fixture: GitFixture;
let repositories: string;

beforeAll(async () => {
  repositories = tempDir('delete-repos');
  ({ server, environment } = await vcsServer({ REPOSITORIES_DIR: repositories }));
  fixture = makeGitFixture(tempDir('delete'));
});

describe('deleting a project', () => {
  it('removes its local clone and keeps the others', async () => {
    const kept = await gitProject(server, fixture.url, { name: projectName() });
    const gone = await gitProject(server, fixture.url, { name: projectName() });
    for (const project of [kept, gone]) {
      await submit(server, [{ project: project.name, commitId: fixture.ids['c1']!, value: 1, environment }]);
    }
    await server.services.enrichment.drain();
    expect(readdirSync(repositories).sort()).toEqual([`${gone.id}.git`, `${kept.id}.git`].sort());

    ok(await server.graphql(`mutation($id: ID!) { deleteProject(input: { id: $id }) { deletedId } }`, { id: gone.id }));
    expect(existsSync(path.join(repositories, `${gone.id}.git`))).toBe(false);
    expect(existsSync(path.join(repositories, `${kept.id}.git`))).toBe(true);
  });
});
