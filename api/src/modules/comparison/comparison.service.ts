import type { Kysely } from 'kysely';
import {
  defaultColumns,
  matchBaselineSetting,
  parseColumnKey,
  withKeyAndLabel,
  type Column,
} from '../../analytics/comparison-columns.js';
import { assembleQuantities, type ComparisonQuantity } from '../../analytics/comparison.js';
import {
  comparisonBenchmarks,
  comparisonValues,
  existingEnvironments,
  offeredColumns,
  type BenchmarkRow,
} from '../../analytics/comparison.sql.js';
import type { Config } from '../../config.js';
import { badInput, parseId } from '../../lib/errors.js';

type Db = Kysely<unknown>;
type Settings = Pick<Config['codespeed'], 'compExecutables' | 'comparisonCommitTags' | 'defBaseline' | 'normalization'>;

/** The columns the comparison page offers, optionally for one project. */
export async function listColumns(db: Db, settings: Settings, projectId: number | null): Promise<Column[]> {
  const rows = await offeredColumns(db, { projectId, executableIds: null, tags: settings.comparisonCommitTags });
  return rows.map(withKeyAndLabel);
}

export interface ComparisonRequest {
  columnKeys?: string[] | null;
  benchmarkIds?: string[] | null;
  environmentIds?: string[] | null;
  /** Undefined: the default baseline; null: no normalization. */
  baselineColumnKey?: string | null;
}

export interface Comparison {
  columns: Column[];
  baseline: Column | null;
  environmentIds: number[];
  quantities: ComparisonQuantity[];
}

/**
 * Values of the chosen columns side by side, in at most four statements
 * whatever the number of columns, environments and benchmarks.
 */
export async function compare(db: Db, settings: Settings, request: ComparisonRequest): Promise<Comparison> {
  const keys = request.columnKeys ? [...new Set(request.columnKeys)] : null;
  const parsed = (keys ?? []).map((key) => parseKey(key, 'columnKeys'));
  const baselineKey = request.baselineColumnKey;
  if (baselineKey) parsed.push(parseKey(baselineKey, 'baselineColumnKey'));
  const benchmarkIds = request.benchmarkIds
    ? unique(request.benchmarkIds.map((id) => parseId(id, 'benchmarkIds')))
    : null;
  const environmentIds = request.environmentIds
    ? unique(request.environmentIds.map((id) => parseId(id, 'environmentIds')))
    : null;

  // Every column is needed only when defaults have to be chosen among them.
  const needsAll = keys === null || (baselineKey === undefined && settings.defBaseline !== null);
  const offered = (
    await offeredColumns(db, {
      projectId: null,
      executableIds: needsAll ? null : unique(parsed.map((p) => p.executableId)),
      tags: settings.comparisonCommitTags,
    })
  ).map(withKeyAndLabel);
  const byKey = new Map(offered.map((c) => [c.key, c]));
  const columns = keys
    ? keys.map((key) => offeredOrFail(byKey, key, 'columnKeys'))
    : defaultColumns(offered, settings.compExecutables);
  const baseline = chooseBaseline(byKey, offered, columns, settings, baselineKey);

  if (environmentIds) {
    const found = new Set(await existingEnvironments(db, environmentIds));
    const missing = environmentIds.find((id) => !found.has(id));
    if (missing !== undefined) throw badInput('environmentIds', `no environment with id ${missing}`);
  }
  let benchmarks: BenchmarkRow[] | null = null;
  if (benchmarkIds) {
    benchmarks = await comparisonBenchmarks(db, benchmarkIds);
    const found = new Set(benchmarks.map((b) => b.id));
    const missing = benchmarkIds.find((id) => !found.has(id));
    if (missing !== undefined) throw badInput('benchmarkIds', `no benchmark with id ${missing}`);
  }

  // The baseline is read along with the columns, after them when it is not one of them.
  const baselineIndex = baseline ? columns.indexOf(baseline) : -1;
  const read = baseline && baselineIndex < 0 ? [...columns, baseline] : columns;
  const rows = await comparisonValues(
    db,
    read.map((c) => ({
      executableId: c.executableId,
      branchId: c.branchId,
      revisionId: c.kind === 'TAG' ? c.revisionId : null,
    })),
    environmentIds,
    benchmarkIds,
  );
  const shown = rows.filter((r) => r.column < columns.length);
  benchmarks ??= shown.length ? await comparisonBenchmarks(db, unique(shown.map((r) => r.benchmarkId))) : [];
  // Chosen environments are all listed; by default, those with a value.
  const environments = environmentIds ?? unique(shown.map((r) => r.environmentId)).sort((a, b) => a - b);
  return {
    columns,
    baseline,
    environmentIds: environments,
    quantities: assembleQuantities({
      benchmarks,
      rows,
      columnCount: columns.length,
      baselineColumn: baseline ? (baselineIndex < 0 ? columns.length : baselineIndex) : null,
      environmentIds: environments,
    }),
  };
}

/**
 * The baseline asked for; else DEF_BASELINE; else, with NORMALIZATION on and
 * several columns, the first one, as Codespeed's comparison page did.
 */
function chooseBaseline(
  byKey: Map<string, Column>,
  offered: Column[],
  columns: Column[],
  settings: Settings,
  key: string | null | undefined,
): Column | null {
  if (key === null) return null;
  if (key !== undefined) return offeredOrFail(byKey, key, 'baselineColumnKey');
  const fromSetting = matchBaselineSetting(offered, settings.defBaseline);
  if (fromSetting) return fromSetting;
  return settings.normalization && columns.length > 1 ? columns[0]! : null;
}

function parseKey(key: string, field: string) {
  const parsed = parseColumnKey(key);
  if (!parsed) {
    throw badInput(
      field,
      `${JSON.stringify(key)} is not a column key (like "latest-3-1" or "tag-3-42"); see comparisonColumns`,
    );
  }
  return parsed;
}

function offeredOrFail(byKey: Map<string, Column>, key: string, field: string): Column {
  const column = byKey.get(key);
  if (!column) {
    throw badInput(
      field,
      `no column with key ${JSON.stringify(key)} is offered: its executable, branch or tag is unknown, hidden from comparison, or has no results`,
    );
  }
  return column;
}

const unique = (ids: number[]) => [...new Set(ids)];
