import { createEnvironment, startTestServer, testDatabase, unique, type TestServer } from '../harness.js';
import { createProject, ok } from '../graphql/helpers.js';
import { tempDir } from './git-fixture.js';

/** A server whose repositories live in a folder of this test file's own. */
export async function vcsServer(
  env: Record<string, string> = {},
): Promise<{ server: TestServer; environment: string }> {
  const db = await testDatabase();
  const server = await startTestServer(db, { REPOSITORIES_DIR: tempDir('repos'), ...env });
  return { server, environment: await createEnvironment(server) };
}

/** A git project on `url` whose main history is the branch `main`. */
export async function gitProject(server: TestServer, url: string, extra: Record<string, unknown> = {}) {
  return createProject(server, {
    repositoryType: 'GIT',
    repositoryUrl: url,
    defaultBranch: 'main',
    commitBrowsingUrl: 'https://code.example.org/{branch}/commit/{commitid}?short={shortid}&by={author}',
    ...extra,
  });
}

const SUBMIT = `mutation($results: [ResultInput!]!) { submitResults(input: { results: $results }) { created } }`;

/** Results through the `submitResults` mutation; one per (commit, value). */
export async function submit(
  server: TestServer,
  items: {
    project: string;
    commitId: string;
    value: number;
    environment: string;
    branch?: string;
    benchmark?: string;
  }[],
) {
  return ok(
    await server.graphql(SUBMIT, {
      results: items.map((i) => ({
        project: i.project,
        commitId: i.commitId,
        branch: i.branch ?? 'main',
        executable: 'exe',
        benchmark: i.benchmark ?? 'bench',
        environment: i.environment,
        value: i.value,
      })),
    }),
  );
}

/** Results through Codespeed's `/result/add/json/`; returns the HTTP status. */
export async function postJson(
  server: TestServer,
  item: { project: string; commitId: string; value: number; environment: string; branch?: string },
) {
  const answer = await server.postForm('/result/add/json/', {
    json: JSON.stringify([
      {
        commitid: item.commitId,
        branch: item.branch ?? 'main',
        project: item.project,
        executable: 'exe',
        benchmark: 'bench',
        environment: item.environment,
        result_value: item.value,
      },
    ]),
  });
  return answer.status;
}

export interface RevisionView {
  id: string;
  commitId: string;
  author: string;
  authorEmail: string;
  date: string;
  message: string;
  tag: string;
  url: string | null;
  commitLogStatus: string;
  commits: {
    nodes: {
      id: string;
      shortId: string;
      author: string;
      authorEmail: string;
      subject: string;
      body: string;
      tags: string[];
      url: string | null;
      date: string;
    }[];
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

// A hundred logs of a hundred commits would be over GRAPHQL_MAX_COST: no test's revision has ten.
const REVISIONS = `query($projectId: ID!) {
  revisions(projectId: $projectId, first: 100) {
    nodes {
      id commitId author authorEmail date message tag url commitLogStatus
      commits(first: 10) {
        nodes { id shortId author authorEmail subject body tags url date }
        totalCount pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

/** Every revision of a project, by commit id. */
export async function revisionsOf(server: TestServer, projectId: string): Promise<Map<string, RevisionView>> {
  const data = ok(await server.graphql<{ revisions: { nodes: RevisionView[] } }>(REVISIONS, { projectId }));
  return new Map(data.revisions.nodes.map((r) => [r.commitId, r]));
}

export const projectName = () => unique('vcs');
