import { useId, useState } from 'react';
import { graphql } from '../../gql';
import type { BenchmarkPicker_BenchmarkFragment } from '../../gql/graphql';

export const BenchmarkPickerFragment = graphql(`
  fragment BenchmarkPicker_Benchmark on Benchmark {
    id
    name
    units
    unitsTitle
  }
`);

/** Past this many benchmarks a filter box appears (Codespeed listed 200 radio buttons in a column). */
const FILTER_FROM = 12;

interface Props {
  benchmarks: BenchmarkPicker_BenchmarkFragment[];
  /** The benchmarks on the plot, or 'grid'. */
  selected: ReadonlySet<string> | 'grid';
  onChange: (benchmarks: string[] | 'grid') => void;
}

/**
 * The grid of all, or one or several benchmarks on one plot. A checkbox adds
 * a benchmark to the plot; "only" shows it alone (Codespeed's radio button).
 */
export function BenchmarkPicker({ benchmarks, selected, onChange }: Props) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const grid = selected === 'grid';
  const chosen = grid ? new Set<string>() : selected;
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? benchmarks.filter((b) => `${b.name} ${b.unitsTitle} ${b.units}`.toLowerCase().includes(needle))
    : benchmarks;
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(benchmarks.map((b) => b.id).filter((b) => next.has(b)));
  };
  return (
    <fieldset className="tl-fieldset">
      <legend>Benchmarks</legend>
      <label className="tl-check">
        <input type="checkbox" checked={grid} onChange={() => onChange(grid ? [] : 'grid')} />
        <span className="tl-check-label">Grid of all benchmarks</span>
      </label>
      {benchmarks.length >= FILTER_FROM && (
        <div className="tl-filter">
          <label htmlFor={filterId}>Filter</label>
          <input
            id={filterId}
            type="search"
            value={filter}
            placeholder="name or unit"
            onChange={(event) => setFilter(event.target.value)}
          />
        </div>
      )}
      <div className="tl-bench-list" role="group" aria-label="Benchmarks on the plot">
        {shown.map((b) => (
          <div key={b.id} className="tl-bench-row">
            <label className="tl-check">
              <input type="checkbox" checked={chosen.has(b.id)} onChange={() => toggle(b.id)} />
              <span className="tl-check-label">{b.name}</span>
              <span className="tl-unit">{b.units}</span>
            </label>
            <button
              type="button"
              className="tl-link-button tl-only"
              aria-label={`Only ${b.name}`}
              onClick={() => onChange([b.id])}
            >
              only
            </button>
          </div>
        ))}
        {shown.length === 0 && <p className="status">No benchmark matches “{filter}”.</p>}
      </div>
      {!grid && chosen.size > 1 && (
        <p className="tl-hint">
          {chosen.size} benchmarks: those of the same unit share a plot.{' '}
          <button type="button" className="tl-link-button" onClick={() => onChange([])}>
            Clear
          </button>
        </p>
      )}
    </fieldset>
  );
}
