import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityForm } from './EntityForm';
import type { FieldSpec } from './fields';

afterEach(cleanup);

const FIELDS: FieldSpec[] = [
  { name: 'name', label: 'Name', required: true },
  { name: 'cpu', label: 'CPU' },
  { name: 'tracked', label: 'Tracked', kind: 'checkbox' },
];

describe('EntityForm', () => {
  it('labels every field and submits what was typed and ticked', async () => {
    const onSubmit = vi.fn(() => Promise.resolve(null));
    render(
      <EntityForm
        legend="New environment"
        fields={FIELDS}
        initial={{ name: '', cpu: '', tracked: false }}
        submitLabel="Create"
        onSubmit={onSubmit}
      />,
    );
    fireEvent.change(screen.getByLabelText(/Name/), { target: { value: 'lab' } });
    fireEvent.click(screen.getByLabelText('Tracked'));
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ name: 'lab', cpu: '', tracked: true }));
  });

  it('shows the API’s message beside its field, tied to it, and moves focus there', async () => {
    render(
      <EntityForm
        legend="New environment"
        fields={FIELDS}
        initial={{ name: 'Dual Core', cpu: '', tracked: false }}
        submitLabel="Create"
        onSubmit={() => Promise.resolve({ fields: { name: 'Already exists' }, form: 'Something else' })}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    const name = screen.getByLabelText(/Name/);
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(name.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(message?.textContent).toBe('Already exists');
    expect(name.closest('.field')?.contains(message!)).toBe(true);
    expect(document.activeElement).toBe(name);
    expect(screen.getByRole('alert').textContent).toBe('Something else');
    expect(screen.getByLabelText('CPU').getAttribute('aria-invalid')).toBeNull();
  });

  it('renders names as text, never as HTML', () => {
    render(
      <EntityForm
        legend={'Edit environment “<img src=x onerror=alert(1)>”'}
        fields={FIELDS}
        initial={{ name: '<b>bold</b>', cpu: '', tracked: false }}
        submitLabel="Save"
        onSubmit={() => Promise.resolve(null)}
      />,
    );
    expect(document.querySelector('img, b')).toBeNull();
    expect(screen.getByText('Edit environment “<img src=x onerror=alert(1)>”')).toBeTruthy();
  });
});
