import type { EntityClass } from '@mikro-orm/core';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import { gridSeries, timelineSeries } from '../../analytics/timeline.js';
import { defaultBenchmark, defaultEnvironment, defaultExecutables } from '../../analytics/timeline-defaults.sql.js';
import { seriesKeys, type Scope } from '../../analytics/timeline.sql.js';
import { badInput, notFound, parseId } from '../../lib/errors.js';
import type { Loaders } from '../../lib/loaders.js';
import { Benchmark } from '../benchmarks/benchmark.entity.js';
import { Environment } from '../environments/environment.entity.js';
import { Executable } from '../executables/executable.entity.js';
import { Revision } from '../revisions/revision.entity.js';
import type { TimelineGridInput, TimelineInput, TimelineScopeInput } from './timeline.inputs.js';
import type { Timeline, TimelineGrid, TimelineScope } from './timeline.types.js';

/** Codespeed's grid always drew the last 15 results of each series. */
const GRID_POINTS = 15;
/** The most benchmarks a grid page may hold (the API's page size limit). */
const MAX_GRID_PAGE = 500;

interface Deps {
  db: Kysely<unknown>;
  /** Loads the entities named in the input: checks they exist and fills the cache the field resolvers read. */
  loaders: Loaders;
  config: Config['codespeed'];
}

/** The Timeline view: a chart per benchmark, a series per executable and branch. */
export async function timeline(deps: Deps, input: TimelineInput): Promise<Timeline> {
  const benchmarkIds = (input.benchmarkIds ?? []).map((id, i) => parseId(id, `benchmarkIds[${i}]`));
  const limit = input.limit ?? deps.config.defTimelineLimit;
  const [resolved] = await Promise.all([
    resolveScope(deps, input, limit),
    requireAll(deps, Benchmark, benchmarkIds, 'benchmark', (i) => `benchmarkIds[${i}]`),
  ]);
  const { scope, sql } = resolved;
  if (!sql) return { scope, benchmarks: [] };
  if (!benchmarkIds.length) {
    const id = await defaultBenchmark(deps.db, deps.config.defBenchmark, sql.environmentId, scope.executableIds);
    if (id !== null) benchmarkIds.push(id);
  }
  // A benchmark asked twice is drawn once.
  return { scope, benchmarks: await timelineSeries(deps.db, [...new Set(benchmarkIds)], sql) };
}

/** A page of the grid: every benchmark with results, by name, `first` at a time. */
export async function timelineGrid(deps: Deps, input: TimelineGridInput): Promise<TimelineGrid> {
  const after = input.after ? decodeCursor(input.after) : null;
  const first = input.first ?? Math.min(deps.config.timelineGridLimit, MAX_GRID_PAGE);
  const { scope, sql } = await resolveScope(deps, input, input.limit ?? GRID_POINTS);
  if (!sql) return { scope, nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: null };
  const page = await gridSeries(deps.db, sql, first, after);
  return {
    scope,
    // Codespeed drew no chart for a benchmark without points; a page may hold fewer than `first`.
    nodes: page.benchmarks,
    // The page ends at the last benchmark looked at, drawn or not, so the next one starts after it.
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.lastName === null ? null : encodeCursor(page.lastName) },
    totalCount: null,
  };
}

/**
 * Applies the settings' defaults, checks every id the input names (NOT_FOUND
 * naming the field) and finds the series. `sql` is null when there is nothing
 * to draw: no environment has results yet.
 */
async function resolveScope(
  deps: Deps,
  input: TimelineScopeInput,
  limit: number,
): Promise<{ scope: TimelineScope; sql: Scope | null }> {
  const askedEnvironment = input.environmentId ? parseId(input.environmentId, 'environmentId') : null;
  const askedExecutables = input.executableIds?.map((id, i) => parseId(id, `executableIds[${i}]`)) ?? null;
  const baseline = input.baseline
    ? {
        executableId: parseId(input.baseline.executableId, 'baseline.executableId'),
        revisionId: parseId(input.baseline.revisionId, 'baseline.revisionId'),
      }
    : null;
  const branches = input.branches ?? null;
  await Promise.all([
    askedEnvironment !== null &&
      requireAll(deps, Environment, [askedEnvironment], 'environment', () => 'environmentId'),
    askedExecutables && requireAll(deps, Executable, askedExecutables, 'executable', (i) => `executableIds[${i}]`),
    baseline && checkBaseline(deps, baseline),
  ]);

  const environmentId = askedEnvironment ?? (await defaultEnvironment(deps.db, deps.config.defEnvironment));
  const executableIds = askedExecutables
    ? [...new Set(askedExecutables)]
    : environmentId === null
      ? []
      : await defaultExecutables(deps.db, environmentId);
  const scope: TimelineScope = { environmentId, executableIds, branches, limit, baseline };
  if (environmentId === null) return { scope, sql: null };

  const series = executableIds.length ? await seriesKeys(deps.db, executableIds, branches) : [];
  // A branch name that none of the chosen projects has is a typo, not an empty chart.
  if (executableIds.length) {
    (branches ?? []).forEach((name, i) => {
      if (!series.some((s) => s.branchName === name)) {
        throw notFound('branch in the chosen executables’ projects', `branches[${i}]`, name);
      }
    });
  }
  return { scope, sql: { environmentId, series, limit, baseline } };
}

/**
 * Loads the entities the input names through the request's loaders (one query
 * per entity type, and the field resolvers find them cached); NOT_FOUND
 * naming the field of the first one missing.
 */
async function requireAll<T extends object & { id: number }>(
  deps: Deps,
  entity: EntityClass<T>,
  ids: number[],
  what: string,
  field: (index: number) => string,
): Promise<void> {
  const found = await Promise.all(ids.map((id) => deps.loaders.load(entity, id)));
  const missing = found.findIndex((row) => row === null);
  if (missing >= 0) throw notFound(what, field(missing), String(ids[missing]));
}

/** A baseline revision must belong to the baseline executable's project, or there is no value to find. */
async function checkBaseline(deps: Deps, baseline: { executableId: number; revisionId: number }): Promise<void> {
  const [executable, revision] = await Promise.all([
    deps.loaders.load(Executable, baseline.executableId),
    deps.loaders.load(Revision, baseline.revisionId),
  ]);
  if (!executable) throw notFound('executable', 'baseline.executableId', String(baseline.executableId));
  if (!revision) throw notFound('revision', 'baseline.revisionId', String(baseline.revisionId));
  if (revision.project.id !== executable.project.id) {
    throw badInput('baseline.revisionId', 'the revision belongs to another project than the baseline executable');
  }
}

/** Grid cursors are the last benchmark name of a page, opaque to clients. */
function encodeCursor(name: string): string {
  return Buffer.from(JSON.stringify([name])).toString('base64url');
}

function decodeCursor(after: string): string {
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') return value[0];
  } catch {
    // falls through to the coded error
  }
  throw badInput('after', 'not a cursor returned by this API');
}
