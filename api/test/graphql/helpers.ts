import { expect } from 'vitest';
import { unique, type TestServer } from '../harness.js';

interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The data of an answer that must have succeeded; its errors in the failure message otherwise. */
export function ok<T>(answer: Answer<T>): T {
  if (answer.errors) throw new Error(`unexpected errors: ${JSON.stringify(answer.errors)}`);
  return answer.data!;
}

/** Asserts the answer failed with `code`, naming `field` when given; returns the error. */
export function expectError(answer: Answer<unknown>, code: string, field?: string) {
  expect(answer.errors, 'the operation should have failed').toBeDefined();
  const [error] = answer.errors!;
  expect(error!.extensions?.['code']).toBe(code);
  if (field !== undefined) expect(error!.extensions?.['field']).toBe(field);
  return error!;
}

/** Creates a project through the API; returns its id and name. */
export async function createProject(server: TestServer, input: Record<string, unknown> = {}) {
  const answer = await server.graphql<{ createProject: { project: { id: string; name: string } } }>(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id name } } }`,
    { input: { name: unique('proj'), ...input } },
  );
  return ok(answer).createProject.project;
}

export interface PageOf<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number | null;
}

/**
 * Follows `endCursor` until `hasNextPage` is false; `list` picks the
 * connection out of the answer. Returns every page. Asks as `token`'s user, else as the admin.
 */
export async function allPages<T>(
  server: TestServer,
  query: string,
  variables: Record<string, unknown>,
  list: (data: Record<string, PageOf<T>>) => PageOf<T>,
  token?: string,
): Promise<PageOf<T>[]> {
  const pages: PageOf<T>[] = [];
  let after: string | null = null;
  do {
    const page: PageOf<T> = list(
      ok(await server.graphql<Record<string, PageOf<T>>>(query, { ...variables, after }, { token })),
    );
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    expect(pages.length, 'pagination should end').toBeLessThan(1000);
  } while (after);
  return pages;
}
