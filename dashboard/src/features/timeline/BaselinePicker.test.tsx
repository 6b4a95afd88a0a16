import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BaselinePicker_ColumnFragment } from '../../gql/graphql';
import { BaselinePicker, baselineOf, defaultBaseline } from './BaselinePicker';

const column = (
  kind: 'LATEST' | 'TAG',
  executable: [string, string],
  revision: [string, string],
  tag: string | null,
  branch = 'default',
): BaselinePicker_ColumnFragment => ({
  key: `${kind.toLowerCase()}-${executable[0]}-${revision[0]}`,
  kind,
  label: tag ? `${executable[1]} @ ${tag}` : `${executable[1]} @ ${branch} (latest)`,
  tag,
  executable: { id: executable[0], name: executable[1] },
  revision: { id: revision[0], commitId: revision[1] },
  branch: { name: branch },
});

const columns = [
  column('LATEST', ['4', 'baseExe'], ['37', 'ccc'], null),
  column('TAG', ['4', 'baseExe'], ['36', 'aaa'], '1.0'),
  column('TAG', ['4', 'baseExe'], ['37', 'ccc'], '2.0'),
];

// Without vitest globals, Testing Library cannot unmount between tests by itself.
afterEach(cleanup);

describe('the default baseline (DEF_BASELINE)', () => {
  it('reads "executable@tag", a commit id, a column key, or an executable alone', () => {
    expect(defaultBaseline(columns, 'baseExe@1.0')).toEqual({ executableId: '4', revisionId: '36' });
    expect(defaultBaseline(columns, 'baseExe@ccc')).toEqual({ executableId: '4', revisionId: '37' });
    expect(defaultBaseline(columns, 'tag-4-36')).toEqual({ executableId: '4', revisionId: '36' });
    expect(defaultBaseline(columns, 'baseExe')).toEqual({ executableId: '4', revisionId: '37' });
  });

  it('is none when nothing offered matches, rather than an error', () => {
    expect(defaultBaseline(columns, 'gone@9.9')).toBeNull();
    expect(defaultBaseline(columns, null)).toBeNull();
  });

  it('gives way to the address, including its "none"', () => {
    expect(baselineOf('none', columns, 'baseExe@1.0')).toBeNull();
    expect(baselineOf({ executableId: '4', revisionId: '37' }, columns, 'baseExe@1.0')?.revisionId).toBe('37');
    expect(baselineOf(null, columns, 'baseExe@1.0')?.revisionId).toBe('36');
  });
});

describe('the baseline picker', () => {
  it('offers none and the tagged revisions, and reports a choice', () => {
    const onChange = vi.fn();
    render(<BaselinePicker columns={columns} value={null} onChange={onChange} />);
    const select = screen.getByLabelText('Baseline');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'None',
      'baseExe @ 1.0',
      'baseExe @ 2.0',
    ]);
    fireEvent.change(select, { target: { value: '4:36' } });
    expect(onChange).toHaveBeenLastCalledWith({ executableId: '4', revisionId: '36' });
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith('none');
  });
});
