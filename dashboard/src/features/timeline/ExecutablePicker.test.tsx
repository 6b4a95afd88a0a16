import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExecutablePicker_ProjectFragment } from '../../gql/graphql';
import { ExecutablePicker } from './ExecutablePicker';

const projects: ExecutablePicker_ProjectFragment[] = [
  {
    id: '1',
    name: 'MyProject',
    trackChanges: true,
    defaultBranch: 'default',
    branches: [{ id: '1', name: 'default' }],
    executables: [
      { id: '1', name: 'myexe' },
      { id: '2', name: 'myexe2' },
    ],
  },
  {
    id: '2',
    name: 'pypy',
    trackChanges: true,
    defaultBranch: 'trunk',
    branches: [{ id: '3', name: 'trunk' }],
    executables: [{ id: '3', name: 'pypy-c-jit' }],
  },
];

function renderPicker(selected: string[]) {
  const onChange = vi.fn();
  const { container } = render(
    <ExecutablePicker projects={projects} selected={new Set(selected)} colorOf={() => '#123456'} onChange={onChange} />,
  );
  return { onChange, container };
}

// Without vitest globals, Testing Library cannot unmount between tests by itself.
afterEach(cleanup);

describe('the executable picker', () => {
  it('toggles one executable, keeping the sidebar’s order', () => {
    const { onChange } = renderPicker(['3']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'myexe2' }));
    expect(onChange).toHaveBeenLastCalledWith(['2', '3']);
  });

  it('selects all or none of a project', () => {
    const { onChange } = renderPicker(['2', '3']);
    fireEvent.click(screen.getByRole('button', { name: 'All executables of MyProject' }));
    expect(onChange).toHaveBeenLastCalledWith(['1', '2', '3']);
    fireEvent.click(screen.getByRole('button', { name: 'No executables of pypy' }));
    expect(onChange).toHaveBeenLastCalledWith(['2']);
  });

  it('shows each executable’s colour', () => {
    const { container } = renderPicker([]);
    const swatches = container.querySelectorAll<HTMLElement>('.tl-swatch');
    expect(swatches).toHaveLength(3);
    expect(swatches[0]!.style.background).toBe('rgb(18, 52, 86)');
  });
});
