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
});
