import type { BatchEntry, FieldProblem, ResultSubmission, SubmissionField } from '../modules/ingestion/submission.js';
import { parseClientDate } from './dates.js';

/** Codespeed's key for each field, used in every message a Codespeed client reads. */
export const CODESPEED_KEYS: Record<SubmissionField, string> = {
  commitId: 'commitid',
  branch: 'branch',
  project: 'project',
  executable: 'executable',
  benchmark: 'benchmark',
  environment: 'environment',
  value: 'result_value',
  stdDev: 'std_dev',
  min: 'min',
  max: 'max',
  q1: 'q1',
  q3: 'q3',
  revisionDate: 'revision_date',
  resultDate: 'result_date',
  benchmarkDescription: 'description',
  units: 'units',
  unitsTitle: 'units_title',
  lessIsBetter: 'lessisbetter',
};

/** Checked in this order; the first one missing or empty answers the request (Codespeed's order). */
const REQUIRED = ['commitid', 'branch', 'project', 'executable', 'benchmark', 'environment', 'result_value'] as const;

const fieldOf = (key: string) =>
  (Object.entries(CODESPEED_KEYS).find(([, k]) => k === key)?.[0] ?? 'commitId') as SubmissionField;

/**
 * Turns one Codespeed item (form fields, or one element of the JSON array, an
 * object whose values may be JSON numbers and booleans or strings) into a
 * typed submission, or the problem of reading it. The rules every door shares
 * (checkSubmission) are the ingestion service's to apply.
 */
export function readCodespeedItem(entry: unknown): BatchEntry {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    return { problem: { field: null, message: 'expected an object with the keys of /result/add/' } };
  }
  const raw = entry as Record<string, unknown>;
  const fail = (key: string, message: string): BatchEntry => ({ problem: { field: fieldOf(key), message } });
  for (const key of REQUIRED) {
    if (!(key in raw) || raw[key] === undefined) return fail(key, `Key "${key}" missing from request`);
    if (raw[key] === null || String(raw[key]) === '') return fail(key, `Value for key "${key}" empty in request`);
  }
  const text = (key: string) => String(raw[key]);
  const problems: FieldProblem[] = [];
  const number = (key: string, required: boolean): number | null => {
    const value = raw[key];
    if (value === undefined || value === null || value === '') {
      return required ? NaN : null;
    }
    if (typeof value === 'number') return value;
    const s = String(value).trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) {
      problems.push({ field: fieldOf(key), message: `Value for key "${key}" is not a number: ${String(value)}` });
      return null;
    }
    return Number(s);
  };
  const date = (key: string): Date | null => {
    const value = raw[key];
    // Python clients send str(None) for a date they do not have.
    if (value === undefined || value === null || value === '' || value === 'None') return null;
    const parsed = parseClientDate(String(value));
    if (!parsed)
      problems.push({ field: fieldOf(key), message: `Value for key "${key}" is not a valid date: ${String(value)}` });
    return parsed;
  };
  const optionalText = (key: string) => (raw[key] === undefined || raw[key] === null ? null : String(raw[key]));

  const item: ResultSubmission = {
    commitId: text('commitid'),
    branch: text('branch'),
    project: text('project'),
    executable: text('executable'),
    benchmark: text('benchmark'),
    environment: text('environment'),
    value: number('result_value', true) ?? NaN,
    stdDev: number('std_dev', false),
    min: number('min', false),
    max: number('max', false),
    q1: number('q1', false),
    q3: number('q3', false),
    revisionDate: date('revision_date'),
    resultDate: date('result_date'),
    benchmarkDescription: optionalText('description'),
    units: optionalText('units'),
    unitsTitle: optionalText('units_title'),
    lessIsBetter: parseBoolean(raw['lessisbetter']),
  };
  return problems[0] ? { problem: problems[0] } : item;
}

/** Codespeed reads "False", "false" and "0" as false; anything else given is true. */
function parseBoolean(value: unknown): boolean | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return !['False', 'false', '0'].includes(String(value).trim());
}
