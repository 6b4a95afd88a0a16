/** PostgreSQL's SQLSTATE for a statement cancelled by `statement_timeout` (or a cancel request). */
const QUERY_CANCELED = '57014';

/**
 * Whether an error (or an error it wraps: GraphQL's originalError, MikroORM's
 * and Kysely's causes) is the database stopping a statement at its time box.
 */
export function isStatementTimeout(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === QUERY_CANCELED) return true;
    e = (e as { originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

export const STATEMENT_TIMEOUT_MESSAGE =
  'The database stopped this request: one of its statements ran past the time box (STATEMENT_TIMEOUT_SECONDS). ' +
  'Ask for less at once, or try again later.';
