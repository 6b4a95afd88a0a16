import { chartSpec, type BarChartSpec, type BarMode } from './chartBars';
import { chooseLayout, labelChars, type ChartLayout } from './chartLayout';
import type { QuantityModel } from './shapeComparison';

export interface ChartPlan {
  layout: ChartLayout;
  /** One spec for a whole chart; one per category for small multiples. */
  specs: BarChartSpec[];
}

/** The chart or charts of a quantity at a width: the layout rules of chartLayout applied to its bars. */
export function planCharts(model: QuantityModel, mode: BarMode, horizontal: boolean, width: number): ChartPlan {
  const whole = chartSpec(model, mode);
  const layout = chooseLayout({
    categories: whole.categories.length,
    slots: whole.slots,
    horizontal,
    stacked: mode === 'stacked',
    width,
    longestLabel: Math.max(0, ...whole.categories.map(labelChars)),
    labelLines: Math.max(1, ...whole.categories.map((c) => c.split('\n').length)),
  });
  if (layout.mode === 'single') return { layout, specs: [whole] };
  return { layout, specs: whole.categories.map((category) => chartSpec(model, mode, category)) };
}
