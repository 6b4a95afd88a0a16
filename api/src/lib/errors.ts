import { GraphQLError } from 'graphql';

/**
 * The coded errors a client can act on. Each names the field at fault
 * (`extensions.field`) so a form can show the message beside it.
 */
export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field, ...extra } });

export const notFound = (what: string, field: string, value: unknown) =>
  new GraphQLError(`${field}: no ${what} with ${field} ${JSON.stringify(value)}`, {
    extensions: { code: 'NOT_FOUND', field },
  });

export const conflict = (field: string, message: string) =>
  new GraphQLError(`${field}: ${message}`, { extensions: { code: 'CONFLICT', field } });

export const unauthenticated = (message = 'Sign in or send an API token: Authorization: Bearer <token>') =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** Too many failed sign-ins: refused without checking, for `retryAfterSeconds`. */
export const tooManyAttempts = (message: string, retryAfterSeconds: number) =>
  new GraphQLError(message, {
    extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds, http: { status: 429 } },
  });

export const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

/** Ids travel as GraphQL IDs (strings); ours are positive integers. */
export function parseId(value: string | number, field = 'id'): number {
  const n = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw badInput(field, `not a valid id: ${JSON.stringify(value)}`);
  return n;
}
