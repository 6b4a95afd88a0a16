import { createEnvironment, unique, type TestServer } from '../harness.js';
import { ok } from '../graphql/helpers.js';

/** Seeding and querying the Timeline through the public API, for timeline.test.ts. */

export interface Item {
  commitId: string;
  benchmark: string;
  value: number;
  /** Day of the revision in January 2024. */
  day: number;
  branch?: string;
  executable?: string;
  q1?: number;
  q3?: number;
  min?: number;
  max?: number;
}

export interface Seeded {
  project: string;
  environment: string;
  environmentId: string;
  exe(name: string): string;
  bench(name: string): string;
  rev(commitId: string, branch?: string): string;
}

/**
 * Submits one project's results on a fresh environment, batch after batch;
 * returns the ids the API gave them.
 */
export async function seed(target: TestServer, batches: Item[][]): Promise<Seeded> {
  const project = unique('proj');
  const environment = await createEnvironment(target);
  for (const batch of batches) {
    const results = batch.map(({ day, ...item }) => ({
      branch: 'main',
      executable: 'exe',
      ...item,
      project,
      environment,
      revisionDate: new Date(Date.UTC(2024, 0, day)).toISOString(),
    }));
    ok(
      await target.graphql(
        `mutation($results: [ResultInput!]!) { submitResults(input: { results: $results }) { created } }`,
        { results },
      ),
    );
  }
  type Node = {
    revision: { id: string; commitId: string; branch: { name: string } };
    executable: { id: string; name: string };
    benchmark: { id: string; name: string };
    environment: { id: string };
  };
  const { results: page } = ok(
    await target.graphql<{ results: { nodes: Node[] } }>(
      `query($project: String!) { results(filter: { project: $project }, first: 500) { nodes {
        revision { id commitId branch { name } } executable { id name } benchmark { id name } environment { id } } } }`,
      { project },
    ),
  );
  const find = (what: string, id: string | undefined) => {
    if (!id) throw new Error(`seeded no ${what}`);
    return id;
  };
  return {
    project,
    environment,
    environmentId: page.nodes[0]!.environment.id,
    exe: (name) => find(name, page.nodes.find((n) => n.executable.name === name)?.executable.id),
    bench: (name) => find(name, page.nodes.find((n) => n.benchmark.name === name)?.benchmark.id),
    rev: (commitId, branch = 'main') =>
      find(
        commitId,
        page.nodes.find((n) => n.revision.commitId === commitId && n.revision.branch.name === branch)?.revision.id,
      ),
  };
}

export const TIMELINE = `query($input: TimelineInput!) {
  timeline(input: $input) {
    scope { environment { name } executables { name } branches limit baseline { executable { name } revision { tag } } }
    benchmarks {
      benchmark { name units unitsTitle lessIsBetter dataType }
      baselineValue
      series {
        executable { name }
        branch { name }
        points { revisionId commitId date tag value stdDev min max q1 q3 }
      }
    }
  }
}`;

export interface Point {
  revisionId: string;
  commitId: string;
  date: string;
  tag: string;
  value: number;
  stdDev: number | null;
  min: number | null;
  max: number | null;
  q1: number | null;
  q3: number | null;
}
export interface TimelineData {
  scope: {
    environment: { name: string } | null;
    executables: { name: string }[];
    branches: string[] | null;
    limit: number;
    baseline: { executable: { name: string }; revision: { tag: string } } | null;
  };
  benchmarks: {
    benchmark: { name: string; units: string; unitsTitle: string; lessIsBetter: boolean; dataType: string };
    baselineValue: number | null;
    series: { executable: { name: string }; branch: { name: string }; points: Point[] }[];
  }[];
}

export async function timeline(target: TestServer, input: Record<string, unknown>): Promise<TimelineData> {
  return ok(await target.graphql<{ timeline: TimelineData }>(TIMELINE, { input })).timeline;
}

export const commits = (series: { points: Point[] }) => series.points.map((p) => p.commitId);

export const GRID = `query($input: TimelineGridInput!) {
  timelineGrid(input: $input) {
    scope { limit environment { name } }
    nodes { benchmark { name } baselineValue series { executable { name } points { commitId value } } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

export interface GridData {
  scope: { limit: number; environment: { name: string } | null };
  nodes: {
    benchmark: { name: string };
    baselineValue: number | null;
    series: { executable: { name: string }; points: { commitId: string; value: number }[] }[];
  }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number | null;
}

export async function grid(target: TestServer, input: Record<string, unknown>): Promise<GridData> {
  return ok(await target.graphql<{ timelineGrid: GridData }>(GRID, { input })).timelineGrid;
}
