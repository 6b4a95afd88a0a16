import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ComparisonLegend } from './ComparisonLegend';
import { ComparisonTable } from './ComparisonTable';
import { model, normalizedModel } from './testData';

afterEach(cleanup);

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(2)
    .map((row) => within(row).getByRole('rowheader').textContent);

describe('the comparison table', () => {
  it('shows each value with its std dev, a column per series', () => {
    render(<ComparisonTable model={model()} />);
    expect(screen.getAllByRole('columnheader', { name: /Dual Core/ })).toHaveLength(2);
    const float = screen.getByRole('row', { name: /^float/ });
    expect(
      within(float)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1 ± 0.01', '0.5 ± 0.005', '2 ± 0.02', '1 ± 0.01']);
    expect(screen.queryByText('Geometric mean')).toBeNull();
  });

  it('sorts by a series when its header is clicked, and reverses on a second click', () => {
    render(<ComparisonTable model={model()} />);
    expect(rowNames()).toEqual(['float', 'nbody']);
    const header = screen.getAllByRole('button', { name: /Dual Core/ })[0]!;
    fireEvent.click(header);
    fireEvent.click(header);
    expect(rowNames()).toEqual(['nbody', 'float']);
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('descending');
  });

  it('adds the ratios to the baseline and the geometric means when normalized', () => {
    render(<ComparisonTable model={normalizedModel()} />);
    const float = screen.getByRole('row', { name: /^float/ });
    expect(within(float).getAllByRole('cell')[0]!.textContent).toBe('1 ± 0.010.50×');
    const means = screen.getByRole('row', { name: /Geometric mean/ });
    expect(
      within(means)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1.00×', '0.50×', '1.00×', '1.00×']);
    expect(screen.getByText('(baseline)')).toBeTruthy();
  });
});

describe('the comparison legend', () => {
  it('lists a row per column and a swatch per environment, with the geometric means', () => {
    render(<ComparisonLegend model={normalizedModel()} mode="grouped" onHighlight={() => {}} />);
    expect(screen.getByText('Geometric mean relative to slow @ 1.0')).toBeTruthy();
    const fast = screen.getByRole('row', { name: /fast/ });
    expect(
      within(fast)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1.00×', '0.50×']);
  });

  it('highlights a column while its row is hovered or focused', () => {
    const seen: (string | null)[] = [];
    render(<ComparisonLegend model={model()} mode="grouped" onHighlight={(h) => seen.push(h)} />);
    fireEvent.focus(screen.getByRole('button', { name: 'slow @ 1.0' }));
    fireEvent.blur(screen.getByRole('button', { name: 'slow @ 1.0' }));
    expect(seen).toEqual(['c1', null]);
  });
});
