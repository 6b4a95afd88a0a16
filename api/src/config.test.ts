import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('gives Codespeed’s defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8000, databaseUrl: null });
    expect(config.codespeed).toMatchObject({
      websiteName: 'Speedgraph',
      allowAnonymousPost: true,
      requireSecureAuth: true,
      changeThreshold: 3,
      trendThreshold: 5,
      trend: 10,
      defTimelineLimit: 50,
      chartType: 'normal bars',
    });
  });

  it('reads settings by their Codespeed names', () => {
    const config = loadConfig({
      ALLOW_ANONYMOUS_POST: 'False',
      CHANGE_THRESHOLD: '2.5',
      COMP_EXECUTABLES: 'a, b',
      DATABASE_URL: 'postgres://u@h/db',
    });
    expect(config.codespeed.allowAnonymousPost).toBe(false);
    expect(config.codespeed.changeThreshold).toBe(2.5);
    expect(config.codespeed.compExecutables).toEqual(['a', 'b']);
    expect(config.databaseUrl).toBe('postgres://u@h/db');
  });

  it('refuses to start on bad values, naming every one of them', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', REQUIRE_SECURE_AUTH: 'maybe', DATABASE_URL: 'mysql://x', CHART_TYPE: 'pie' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT: expected a number, got "eighty"');
    expect(problems).toContain('REQUIRE_SECURE_AUTH: expected true or false, got "maybe"');
    expect(problems).toContain('DATABASE_URL: expected a postgres:// or postgresql:// URL');
    expect(problems).toContain('CHART_TYPE: expected one of normal bars, stacked bars, relative bars, got "pie"');
  });

  it('caps live connections and subscriptions, 1,000 and 50 unless told otherwise', () => {
    expect(loadConfig({}).live).toEqual({ maxConnections: 1000, maxSubscriptionsPerConnection: 50 });
    const config = loadConfig({ LIVE_MAX_CONNECTIONS: '20', LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: '3' });
    expect(config.live).toEqual({ maxConnections: 20, maxSubscriptionsPerConnection: 3 });
  });

  it('refuses live caps that are not positive whole numbers', () => {
    let error: unknown;
    try {
      loadConfig({ LIVE_MAX_CONNECTIONS: '0', LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: '2.5' });
    } catch (e) {
      error = e;
    }
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('LIVE_MAX_CONNECTIONS: expected at least 1, got "0"');
    expect(problems).toContain('LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: expected a whole number, got "2.5"');
  });

  it('limits GraphQL operations by default, and takes other limits as whole numbers', () => {
    expect(loadConfig({}).graphqlLimits).toEqual({
      maxTokens: 1000,
      maxDepth: 12,
      maxCost: 150_000,
      maxAliases: 30,
      maxDirectives: 30,
    });
    expect(loadConfig({ GRAPHQL_MAX_DEPTH: '20', GRAPHQL_MAX_ALIASES: '0' }).graphqlLimits).toMatchObject({
      maxDepth: 20,
      maxAliases: 0,
    });
    expect(() => loadConfig({ GRAPHQL_MAX_TOKENS: '0', GRAPHQL_MAX_DEPTH: '7.5' })).toThrow(
      /GRAPHQL_MAX_TOKENS: expected at least 1, got "0"\n.*GRAPHQL_MAX_DEPTH: expected a whole number, got "7.5"/,
    );
  });
});

describe('loadConfig: version control', () => {
  it('keeps repositories beside the data, tries nodegit first and waits five minutes by default', () => {
    const config = loadConfig({ DATA_DIR: '/srv/speedgraph' });
    expect(config.vcs).toEqual({
      repositoriesDir: '/srv/speedgraph/repositories',
      gitImplementation: 'auto',
      githubApiUrl: 'https://api.github.com',
      githubToken: null,
      timeoutSeconds: 300,
    });
  });

  it('reads the repositories folder, git implementation, GitHub API and timeout', () => {
    const config = loadConfig({
      REPOSITORIES_DIR: '/var/repos',
      GIT_IMPLEMENTATION: 'GIT',
      GITHUB_API_URL: 'https://github.example.com/api/v3/',
      GITHUB_TOKEN: 'ghp_x',
      REPOSITORY_TIMEOUT_SECONDS: '30',
    });
    expect(config.vcs).toEqual({
      repositoriesDir: '/var/repos',
      gitImplementation: 'git',
      githubApiUrl: 'https://github.example.com/api/v3',
      githubToken: 'ghp_x',
      timeoutSeconds: 30,
    });
  });

  it('lists every bad version control setting at once', () => {
    let error: unknown;
    try {
      loadConfig({ GIT_IMPLEMENTATION: 'libgit2', GITHUB_API_URL: 'api.github.com', REPOSITORY_TIMEOUT_SECONDS: '0' });
    } catch (e) {
      error = e;
    }
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('GIT_IMPLEMENTATION: expected one of auto, nodegit, git, got "libgit2"');
    expect(problems).toContain('GITHUB_API_URL: expected an http:// or https:// URL');
    expect(problems).toContain('REPOSITORY_TIMEOUT_SECONDS: expected at least 1, got "0"');
  });
});
