import { describe, expect, it } from 'vitest';
import { ALL_RESULTS, limitInput, parseTimelineParams, timelineSearch, type TimelineParams } from './useTimelineParams';

const parse = (search: string) => parseTimelineParams(new URLSearchParams(search));

describe('the timeline’s address', () => {
  it('means the site’s defaults when empty', () => {
    expect(parse('')).toEqual({
      env: null,
      exe: null,
      ben: null,
      branch: null,
      revs: null,
      base: null,
      x: 'date',
      log: false,
    });
    expect(timelineSearch(parse(''))).toBe('');
  });

  it('reads every parameter of a permalink', () => {
    expect(
      parse('env=2&exe=1,3&ben=4,5&branch=default,feature&revs=200&base=4:36&x=equidistant&log=1'),
    ).toEqual<TimelineParams>({
      env: '2',
      exe: ['1', '3'],
      ben: ['4', '5'],
      branch: ['default', 'feature'],
      revs: 200,
      base: { executableId: '4', revisionId: '36' },
      x: 'equidistant',
      log: true,
    });
    expect(parse('ben=grid&revs=all&base=none').ben).toBe('grid');
    expect(parse('revs=all').revs).toBe('all');
    expect(parse('base=none').base).toBe('none');
  });

  it('writes a state back as the same readable link', () => {
    const search = 'env=2&exe=1,3&ben=grid&branch=default,feature&revs=all&base=4:36&x=equidistant&log=1';
    expect(timelineSearch(parse(search))).toBe(search);
  });

  it('tells "none picked" from "not said"', () => {
    expect(parse('exe=').exe).toEqual([]);
    expect(parse('').exe).toBeNull();
    expect(timelineSearch({ ...parse(''), exe: [] })).toBe('exe=');
  });

  it('ignores what is not shaped like its parameter', () => {
    const params = parse('env=<x>&exe=1,,2,1,"3"&revs=-5&base=4&x=sideways&log=yes');
    expect(params.env).toBeNull();
    expect(params.exe).toEqual(['1', '2']);
    expect(params.revs).toBeNull();
    expect(params.base).toBeNull();
    expect(params.x).toBe('date');
    expect(params.log).toBe(false);
  });

  it('asks the API for every result with "all", and for its default without revs', () => {
    expect(limitInput('all')).toBe(ALL_RESULTS);
    expect(limitInput(50)).toBe(50);
    expect(limitInput(null)).toBeUndefined();
  });
});
