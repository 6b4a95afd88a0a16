import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Config } from '../config.js';

/**
 * Limits on every GraphQL operation, whichever door it comes through (HTTP,
 * WebSocket), checked before anything runs: reads are public, and one query of
 * 10,000 aliases or 26 levels of nesting used to hold the whole process.
 *
 * The token limit is graphql-js's own (`maxTokens`): parsing stops at the first
 * token past it, so a huge document costs no more than a small one, and it
 * bounds what graphql's validation does after. The others are graphql-armor's
 * validation rules, run beside graphql's own.
 */

/** The one code of every refusal, whichever limit; `extensions.limit` says which. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export type LimitSettings = Config['graphqlLimits'];
export type Limit = 'tokens' | 'aliases' | 'depth' | 'cost' | 'directives';

const SETTINGS: Record<Limit, string> = {
  tokens: 'GRAPHQL_MAX_TOKENS',
  aliases: 'GRAPHQL_MAX_ALIASES',
  depth: 'GRAPHQL_MAX_DEPTH',
  cost: 'GRAPHQL_MAX_COST',
  directives: 'GRAPHQL_MAX_DIRECTIVES',
};

export interface OperationLimits {
  /** For `parse`: graphql-js stops past this many tokens. */
  readonly parseOptions: ParseOptions;
  /** Run with graphql's specified rules: aliases, depth, cost, directives. */
  readonly validationRules: ValidationRule[];
}

export function operationLimits(settings: LimitSettings): OperationLimits {
  return {
    parseOptions: { maxTokens: settings.maxTokens },
    validationRules: [
      maxAliasesRule({ n: settings.maxAliases, ...refuse('aliases', settings.maxAliases) }),
      // Fragments flattened: depth and cost are those of the answer, however a client splits its fragments.
      maxDepthRule({ n: settings.maxDepth, flattenFragments: true, ...refuse('depth', settings.maxDepth) }),
      costLimitRule({ maxCost: settings.maxCost, flattenFragments: true, ...refuse('cost', settings.maxCost) }),
      maxDirectivesRule({ n: settings.maxDirectives, ...refuse('directives', settings.maxDirectives) }),
    ],
  };
}

/**
 * Reported as a validation error rather than thrown: a rule that throws makes
 * graphql's `validate` throw, which Apollo answers with a 500.
 */
function refuse(limit: Limit, max: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(tooComplex(limit, max, foundIn(error.message))),
    ],
  };
}

/** graphql-armor's message ends "..., found 10001."; the count is worth giving the client. */
function foundIn(message: string): number | undefined {
  const found = /found (\d+(?:\.\d+)?)\.$/.exec(message);
  return found ? Math.ceil(Number(found[1])) : undefined;
}

export function tooComplex(limit: Limit, max: number, found?: number): GraphQLError {
  const setting = SETTINGS[limit];
  const count = found ?? `more than ${max}`;
  const describe: Record<Limit, string> = {
    tokens: `more than ${max} tokens (${setting}); pass values as variables rather than in the query`,
    aliases: `${count} aliases, at most ${max} (${setting})`,
    depth: `nested ${count} levels deep, at most ${max} (${setting})`,
    cost: `estimated cost ${count}, at most ${max} (${setting}); ask for smaller pages (first, last) or fewer fields`,
    directives: `${count} directives, at most ${max} (${setting})`,
  };
  return new GraphQLError(`Query too complex: ${describe[limit]}.`, {
    extensions: { code: QUERY_TOO_COMPLEX, limit, max, ...(found === undefined ? {} : { found }), setting },
  });
}

/** What graphql-js throws when `maxTokens` stops the parser (16.x says "more that"). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:at|an) (\d+) tokens\. Parsing aborted\.$/;

/**
 * The refusal behind an error, if it is one: ours as it is, or inside the
 * error Apollo wraps it in (Apollo files every validation error under
 * GRAPHQL_VALIDATION_FAILED and every parse error under GRAPHQL_PARSE_FAILED),
 * or graphql's own token-limit syntax error.
 */
export function limitRefusal(error: unknown): GraphQLError | undefined {
  for (let e: unknown = error; e instanceof GraphQLError; e = e.originalError) {
    if (e.extensions['code'] === QUERY_TOO_COMPLEX) return e;
    const tokens = TOKEN_LIMIT.exec(e.message);
    if (tokens) return tooComplex('tokens', Number(tokens[1]));
  }
  return undefined;
}

/**
 * Parses and validates an operation as Apollo Server does over HTTP, with the
 * same limits and the same error codes: what graphql-ws does by itself would
 * check none of the limits. Gives the document, or the errors to answer with.
 */
export function prepareOperation(
  schema: GraphQLSchema,
  limits: OperationLimits,
  query: string,
): DocumentNode | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(query, limits.parseOptions);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return [limitRefusal(error) ?? withCode(error, 'GRAPHQL_PARSE_FAILED')];
  }
  const errors = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
  if (errors.length === 0) return document;
  return errors.map((error) => (error.extensions['code'] ? error : withCode(error, 'GRAPHQL_VALIDATION_FAILED')));
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}
