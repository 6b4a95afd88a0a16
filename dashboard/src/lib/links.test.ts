import { describe, expect, it } from 'vitest';
import { changesHref, changesSearch, parseChangesParams, timelineHref } from './links';

describe('the address of the Changes view', () => {
  it('reads the feeds’ parameters and ignores a trend that is not a positive whole number', () => {
    expect(parseChangesParams(new URLSearchParams('rev=4&exe=1&env=2&trend=20'))).toEqual({
      rev: '4',
      exe: '1',
      env: '2',
      trend: 20,
    });
    expect(parseChangesParams(new URLSearchParams('trend=abc&rev='))).toEqual({
      rev: null,
      exe: null,
      env: null,
      trend: null,
    });
  });

  it('writes them in one order, leaving out what is not chosen', () => {
    expect(changesSearch({ trend: 5, env: '2', exe: null, rev: '9' })).toBe('?rev=9&env=2&trend=5');
    expect(changesSearch({ trend: null, env: null, exe: null, rev: null })).toBe('');
  });

  it('links a report or a point to its changes with the parameters the feeds use', () => {
    expect(changesHref({ rev: '16', exe: '2', env: '1' })).toBe('/changes?rev=16&exe=2&env=1');
    expect(changesHref({})).toBe('/changes');
  });
});

describe('the link to a timeline', () => {
  it('names the benchmark, environment and executable', () => {
    expect(timelineHref('7', '1', '3')).toBe('/timeline?ben=7&env=1&exe=3');
  });
});
