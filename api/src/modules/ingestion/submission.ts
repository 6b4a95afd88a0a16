/**
 * One result as both doors (GraphQL and Codespeed's HTTP endpoints) hand it to
 * the ingestion service: already typed, names as clients sent them.
 */
export interface ResultSubmission {
  commitId: string;
  branch: string;
  project: string;
  executable: string;
  benchmark: string;
  environment: string;
  value: number;
  stdDev?: number | null;
  min?: number | null;
  max?: number | null;
  q1?: number | null;
  q3?: number | null;
  /** Date of a revision this submission creates; ignored for an existing revision. */
  revisionDate?: Date | null;
  /** When the measurement was taken; defaults to the revision's date. */
  resultDate?: Date | null;
  /** Benchmark metadata, applied only when this submission creates the benchmark. */
  benchmarkDescription?: string | null;
  units?: string | null;
  unitsTitle?: string | null;
  lessIsBetter?: boolean | null;
}

export type SubmissionField = keyof ResultSubmission;

/** A problem with one field of one submission, in words a client can act on. */
export interface FieldProblem {
  field: SubmissionField;
  message: string;
}

/** An item a door could not read, with its problem; `field` is null when the whole item is wrong (not an object). */
export interface UnreadItem {
  problem: { field: SubmissionField | null; message: string };
}

/**
 * What a door hands the ingestion service for each item of a batch, in order:
 * the item as it read it, or the problem it found reading it. The service
 * alone decides which item is the first bad one (ingestion.service.ts).
 */
export type BatchEntry = ResultSubmission | UnreadItem;

/** Column widths of the data model: longer names would fail in the database. */
export const NAME_LIMITS = {
  commitId: 42,
  branch: 32,
  project: 100,
  executable: 100,
  benchmark: 100,
  environment: 100,
  units: 20,
  unitsTitle: 30,
} as const satisfies Partial<Record<SubmissionField, number>>;

const NUMBER_FIELDS = ['value', 'stdDev', 'min', 'max', 'q1', 'q3'] as const;
const REQUIRED_NAMES = ['commitId', 'branch', 'project', 'executable', 'benchmark', 'environment'] as const;

/**
 * Rules that need no database, the same for every door. The ingestion service
 * applies them to each item a door could read (its syntax: missing keys,
 * numbers written as text); `describe` names a field as the door's clients know it.
 */
export function checkSubmission(
  item: ResultSubmission,
  describe: (field: SubmissionField) => string,
): FieldProblem | null {
  // Codespeed answered 500 for these; "None" is what Python clients send for a missing id.
  if (item.commitId === 'None') return { field: 'commitId', message: 'Invalid commit id None' };
  for (const [field, value] of Object.entries(item) as [SubmissionField, unknown][]) {
    // PostgreSQL text cannot hold NUL; refusing it here keeps it from becoming a 500.
    if (typeof value === 'string' && value.includes('\u0000')) {
      return { field, message: `Value for key "${describe(field)}" contains a NUL character` };
    }
  }
  for (const field of REQUIRED_NAMES) {
    if (!item[field]) return { field, message: `Value for key "${describe(field)}" empty in request` };
  }
  for (const [field, limit] of Object.entries(NAME_LIMITS) as [keyof typeof NAME_LIMITS, number][]) {
    const value = item[field];
    // Limits count characters, not UTF-16 units; the cheap check first, as most names are short.
    if (typeof value === 'string' && value.length > limit && [...value].length > limit) {
      return { field, message: `Value for key "${describe(field)}" is longer than ${limit} characters` };
    }
  }
  for (const field of NUMBER_FIELDS) {
    const value = item[field];
    if (value !== null && value !== undefined && !Number.isFinite(value)) {
      return { field, message: `Value for key "${describe(field)}" is not a finite number: ${value}` };
    }
  }
  return null;
}
