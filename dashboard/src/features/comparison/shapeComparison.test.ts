import { describe, expect, it } from 'vitest';
import { plotted, sharedRevision, shapeQuantity, valueAxisLabel } from './shapeComparison';
import { context, model, normalizedModel, quantity } from './testData';

describe('shaping a comparison quantity', () => {
  it('names and colours each series by its column and environment', () => {
    const m = model();
    expect(m.series.map((s) => `${s.columnLabel} · ${s.environmentName}`)).toEqual([
      'fast @ main (latest) · Dual Core',
      'fast @ main (latest) · Quad Core',
      'slow @ 1.0 · Dual Core',
      'slow @ 1.0 · Quad Core',
    ]);
    expect(new Set(m.series.map((s) => s.colour)).size).toBe(4);
    expect(m.series[2]!.revision).toBe('1.0');
    expect(m.series[0]!.revision).toBe('abcdef1234');
  });

  it('colours a series alike in every quantity, from the comparison’s order', () => {
    const other = shapeQuantity({ ...quantity, series: quantity.series.slice(2) }, context);
    expect(other.series[0]!.colour).toBe(model().series[2]!.colour);
  });

  it('plots values, or ratios to the baseline when there is one', () => {
    const m = model();
    expect(plotted(m, m.series[0]!.points.get('11'))).toBe(4);
    const n = normalizedModel();
    expect(plotted(n, n.series[0]!.points.get('11'))).toBe(2);
    expect(n.series[2]!.isBaseline).toBe(true);
  });

  it('titles the value axis with the units, or the baseline, and which way is better', () => {
    expect(valueAxisLabel(model())).toBe('Time in seconds (less is better)');
    expect(valueAxisLabel(normalizedModel())).toBe('relative to slow @ 1.0 (less is better)');
  });

  it('says once the revision every column shares', () => {
    expect(sharedRevision(['a @ main (latest)', 'b @ main (latest)'])).toBe('main (latest)');
    expect(sharedRevision(['a @ main (latest)', 'b @ 1.0'])).toBeNull();
    expect(sharedRevision(['a @ main (latest)'])).toBeNull();
    const m = shapeQuantity(quantity, {
      ...context,
      columns: [
        { key: 'latest-1-1', label: 'fast @ main (latest)' },
        { key: 'tag-2-5', label: 'slow @ main (latest)' },
      ],
    });
    expect(m.sharedRevision).toBe('main (latest)');
    expect(m.series.map((s) => s.shortLabel)).toEqual(['fast', 'fast', 'slow', 'slow']);
  });
});
