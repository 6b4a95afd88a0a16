import { describe, expect, it } from 'vitest';
import { comparisonCsv } from './comparisonCsv';
import { model, normalizedModel } from './testData';

describe('the comparison as CSV', () => {
  it('writes a row per value, then the geometric means', () => {
    const lines = comparisonCsv([normalizedModel()]).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'quantity,benchmark,column,environment,revision,value,std_dev,units,relative_to_baseline,baseline',
    );
    expect(lines[1]).toBe('Time,float,fast @ main (latest),Dual Core,abcdef1234,1,0.01,seconds,0.5,slow @ 1.0');
    expect(lines).toHaveLength(1 + 7 + 4);
    expect(lines.at(-1)).toBe('Time,(geometric mean),slow @ 1.0,Quad Core,1.0,,,,1,slow @ 1.0');
  });

  it('leaves the ratio empty without a baseline', () => {
    const lines = comparisonCsv([model()]).trimEnd().split('\r\n');
    expect(lines[1]).toBe('Time,float,fast @ main (latest),Dual Core,abcdef1234,1,0.01,seconds,,');
    expect(lines).toHaveLength(8);
  });
});
