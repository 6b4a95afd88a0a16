import { describe, expect, it } from 'vitest';
import { parseParams } from './comparisonParams';
import { defaultBenchmarkIds, resolveSelection, type Offered } from './selection';

const offered: Offered = {
  columns: [{ key: 'latest-1-1' }, { key: 'tag-1-3' }],
  benchmarks: [
    { id: '1', benchmarkType: 'CROSS_PROJECT', defaultOnComparison: true },
    { id: '2', benchmarkType: 'OWN_PROJECT', defaultOnComparison: true },
    { id: '3', benchmarkType: 'CROSS_PROJECT', defaultOnComparison: false },
  ],
  environments: [{ id: '1' }, { id: '2' }],
};
const resolve = (query: string) => resolveSelection(parseParams(new URLSearchParams(query)), offered);

describe('checking a comparison link against what is offered', () => {
  it('sends only what the link pins, so the API’s defaults apply to the rest', () => {
    expect(resolve('').input).toEqual({});
    expect(resolve('base=none').input).toEqual({ baselineColumnKey: null });
    expect(resolve('cols=tag-1-3&ben=3&env=2&base=latest-1-1').input).toEqual({
      columnKeys: ['tag-1-3'],
      benchmarkIds: ['3'],
      environmentIds: ['2'],
      baselineColumnKey: 'latest-1-1',
    });
  });

  it('leaves out what no longer exists, and counts it', () => {
    const resolved = resolve('cols=latest-1-1,tag-9-9&env=7,1&base=tag-9-9');
    expect(resolved.input).toEqual({ columnKeys: ['latest-1-1'], environmentIds: ['1'] });
    expect(resolved.dropped).toBe(3);
  });

  it('sends environments in the offered order, which gives each its shade', () => {
    expect(resolve('env=2,1').input.environmentIds).toEqual(['1', '2']);
  });

  it('names the first empty selection', () => {
    expect(resolve('cols=').empty).toBe('column');
    expect(resolve('cols=tag-9-9').empty).toBe('column');
    expect(resolve('ben=&env=').empty).toBe('benchmark');
    expect(resolve('env=').empty).toBe('environment');
    expect(resolve('').empty).toBeNull();
  });

  it('knows the API’s default benchmarks', () => {
    expect(defaultBenchmarkIds(offered.benchmarks)).toEqual(['1']);
  });
});
