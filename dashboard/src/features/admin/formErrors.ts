import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

/** What went wrong with a form: messages beside fields, and one for the form as a whole. */
export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

/**
 * Sorts an API failure into messages beside the fields it names
 * (`extensions.field`, or each of `extensions.problems` for validation) and a
 * message for the form. A field the form does not show, or an error naming
 * none, goes to the form's message so nothing is lost.
 */
export function formErrors(error: unknown, formFields: readonly string[]): FormErrors {
  const errors = graphQLErrors(error);
  if (!errors) {
    const message = error instanceof Error ? error.message : String(error);
    return { fields: {}, form: `Could not reach the Speedgraph API: ${message}` };
  }
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  const place = (field: unknown, message: string) => {
    const name = typeof field === 'string' ? field.replace(/^input\./, '') : null;
    if (name && formFields.includes(name)) fields[name] ??= withoutField(message, name);
    else rest.push(message);
  };
  for (const error of errors) {
    const problems = error.extensions?.['problems'];
    if (Array.isArray(problems) && problems.length > 0) {
      for (const problem of problems as { field?: unknown; message?: unknown }[]) {
        place(problem.field, String(problem.message ?? error.message));
      }
    } else {
      place(error.extensions?.['field'], error.message);
    }
  }
  return { fields, form: rest.length > 0 ? [...new Set(rest)].join(' ') : null };
}

/** The API writes "name: an environment named … already exists"; beside the field, the prefix repeats its label. */
function withoutField(message: string, field: string): string {
  const text = message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The GraphQL errors of a failed operation, also when they came with an HTTP error status; null for a network failure. */
function graphQLErrors(error: unknown): readonly GraphQLFormattedError[] | null {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      if (Array.isArray(body.errors)) return body.errors;
    } catch {
      // Not a GraphQL answer (a proxy's error page): reported as a network failure.
    }
  }
  return null;
}
