import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/db/orm.js';
import { FixtureError, loadFixtureFile, loadFixtures } from '../src/fixtures/load.js';
import { createLogger } from '../src/lib/logger.js';
import type { Services } from '../src/server/context.js';
import { createServices } from '../src/speedgraph.js';
import { testDatabase, unique } from './harness.js';

const demoPath = path.resolve(import.meta.dirname, '../../fixtures/demo.json');

interface DemoFile {
  environments: unknown[];
  benchmarks: unknown[];
  projects: {
    name: string;
    repositoryType?: string;
    branches: unknown[];
    executables: unknown[];
    revisions: { commitId: string; branch?: string; date: string; author?: string; message?: string; tag?: string }[];
    runs: { executable: string; results: Record<string, unknown> }[];
  }[];
}

/** A fresh copy of the demo file, to change freely. */
const demo = (): DemoFile => JSON.parse(readFileSync(demoPath, 'utf8')) as DemoFile;

const TABLES = ['environment', 'benchmark', 'project', 'branch', 'executable', 'revision', 'result'] as const;
type Counts = Record<(typeof TABLES)[number], number>;

/** What loading the file into an empty database must give. */
function countsOf(file: DemoFile): Counts {
  const sum = (pick: (p: DemoFile['projects'][number]) => number) => file.projects.reduce((n, p) => n + pick(p), 0);
  return {
    environment: file.environments.length,
    benchmark: file.benchmarks.length,
    project: file.projects.length,
    branch: sum((p) => p.branches.length),
    executable: sum((p) => p.executables.length),
    revision: sum((p) => p.revisions.length),
    result: sum((p) => p.runs.reduce((n, r) => n + Object.keys(r.results).length, 0)),
  };
}

let db: Database;
let services: Services;

async function rows<T>(query: string, params: unknown[] = []): Promise<T[]> {
  return (await db.fork().getConnection().execute(query, params)) as T[];
}

async function counts(): Promise<Counts> {
  const out = {} as Counts;
  for (const table of TABLES) {
    const [row] = await rows<{ n: number }>(`select count(*)::int as n from ${table}`);
    out[table] = row!.n;
  }
  return out;
}

beforeAll(async () => {
  db = await testDatabase();
  services = createServices(loadConfig({ LOG_LEVEL: 'silent' }), db, createLogger('silent'));
});

describe('the demo data', () => {
  it('loads every environment, benchmark, project, branch, executable, revision and result of the file', async () => {
    const expected = countsOf(demo());
    expect(expected.result).toBeGreaterThan(150);
    const summary = await loadFixtureFile(services, demoPath);
    expect(summary).toBe(
      `Loaded ${expected.environment} environments, ${expected.benchmark} benchmarks, ${expected.project} projects, ` +
        `${expected.branch} branches, ${expected.executable} executables, ${expected.revision} revisions and ` +
        `${expected.result} results (${expected.result} new, 0 replaced).`,
    );
    expect(await counts()).toEqual(expected);
  });

  it('keeps the metadata of projects, benchmarks and revisions', async () => {
    const [project] = await rows(
      `select repository_type, commit_browsing_url, track_changes, default_branch from project where name = 'MyProject'`,
    );
    expect(project).toEqual({
      repository_type: 'none',
      commit_browsing_url: 'https://git.example.org/myproject/commit/{commitid}',
      track_changes: true,
      default_branch: 'default',
    });
    const [untracked] = await rows(`select track_changes from project where name = 'BaseProj'`);
    expect(untracked).toEqual({ track_changes: false });

    const [int] = await rows(`select units_title, units, less_is_better, data_type from benchmark where name = 'int'`);
    expect(int).toEqual({ units_title: 'Throughput', units: 'Mops/s', less_is_better: false, data_type: 'median' });

    const tagged = demo().projects[0]!.revisions.find((r) => r.tag === '1.0')!;
    const [revision] = await rows<{ tag: string; author: string; message: string; date: Date; branch: string }>(
      `select r.tag, r.author, r.message, r.date, b.name as branch
       from revision r join branch b on b.id = r.branch_id where r.commit_id = ?`,
      [tagged.commitId],
    );
    expect(revision).toMatchObject({ tag: '1.0', author: tagged.author, message: tagged.message, branch: 'default' });
    expect(new Date(revision!.date).toISOString()).toBe(new Date(tagged.date).toISOString());
  });

  it('stores the spread of each result: std dev for means, quartiles for medians', async () => {
    const [float] = await rows<Record<string, number | null>>(
      `select std_dev, min, max, q1 from result r join benchmark b on b.id = r.benchmark_id
       where b.name = 'float' order by r.id limit 1`,
    );
    expect(float!['std_dev']).toBeGreaterThan(0);
    expect(float!['min']).toBeLessThan(float!['max']!);
    expect(float!['q1']).toBeNull();
    const [int] = await rows<Record<string, number | null>>(
      `select std_dev, q1, q3 from result r join benchmark b on b.id = r.benchmark_id
       where b.name = 'int' order by r.id limit 1`,
    );
    expect(int!['std_dev']).toBeNull();
    expect(int!['q1']).toBeLessThan(int!['q3']!);
  });

  it('loads twice without duplicating anything: the second load replaces the same results', async () => {
    const before = await counts();
    const summary = await loadFixtureFile(services, demoPath);
    expect(summary).toMatch(new RegExp(`and ${before.result} results \\(0 new, ${before.result} replaced\\)\\.$`));
    expect(await counts()).toEqual(before);
  });

  it('sends results through the ingestion service, one batch per revision', async () => {
    const batches: number[] = [];
    services.ingestion.onCommitted((outcome) => void batches.push(outcome.results.length));
    await loadFixtures(services, demo());
    const file = demo();
    expect(batches).toHaveLength(countsOf(file).revision);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(countsOf(file).result);
  });
});

describe('a fixture file of its own', () => {
  const small = (project: string, message: string) => ({
    environments: [{ name: 'Dual Core' }],
    benchmarks: [{ name: 'float' }, { name: `${project}-child`, parent: 'float', units: 'ms' }],
    projects: [
      {
        name: project,
        defaultBranch: 'main',
        branches: [{ name: 'main' }],
        executables: [{ name: 'exe' }],
        revisions: [{ commitId: 'abc123', date: '2026-01-02T03:04:05+01:00', message }],
        runs: [{ commitId: 'abc123', executable: 'exe', environment: 'Dual Core', results: { float: 1.5 } }],
      },
    ],
  });

  it('brings rows to the file’s values on a second load, and reads a bare number as a value', async () => {
    const project = unique('small');
    await loadFixtures(services, small(project, 'first'));
    await loadFixtures(services, small(project, 'second'));
    const stored = await rows(
      `select r.message, r.date, res.value, res.std_dev from revision r
       join project p on p.id = r.project_id join result res on res.revision_id = r.id where p.name = ?`,
      [project],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ message: 'second', value: 1.5, std_dev: null });
    expect(new Date((stored[0] as { date: Date }).date).toISOString()).toBe('2026-01-02T02:04:05.000Z');
    const [child] = await rows(
      `select p.name as parent from benchmark c join benchmark p on p.id = c.parent_id where c.name = ?`,
      [`${project}-child`],
    );
    expect(child).toEqual({ parent: 'float' });
  });
});

describe('a bad fixture file', () => {
  async function problemsOf(data: unknown): Promise<string> {
    const error = await loadFixtures(services, data).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FixtureError);
    return (error as FixtureError).message;
  }

  it('is refused with an error naming the path of a missing or mistyped field', async () => {
    const message = await problemsOf({ environments: [{ cpu: 'x' }], projects: 'none' });
    expect(message).toContain('environments[0].name: is required');
    expect(message).toContain('projects:');
  });

  it('names an unknown key, such as a misspelt stdDev', async () => {
    const file = demo() as unknown as { projects: { runs: { results: Record<string, unknown> }[] }[] };
    file.projects[0]!.runs[2]!.results['float'] = { value: 1, stddev: 0.1 };
    expect(await problemsOf(file)).toContain('projects[0].runs[2].results.float: Unrecognized key: "stddev"');
  });

  it('names a date without a zone', async () => {
    const file = demo();
    file.projects[1]!.revisions[0]!.date = '2026-08-03 10:50:00';
    expect(await problemsOf(file)).toContain('projects[1].revisions[0].date: must be an ISO 8601 date');
  });

  it('names every reference to something the file does not declare, and writes nothing', async () => {
    const before = await counts();
    const file = demo();
    file.projects[0]!.name = unique('never-written');
    file.projects[0]!.runs[3]!.executable = 'myexe O9';
    file.projects[2]!.revisions.push({ ...file.projects[2]!.revisions[0]! });
    const renamed = file.projects[1]!.revisions[1]!.commitId;
    file.projects[1]!.repositoryType = 'subversion';
    file.projects[1]!.revisions[1]!.commitId = 'abc';
    const message = await problemsOf(file);
    expect(message).toContain(
      'projects[0].runs[3].executable: executable "myexe O9" is not listed in projects[0].executables',
    );
    expect(message).toContain('projects[2].revisions[2].commitId: duplicates projects[2].revisions[0]');
    expect(message).toContain('projects[1].revisions[1].commitId: must be a revision number in a Subversion project');
    expect(message).toContain(`projects[1].runs[2].commitId: no revision "${renamed}" on the default branch`);
    expect(await counts()).toEqual(before);
  });

  it('that is not JSON is refused naming the file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'speedgraph-fixtures-'));
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{ "environments": [');
    await expect(loadFixtureFile(services, file)).rejects.toThrow(
      new RegExp(`^Invalid ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\n  - \\(the file\\): not valid JSON`),
    );
  });
});
