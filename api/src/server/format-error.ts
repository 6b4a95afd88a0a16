import type { GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';
import { isStatementTimeout, STATEMENT_TIMEOUT_MESSAGE } from '../lib/database-errors.js';
import { limitRefusal, QUERY_TOO_COMPLEX } from './operation-limits.js';

type Log = (message: string, detail: unknown) => void;

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'TOO_MANY_ATTEMPTS',
  'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  QUERY_TOO_COMPLEX,
]);

/**
 * Expected errors reach the client as they are, with a code and the field at
 * fault; anything else is logged in full and masked, so no SQL or stack trace
 * leaks out.
 */
export function formatError(log: Log) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Apollo files a refused operation under its own GRAPHQL_VALIDATION_FAILED or GRAPHQL_PARSE_FAILED.
    const refusal = limitRefusal(error);
    if (refusal) return { message: refusal.message, extensions: refusal.extensions };
    const code = formatted.extensions?.['code'];
    const validation = formatted.extensions?.['validationErrors'] as ValidationError[] | undefined;
    if (code === 'BAD_USER_INPUT' && validation) {
      const problems = flatten(validation);
      const first = problems[0];
      return {
        message: problems.map((p) => `${p.field}: ${p.message}`).join('; '),
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code, field: first?.field, problems },
      };
    }
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isStatementTimeout(error)) {
      // Expected under load or for a huge question; the log still says which operation.
      log('a GraphQL operation ran past the statement time box', error);
      return { message: STATEMENT_TIMEOUT_MESSAGE, path: formatted.path, extensions: { code: 'STATEMENT_TIMEOUT' } };
    }
    log('unexpected error in a GraphQL operation', error);
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** class-validator nests array items and objects; clients want `results[2].value`. */
function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  for (const error of errors) {
    const field = /^\d+$/.test(error.property)
      ? `${prefix}[${error.property}]`
      : prefix
        ? `${prefix}.${error.property}`
        : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      // class-validator starts its messages with the property name; the field already says it.
      out.push({
        field,
        message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
      });
    }
    out.push(...flatten(error.children ?? [], field));
  }
  return out;
}
