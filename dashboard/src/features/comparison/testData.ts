import { shapeQuantity, type ComparisonContext, type QuantityInput, type QuantityModel } from './shapeComparison';

/** A small comparison for the unit tests: two columns on two environments, two benchmarks. */
export const context: ComparisonContext = {
  columns: [
    { key: 'latest-1-1', label: 'fast @ main (latest)' },
    { key: 'tag-2-5', label: 'slow @ 1.0' },
  ],
  environments: [
    { id: '1', name: 'Dual Core' },
    { id: '2', name: 'Quad Core' },
  ],
  baseline: null,
};

const point = (benchmarkId: string, value: number, normalized: number | null = null) => ({
  benchmarkId,
  value,
  stdDev: value / 100,
  normalized,
});

export const quantity: QuantityInput = {
  unitsTitle: 'Time',
  units: 'seconds',
  lessIsBetter: true,
  benchmarks: [
    { id: '10', name: 'float' },
    { id: '11', name: 'nbody' },
  ],
  series: [
    {
      columnKey: 'latest-1-1',
      environment: { id: '1' },
      revision: { commitId: 'abcdef123456', tag: '' },
      geometricMean: null,
      points: [point('10', 1), point('11', 4)],
    },
    {
      columnKey: 'latest-1-1',
      environment: { id: '2' },
      revision: { commitId: 'abcdef123456', tag: '' },
      geometricMean: null,
      points: [point('10', 0.5)],
    },
    {
      columnKey: 'tag-2-5',
      environment: { id: '1' },
      revision: { commitId: '999', tag: '1.0' },
      geometricMean: null,
      points: [point('10', 2), point('11', 2)],
    },
    {
      columnKey: 'tag-2-5',
      environment: { id: '2' },
      revision: { commitId: '999', tag: '1.0' },
      geometricMean: null,
      points: [point('10', 1), point('11', 1)],
    },
  ],
};

/** The same values normalized to the tagged column, with its geometric means. */
export const normalizedQuantity: QuantityInput = {
  ...quantity,
  series: quantity.series.map((s) => {
    const baseline = quantity.series.find((b) => b.columnKey === 'tag-2-5' && b.environment.id === s.environment.id)!;
    const points = s.points.map((p) => ({
      ...p,
      normalized: p.value / baseline.points.find((b) => b.benchmarkId === p.benchmarkId)!.value,
    }));
    const mean = Math.exp(points.reduce((sum, p) => sum + Math.log(p.normalized), 0) / points.length);
    return { ...s, points, geometricMean: mean };
  }),
};

export const baselineContext: ComparisonContext = { ...context, baseline: { key: 'tag-2-5', label: 'slow @ 1.0' } };

export const model = (): QuantityModel => shapeQuantity(quantity, context);
export const normalizedModel = (): QuantityModel => shapeQuantity(normalizedQuantity, baselineContext);
