import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formErrors } from './formErrors';

const graphQL = (...errors: GraphQLFormattedError[]) => new CombinedGraphQLErrors({ errors, data: null });

describe('formErrors', () => {
  it('puts a coded error beside the field it names, without repeating the field', () => {
    const error = graphQL({
      message: 'name: an environment named "Dual Core" already exists',
      extensions: { code: 'CONFLICT', field: 'name' },
    });
    expect(formErrors(error, ['name', 'cpu'])).toEqual({
      fields: { name: 'An environment named "Dual Core" already exists' },
      form: null,
    });
  });

  it('places each validation problem beside its own field', () => {
    const error = graphQL({
      message: 'name: too short; units: too long',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'name',
        problems: [
          { field: 'name', message: 'must be longer than or equal to 1 characters' },
          { field: 'units', message: 'must be shorter than or equal to 20 characters' },
        ],
      },
    });
    expect(formErrors(error, ['name', 'units']).fields).toEqual({
      name: 'Must be longer than or equal to 1 characters',
      units: 'Must be shorter than or equal to 20 characters',
    });
  });

  it('keeps errors about fields the form does not show, or about none, for the whole form', () => {
    const error = graphQL(
      { message: 'id: no environment with id "9"', extensions: { code: 'NOT_FOUND', field: 'id' } },
      { message: 'Sign in or send an API token', extensions: { code: 'UNAUTHENTICATED' } },
    );
    expect(formErrors(error, ['name'])).toEqual({
      fields: {},
      form: 'id: no environment with id "9" Sign in or send an API token',
    });
  });

  it('reads the GraphQL errors of an answer that came with an HTTP error status', () => {
    const error = new ServerError('Response not successful', {
      response: new Response('', { status: 401 }),
      bodyText: JSON.stringify({ errors: [{ message: 'Wrong user name or password' }] }),
    });
    expect(formErrors(error, ['username']).form).toBe('Wrong user name or password');
  });

  it('says the API could not be reached when there is no GraphQL answer at all', () => {
    expect(formErrors(new TypeError('Failed to fetch'), ['name']).form).toBe(
      'Could not reach the Speedgraph API: Failed to fetch',
    );
  });
});
