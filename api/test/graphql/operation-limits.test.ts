import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  getIntrospectionQuery,
  Kind,
  parse,
  print,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { operationLimits, prepareOperation, QUERY_TOO_COMPLEX } from '../../src/server/operation-limits.js';
import { createSchema } from '../../src/server/schema.js';
import { startTestServer, testDatabase, type TestServer } from '../harness.js';
import { liveClient } from '../live/live-client.js';

const defaults = loadConfig({}).graphqlLimits;
const database = process.env['DATABASE_URL'] ? 'PostgreSQL' : 'embedded database';

let server: TestServer;
/** The default limits but a cost limit small enough to reach by hand, and no token limit to speak of. */
let tight: TestServer;
const clients: Client[] = [];

beforeAll(async () => {
  const db = await testDatabase();
  server = await startTestServer(db);
  tight = await startTestServer(db, { GRAPHQL_MAX_COST: '35', GRAPHQL_MAX_TOKENS: '1000000' });
});

afterAll(() => Promise.all(clients.map((c) => c.dispose())));

interface Answer {
  status?: number;
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  ms: number;
}

type Door = (target: TestServer, query: string) => Promise<Answer>;

const post = async (target: TestServer, query: string) => {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { ...((await response.json()) as Omit<Answer, 'ms' | 'status'>), status: response.status };
};

/** A first request to each server warms it up (Apollo's pipeline, the connection) before any timing starts. */
const warm = new Set<TestServer>();
const overHttp: Door = async (target, query) => {
  if (!warm.has(target)) {
    await post(target, '{ siteSettings { websiteName } }');
    warm.add(target);
  }
  const started = performance.now();
  const answer = await post(target, query);
  return { ...answer, ms: performance.now() - started };
};

/** One graphql-ws connection per server, opened before any timing starts. */
const sockets = new Map<TestServer, Client>();
const overWebSocket: Door = async (target, query) => {
  let client = sockets.get(target);
  if (!client) {
    client = liveClient(target);
    clients.push(client);
    sockets.set(target, client);
    await send(client, '{ siteSettings { websiteName } }');
  }
  const started = performance.now();
  const answer = await send(client, query);
  return { ...answer, ms: performance.now() - started };
};

function send(client: Client, query: string): Promise<Omit<Answer, 'ms'>> {
  return new Promise((resolve) => {
    let result: Omit<Answer, 'ms'> = {};
    client.subscribe(
      { query },
      {
        next: (value) => (result = value as Omit<Answer, 'ms'>),
        // A refused operation: the server's list of errors (a closed socket would be a CloseEvent).
        error: (error) => resolve({ errors: Array.isArray(error) ? error : [{ message: String(error) }] }),
        complete: () => resolve(result),
      },
    );
  });
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
/** `n` aliases of a cheap field that reads the database. */
const aliases = (n: number) =>
  `{ ${range(n)
    .map((i) => `a${i}: projects(first: 1) { totalCount }`)
    .join(' ')} }`;
/** Exactly `depth` levels as graphql-armor counts them: benchmarks, nodes, parents, name. */
const nested = (depth: number) =>
  `{ benchmarks(first: 1) { nodes { ${'parent { '.repeat(depth - 3)}name${' }'.repeat(depth - 3)} } } }`;
const SITE_SETTINGS = [
  'websiteName',
  'defaultEnvironment',
  'defaultExecutable',
  'defaultBenchmark',
  'defaultBaseline',
  'timelineLimit',
  'timelineGridLimit',
  'trendDepth',
  'changeThreshold',
  'trendThreshold',
  'showAuthorEmailAddress',
];
/** Exactly `n` tokens (its fields varied: a thousand of one field is over graphql's own budget for comparing them). */
const tokens = (n: number) =>
  `{ siteSettings { ${range(n - 5)
    .map((i) => SITE_SETTINGS[i % SITE_SETTINGS.length])
    .join(' ')} } }`;
/** `n` directives, one per selection of the same field. */
const directives = (n: number) => `{ siteSettings { ${'websiteName @include(if: true) '.repeat(n)}} }`;

function refusalOf(answer: Answer, limit: string) {
  const refusal = answer.errors?.find((e) => e.extensions?.['limit'] === limit);
  expect(refusal, `a ${limit} refusal in ${JSON.stringify(answer.errors)?.slice(0, 500)}`).toBeDefined();
  expect(refusal!.extensions?.['code']).toBe(QUERY_TOO_COMPLEX);
  expect(answer.data ?? null).toBeNull();
  if (answer.status !== undefined) expect(answer.status).toBe(400);
  return refusal!;
}

async function expectHealthy(target: TestServer) {
  const response = await fetch(`${target.url}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok' });
}

describe.each([
  ['HTTP', overHttp],
  ['WebSocket', overWebSocket],
] as const)('over %s', (door, ask) => {
  it('refuses a query of 10,000 aliases before running it, and /healthz answers right after', async () => {
    const answer = await ask(server, aliases(10_000));
    const refusal = refusalOf(answer, 'tokens');
    expect(refusal.message).toBe(
      `Query too complex: more than ${defaults.maxTokens} tokens (GRAPHQL_MAX_TOKENS); ` +
        'pass values as variables rather than in the query.',
    );
    expect(refusal.extensions).toEqual({
      code: QUERY_TOO_COMPLEX,
      limit: 'tokens',
      max: defaults.maxTokens,
      setting: 'GRAPHQL_MAX_TOKENS',
    });
    console.info(`10,000 aliases over ${door}, ${database}: refused in ${answer.ms.toFixed(1)} ms`);
    await expectHealthy(server);
  });

  it('refuses 10,000 aliases by the alias limit too when the token limit lets the query through', async () => {
    const answer = await ask(tight, aliases(10_000));
    expect(refusalOf(answer, 'aliases').message).toBe(
      `Query too complex: 10000 aliases, at most ${defaults.maxAliases} (GRAPHQL_MAX_ALIASES).`,
    );
    console.info(`10,000 aliases over ${door}, ${database}, token limit off: refused in ${answer.ms.toFixed(1)} ms`);
    await expectHealthy(tight);
  });

  it('refuses a query nested 30 levels deep, naming the limit and its setting', async () => {
    const answer = await ask(server, nested(30));
    const refusal = refusalOf(answer, 'depth');
    expect(refusal.message).toBe(
      `Query too complex: nested 30 levels deep, at most ${defaults.maxDepth} (GRAPHQL_MAX_DEPTH).`,
    );
    expect(refusal.extensions).toMatchObject({ max: defaults.maxDepth, found: 30, setting: 'GRAPHQL_MAX_DEPTH' });
    console.info(`30 levels over ${door}, ${database}: refused in ${answer.ms.toFixed(1)} ms`);
    await expectHealthy(server);
  });

  it('runs a query at each limit and refuses one past it', async () => {
    const cases = [
      ['depth', nested, defaults.maxDepth],
      ['aliases', aliases, defaults.maxAliases],
      ['tokens', tokens, defaults.maxTokens],
      ['directives', directives, defaults.maxDirectives],
    ] as const;
    for (const [limit, query, max] of cases) {
      const atLimit = await ask(server, query(max));
      expect(atLimit.errors, `${limit} at ${max}`).toBeUndefined();
      expect(atLimit.data).toBeTruthy();
      refusalOf(await ask(server, query(max + 1)), limit);
    }
  });

  it('runs a query whose estimated cost is the limit and refuses a costlier one', async () => {
    // 10 items, each an object (2) holding a field (1 × 1.5): 35.
    const atLimit = await ask(tight, '{ projects(first: 10) { totalCount } }');
    expect(atLimit.errors).toBeUndefined();
    const refusal = refusalOf(await ask(tight, '{ projects(first: 11) { totalCount } }'), 'cost');
    expect(refusal.message).toMatch(/^Query too complex: estimated cost 39, at most 35 \(GRAPHQL_MAX_COST\)/);
  });

  it('answers a mistake with graphql’s message and the code Apollo gives it over HTTP', async () => {
    const unknownField = await ask(server, '{ siteSettings { nosuchfield } }');
    expect(unknownField.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Cannot query field "nosuchfield" on type "SiteSettings"'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const unfinished = await ask(server, '{ siteSettings { ');
    expect(unfinished.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Syntax Error'),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    for (const answer of [unknownField, unfinished]) if (answer.status !== undefined) expect(answer.status).toBe(400);
  });
});

describe('the documents clients send', () => {
  let schema: GraphQLSchema;
  const limits = operationLimits(defaults);
  beforeAll(async () => {
    schema = await createSchema(server.services.live.hub);
  });

  /** Parses and validates as both doors do; the errors if any. */
  const problems = (document: string) => {
    const prepared = prepareOperation(schema, limits, document);
    return Array.isArray(prepared) ? prepared.map((e) => e.message) : [];
  };

  it('passes every operation of the dashboard, as Apollo Client sends it, within the default limits', () => {
    const operations = dashboardOperations();
    expect(operations.length).toBeGreaterThan(40);
    for (const { name, document } of operations) expect(problems(document), name).toEqual([]);
  });

  it('passes every GraphQL query of the README and the explorer’s introspection within the default limits', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const curls = [...readme.matchAll(/"query": ?"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    expect(blocks.length + curls.length).toBeGreaterThanOrEqual(5);
    for (const query of [...blocks, ...curls]) expect(problems(query), query).toEqual([]);
    // What GraphiQL (the explorer at /graphql) asks first.
    expect(problems(getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }))).toEqual([]);
  });
});

/**
 * Every operation in the dashboard's `graphql(`...`)` documents, with the
 * fragments it spreads and the `__typename` Apollo Client adds to every
 * selection set but the root's.
 */
function dashboardOperations(): { name: string; document: string }[] {
  const root = path.resolve(import.meta.dirname, '../../../dashboard/src');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.tsx?$/.test(f) && !f.startsWith(`gql${path.sep}`),
  );
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: { file: string; operation: OperationDefinitionNode }[] = [];
  for (const file of files) {
    for (const [, text] of readFileSync(path.join(root, file), 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)) {
      for (const definition of parse(text!).definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
        else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push({ file, operation: definition });
      }
    }
  }
  return operations.map(({ file, operation }) => {
    const used = new Map<string, FragmentDefinitionNode>();
    const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
    while (pending.length) {
      visit(pending.pop()!, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (!fragment) throw new Error(`${file}: no fragment ${spread.name.value}`);
          if (!used.has(fragment.name.value)) pending.push(fragment);
          used.set(fragment.name.value, fragment);
        },
      });
    }
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
    return { name: `${file}: ${operation.name?.value ?? 'anonymous'}`, document: print(withTypename(document)) };
  });
}

function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      leave(node: SelectionSetNode, _key, parent) {
        if (parent && !Array.isArray(parent) && (parent as ASTNode).kind === Kind.OPERATION_DEFINITION)
          return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
        const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
        return { ...node, selections: [...node.selections, typename] };
      },
    },
  });
}
