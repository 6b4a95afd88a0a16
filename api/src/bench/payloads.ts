import type { Dataset, ResultSpec } from './dataset.js';

/**
 * One generated result as each door expects it from a real client: the
 * GraphQL `ResultInput`, and the object Codespeed uploaders post (the keys of
 * /result/add/, dates as Python's str(datetime) prints them).
 */

export function graphqlResult(dataset: Dataset, r: ResultSpec): Record<string, unknown> {
  return {
    commitId: r.revision.commitId,
    branch: r.revision.branch,
    project: dataset.project.name,
    executable: r.executable.name,
    benchmark: r.benchmark.name,
    environment: r.environment.name,
    value: r.value,
    stdDev: r.stdDev,
    min: r.min,
    max: r.max,
    ...(r.q1 === null ? {} : { q1: r.q1, q3: r.q3 }),
    revisionDate: r.revision.date.toISOString(),
    resultDate: r.date.toISOString(),
    benchmarkDescription: r.benchmark.description,
    units: r.benchmark.units,
    unitsTitle: r.benchmark.unitsTitle,
    lessIsBetter: r.benchmark.lessIsBetter,
  };
}

const pythonDate = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ');

export function codespeedItem(dataset: Dataset, r: ResultSpec): Record<string, string | number | boolean> {
  return {
    commitid: r.revision.commitId,
    branch: r.revision.branch,
    project: dataset.project.name,
    executable: r.executable.name,
    benchmark: r.benchmark.name,
    environment: r.environment.name,
    result_value: r.value,
    std_dev: r.stdDev,
    min: r.min,
    max: r.max,
    ...(r.q1 === null ? {} : { q1: r.q1, q3: r.q3 ?? '' }),
    revision_date: pythonDate(r.revision.date),
    result_date: pythonDate(r.date),
    description: r.benchmark.description,
    units: r.benchmark.units,
    units_title: r.benchmark.unitsTitle,
    lessisbetter: r.benchmark.lessIsBetter,
  };
}

/** The form body of one /result/add/ request: every value a string, as from a browser form or `requests.post(data=...)`. */
export function codespeedForm(dataset: Dataset, r: ResultSpec): string {
  const item = codespeedItem(dataset, r);
  return new URLSearchParams(Object.entries(item).map(([k, v]): [string, string] => [k, String(v)])).toString();
}

/** The form body of one /result/add/json/ request: Codespeed's `json` key holding the array. */
export function codespeedJsonForm(dataset: Dataset, results: ResultSpec[]): string {
  return new URLSearchParams({ json: JSON.stringify(results.map((r) => codespeedItem(dataset, r))) }).toString();
}
