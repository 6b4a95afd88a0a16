import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Settings keep Codespeed's names and defaults
 * (docs/codespeed-compat.md) so a deployer can carry their settings over unchanged.
 */
const bool = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return fallback;
      const v = value.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(v)) return true;
      if (['0', 'false', 'no', 'off'].includes(v)) return false;
      ctx.addIssue({ code: 'custom', message: `expected true or false, got "${value}"` });
      return z.NEVER;
    });

const number = (fallback: number, opts: { min?: number; max?: number; int?: boolean } = {}) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return fallback;
      const n = Number(value);
      const problems: string[] = [];
      if (!Number.isFinite(n)) problems.push('expected a number');
      else {
        if (opts.int && !Number.isInteger(n)) problems.push('expected a whole number');
        if (opts.min !== undefined && n < opts.min) problems.push(`expected at least ${opts.min}`);
        if (opts.max !== undefined && n > opts.max) problems.push(`expected at most ${opts.max}`);
      }
      if (problems.length) {
        ctx.addIssue({ code: 'custom', message: `${problems.join(', ')}, got "${value}"` });
        return z.NEVER;
      }
      return n;
    });

const text = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? fallback : v.trim()));

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? null : v.trim()));

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

const oneOf = <T extends string>(values: readonly T[], fallback: T) =>
  z
    .string()
    .optional()
    .transform((value, ctx): T => {
      if (value === undefined || value.trim() === '') return fallback;
      const match = values.find((v) => v.toLowerCase() === value.trim().toLowerCase());
      if (!match) {
        ctx.addIssue({ code: 'custom', message: `expected one of ${values.join(', ')}, got "${value}"` });
        return z.NEVER;
      }
      return match;
    });

const databaseUrl = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value.trim() === '') return null;
    if (!/^postgres(ql)?:\/\//.test(value.trim())) {
      ctx.addIssue({ code: 'custom', message: 'expected a postgres:// or postgresql:// URL' });
      return z.NEVER;
    }
    return value.trim();
  });

const schema = z.object({
  PORT: number(8000, { min: 0, max: 65535, int: true }),
  HOST: text('0.0.0.0'),
  DATABASE_URL: databaseUrl,
  DATA_DIR: text('./data'),
  LOG_LEVEL: oneOf(['silent', 'error', 'warn', 'info', 'debug'] as const, 'info'),
  STATEMENT_TIMEOUT_SECONDS: number(15, { min: 0 }),
  MAX_BODY_MB: number(64, { min: 0.001 }),
  DASHBOARD_DIR: optionalText,
  TRUSTED_PROXIES: list,
  WEBSITE_NAME: text('Speedgraph'),
  DEF_ENVIRONMENT: optionalText,
  DEF_EXECUTABLE: optionalText,
  DEF_BASELINE: optionalText,
  DEF_BENCHMARK: optionalText,
  DEF_TIMELINE_LIMIT: number(50, { min: 1, int: true }),
  TIMELINE_GRID_LIMIT: number(30, { min: 1, int: true }),
  CHART_TYPE: oneOf(['normal bars', 'stacked bars', 'relative bars'] as const, 'normal bars'),
  NORMALIZATION: bool(false),
  CHART_ORIENTATION: oneOf(['vertical', 'horizontal'] as const, 'vertical'),
  COMP_EXECUTABLES: list,
  COMPARISON_COMMIT_TAGS: list,
  TREND: number(10, { min: 1, int: true }),
  CHANGE_THRESHOLD: number(3, { min: 0 }),
  TREND_THRESHOLD: number(5, { min: 0 }),
  SHOW_AUTHOR_EMAIL_ADDRESS: bool(true),
  ALLOW_ANONYMOUS_POST: bool(true),
  REQUIRE_SECURE_AUTH: bool(true),
  LIVE_MAX_CONNECTIONS: number(1000, { min: 1, int: true }),
  LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: number(50, { min: 1, int: true }),
  // Sized from the dashboard's own documents (operation-limits.test.ts): at most 249 tokens (with the
  // __typename Apollo Client adds), depth 6, cost 56,313, no alias, no directive.
  GRAPHQL_MAX_TOKENS: number(1000, { min: 1, int: true }),
  GRAPHQL_MAX_DEPTH: number(12, { min: 1, int: true }),
  GRAPHQL_MAX_COST: number(150_000, { min: 1 }),
  GRAPHQL_MAX_ALIASES: number(30, { min: 0, int: true }),
  GRAPHQL_MAX_DIRECTIVES: number(30, { min: 0, int: true }),
  REPOSITORIES_DIR: optionalText,
  GIT_IMPLEMENTATION: oneOf(['auto', 'nodegit', 'git'] as const, 'auto'),
  GITHUB_API_URL: text('https://api.github.com').refine((v) => /^https?:\/\/[^/\s]+/.test(v), {
    message: 'expected an http:// or https:// URL',
  }),
  GITHUB_TOKEN: optionalText,
  REPOSITORY_TIMEOUT_SECONDS: number(300, { min: 1 }),
});

export interface Config {
  port: number;
  host: string;
  /** A real PostgreSQL server, or null for the embedded one in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  /** A database statement running longer is cancelled (PostgreSQL server only); 0 for no limit. */
  statementTimeoutSeconds: number;
  /** The largest request body any door reads, in bytes; past it, 413. */
  maxBodyBytes: number;
  /** Where the built dashboard lives; null means next to the API package. */
  dashboardDir: string | null;
  /** Proxy addresses whose X-Forwarded-Proto header is believed. */
  trustedProxies: string[];
  /** Live updates (subscriptions over WebSocket): caps that keep one process's memory bounded. */
  live: {
    /** WebSocket connections one process accepts at once; more are closed with 1013 (try again later). */
    maxConnections: number;
    /** Subscriptions one connection may hold at once (a dashboard page needs a handful). */
    maxSubscriptionsPerConnection: number;
  };
  /** Limits on every GraphQL operation, over HTTP and WebSocket alike (server/operation-limits.ts). */
  graphqlLimits: {
    /** Lexical tokens of the document; parsing stops past it. */
    maxTokens: number;
    /** Levels of fields nested in one another, fragments flattened. */
    maxDepth: number;
    /** graphql-armor's estimate: fields and objects weighted by depth, times a literal `first`/`last`. */
    maxCost: number;
    /** Aliased fields in one operation. */
    maxAliases: number;
    /** Directives in one operation. */
    maxDirectives: number;
  };
  /** Version control (issue 5): where repositories are kept and how they are read. */
  vcs: {
    /** Bare clones (git, Mercurial) live here, one per project. */
    repositoriesDir: string;
    /** `auto` tries nodegit and falls back to the `git` command. */
    gitImplementation: 'auto' | 'nodegit' | 'git';
    /** GitHub's REST API; another base URL for GitHub Enterprise. */
    githubApiUrl: string;
    /** Raises GitHub's rate limit from 60 to 5,000 requests an hour; null for anonymous. */
    githubToken: string | null;
    /** A clone, fetch or lookup taking longer is stopped and counts as a failure. */
    timeoutSeconds: number;
  };
  codespeed: {
    websiteName: string;
    defEnvironment: string | null;
    defExecutable: string | null;
    defBaseline: string | null;
    defBenchmark: string | null;
    defTimelineLimit: number;
    timelineGridLimit: number;
    chartType: 'normal bars' | 'stacked bars' | 'relative bars';
    normalization: boolean;
    chartOrientation: 'vertical' | 'horizontal';
    compExecutables: string[];
    comparisonCommitTags: string[];
    trend: number;
    changeThreshold: number;
    trendThreshold: number;
    showAuthorEmailAddress: boolean;
    allowAnonymousPost: boolean;
    requireSecureAuth: boolean;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks every setting at once, so a bad deployment lists all its mistakes in one go. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    logLevel: e.LOG_LEVEL,
    statementTimeoutSeconds: e.STATEMENT_TIMEOUT_SECONDS,
    maxBodyBytes: Math.round(e.MAX_BODY_MB * 1024 * 1024),
    dashboardDir: e.DASHBOARD_DIR,
    trustedProxies: e.TRUSTED_PROXIES,
    live: {
      maxConnections: e.LIVE_MAX_CONNECTIONS,
      maxSubscriptionsPerConnection: e.LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    },
    graphqlLimits: {
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
    },
    vcs: {
      repositoriesDir: e.REPOSITORIES_DIR ? path.resolve(e.REPOSITORIES_DIR) : path.join(dataDir, 'repositories'),
      gitImplementation: e.GIT_IMPLEMENTATION,
      githubApiUrl: e.GITHUB_API_URL.replace(/\/+$/, ''),
      githubToken: e.GITHUB_TOKEN,
      timeoutSeconds: e.REPOSITORY_TIMEOUT_SECONDS,
    },
    codespeed: {
      websiteName: e.WEBSITE_NAME,
      defEnvironment: e.DEF_ENVIRONMENT,
      defExecutable: e.DEF_EXECUTABLE,
      defBaseline: e.DEF_BASELINE,
      defBenchmark: e.DEF_BENCHMARK,
      defTimelineLimit: e.DEF_TIMELINE_LIMIT,
      timelineGridLimit: e.TIMELINE_GRID_LIMIT,
      chartType: e.CHART_TYPE,
      normalization: e.NORMALIZATION,
      chartOrientation: e.CHART_ORIENTATION,
      compExecutables: e.COMP_EXECUTABLES,
      comparisonCommitTags: e.COMPARISON_COMMIT_TAGS,
      trend: e.TREND,
      changeThreshold: e.CHANGE_THRESHOLD,
      trendThreshold: e.TREND_THRESHOLD,
      showAuthorEmailAddress: e.SHOW_AUTHOR_EMAIL_ADDRESS,
      allowAnonymousPost: e.ALLOW_ANONYMOUS_POST,
      requireSecureAuth: e.REQUIRE_SECURE_AUTH,
    },
  };
}
