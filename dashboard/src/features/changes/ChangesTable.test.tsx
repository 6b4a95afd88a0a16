import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { ChangesTable_QuantityFragment as Quantity, Significance } from '../../gql/graphql';
import { ChangesTable, ChangesTable_QuantityFragment } from './ChangesTable';

afterEach(cleanup);

type Row = Quantity['rows'][number];
const change = (percent: number | null, significance: Significance, infinite = false) => ({
  percent,
  infinite,
  significance,
});

function row(name: string, value: number, rest: Partial<Row> = {}): Row {
  return {
    benchmark: { id: `id-${name}`, name, description: '' },
    value,
    stdDev: null,
    min: null,
    max: null,
    change: null,
    trend: null,
    ...rest,
  };
}

const TIME: Quantity = {
  unitsTitle: 'Time',
  units: 'seconds',
  lessIsBetter: true,
  hasStdDev: true,
  hasMin: false,
  hasMax: false,
  precision: 2,
  averageChange: change(1.5, 'NONE'),
  averageTrend: null,
  rows: [
    row('bench10', 1234.5, { stdDev: 0.123, change: change(5, 'REGRESSED'), trend: change(-0.004, 'NONE') }),
    row('bench2', 0.5, { change: change(-12.345, 'IMPROVED') }),
    row('alpha', 80, { stdDev: 2, change: change(null, 'REGRESSED', true) }),
  ],
};

function WhereAmI() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname + location.search}</p>;
}

function renderTable(quantity: Quantity = TIME) {
  return render(
    <MemoryRouter initialEntries={['/changes']}>
      <Routes>
        <Route
          path="/changes"
          element={
            <ChangesTable
              quantity={makeFragmentData(quantity, ChangesTable_QuantityFragment)}
              environmentId="7"
              executableId="3"
              trendDepth={10}
            />
          }
        />
        <Route path="/timeline" element={<WhereAmI />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** The benchmark names down the table, as shown. */
const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1, -1)
    .map((tr) => within(tr).getByRole('rowheader').textContent);

/** The text of one column, by its header's position. */
function column(label: string): string[] {
  const headers = within(screen.getByRole('table')).getAllByRole('columnheader');
  const index = headers.findIndex((header) => header.textContent?.startsWith(label));
  return within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1, -1)
    .map((tr) => tr.children[index]!.textContent ?? '');
}

const header = (label: string) => screen.getByRole('columnheader', { name: new RegExp(`^${label}`) });

describe('ChangesTable', () => {
  it('names the quantity, its units and which way is better in the caption', () => {
    renderTable();
    expect(screen.getByRole('table', { name: /Time in seconds/ }).querySelector('caption')?.textContent).toContain(
      'less is better',
    );
  });

  it('shows std dev only when the quantity has it, and min and max only when it has them', () => {
    renderTable();
    const labels = within(screen.getByRole('table'))
      .getAllByRole('columnheader')
      .map((th) => th.textContent?.replace(/[↕↑↓]/g, ''));
    expect(labels).toEqual(['Benchmark', 'Value', 'Std dev', 'Change', 'Trend']);
  });

  it('writes values with the quantity’s decimals and changes with their sign, ∞ and – for none', () => {
    renderTable();
    expect(names()).toEqual(['alpha', 'bench2', 'bench10']);
    expect(column('Value')).toEqual(['80.00', '0.50', '1,234.50']);
    expect(column('Std dev')).toEqual(['2.00', '', '0.12']);
    expect(column('Change')).toEqual(['∞ (regressed)', '−12.35% (improved)', '+5.00% (regressed)']);
    expect(column('Trend')).toEqual(['–', '–', '0.00%']);
    const footer = within(screen.getByRole('table')).getAllByRole('row').at(-1)!;
    expect(footer.textContent).toContain('Average');
    expect(footer.textContent).toContain('+1.50%');
  });

  it('colours a change by its significance', () => {
    renderTable();
    const cells = within(screen.getByRole('table')).getAllByText(/regressed|improved/);
    expect(cells.map((span) => span.parentElement!.className)).toEqual([
      expect.stringContaining('change-regressed'),
      expect.stringContaining('change-improved'),
      expect.stringContaining('change-regressed'),
    ]);
  });

  it('sorts by a column when its header is clicked, and the other way on a second click', () => {
    renderTable();
    expect(header('Benchmark').getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(within(header('Value')).getByRole('button'));
    expect(names()).toEqual(['bench2', 'alpha', 'bench10']);
    expect(header('Value').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Benchmark').getAttribute('aria-sort')).toBeNull();

    fireEvent.click(within(header('Value')).getByRole('button'));
    expect(names()).toEqual(['bench10', 'alpha', 'bench2']);
    expect(header('Value').getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts changes numerically with ∞ beyond every number, and rows without a trend last', () => {
    renderTable();
    fireEvent.click(within(header('Change')).getByRole('button'));
    expect(names()).toEqual(['bench2', 'bench10', 'alpha']);
    fireEvent.click(within(header('Change')).getByRole('button'));
    expect(names()).toEqual(['alpha', 'bench10', 'bench2']);

    fireEvent.click(within(header('Trend')).getByRole('button'));
    expect(names()).toEqual(['bench10', 'alpha', 'bench2']);
    fireEvent.click(within(header('Trend')).getByRole('button'));
    expect(names()[0]).toBe('bench10');
  });

  it('sorts names as people read them, bench2 before bench10', () => {
    renderTable();
    fireEvent.click(within(header('Benchmark')).getByRole('button'));
    expect(names()).toEqual(['bench10', 'bench2', 'alpha']);
  });

  it('opens the benchmark’s timeline when a row is clicked', () => {
    renderTable();
    fireEvent.click(screen.getByText('0.50'));
    expect(screen.getByTestId('location').textContent).toBe('/timeline?ben=id-bench2&env=7&exe=3');
  });

  it('links each benchmark name to its timeline, for the keyboard', () => {
    renderTable();
    expect(screen.getByRole('link', { name: 'alpha' }).getAttribute('href')).toBe('/timeline?ben=id-alpha&env=7&exe=3');
  });

  it('shows text from results as text, never as HTML', () => {
    renderTable({ ...TIME, rows: [row('<img src=x onerror=alert(1)>', 1)] });
    expect(screen.getByRole('link').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
