import { describe, expect, it } from 'vitest';
import { parseParams, serializeParams, chartTypeFromSetting, directionFromSetting } from './comparisonParams';

const parse = (query: string) => parseParams(new URLSearchParams(query));

describe('the comparison address', () => {
  it('leaves every absent parameter to the defaults', () => {
    expect(parse('')).toEqual({ cols: null, ben: null, env: null, base: undefined, type: null, dir: null });
  });

  it('reads lists, the baseline, the chart type and the direction', () => {
    expect(parse('cols=latest-1-1,tag-2-5&ben=3,4&env=1&base=tag-2-5&type=relative&dir=horizontal')).toEqual({
      cols: ['latest-1-1', 'tag-2-5'],
      ben: ['3', '4'],
      env: ['1'],
      base: 'tag-2-5',
      type: 'relative',
      dir: 'horizontal',
    });
  });

  it('tells an explicit empty selection from an absent one', () => {
    expect(parse('cols=').cols).toEqual([]);
    expect(parse('cols=,,').cols).toEqual([]);
  });

  it('reads base=none as no normalization', () => {
    expect(parse('base=none').base).toBeNull();
  });

  it('drops repeated entries and ignores unknown chart types', () => {
    const params = parse('cols=a,a,b&type=pie&dir=diagonal');
    expect(params.cols).toEqual(['a', 'b']);
    expect(params.type).toBeNull();
    expect(params.dir).toBeNull();
  });

  it('writes commas as commas, in a fixed order, and reads back what it wrote', () => {
    const params = parse('dir=vertical&type=stacked&base=none&env=2,1&ben=5&cols=latest-1-1,tag-2-5');
    const query = serializeParams(params);
    expect(query).toBe('?cols=latest-1-1,tag-2-5&ben=5&env=2,1&base=none&type=stacked&dir=vertical');
    expect(parse(query.slice(1))).toEqual(params);
  });

  it('escapes what is not URL-safe', () => {
    expect(serializeParams({ cols: ['a&b'], ben: null, env: null, base: undefined, type: null, dir: null })).toBe(
      '?cols=a%26b',
    );
  });

  it('maps the settings to the address’ words', () => {
    expect(chartTypeFromSetting('STACKED_BARS')).toBe('stacked');
    expect(chartTypeFromSetting('RELATIVE_BARS')).toBe('relative');
    expect(chartTypeFromSetting(undefined)).toBe('normal');
    expect(directionFromSetting('HORIZONTAL')).toBe('horizontal');
    expect(directionFromSetting('VERTICAL')).toBe('vertical');
  });
});
