import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmDelete } from './ConfirmDelete';

afterEach(cleanup);

const question = 'Delete environment “lab” and every result and report measured on it?';

describe('ConfirmDelete', () => {
  it('asks what goes with the record, with focus on Cancel so a stray Enter keeps the data', () => {
    const onCancel = vi.fn();
    render(<ConfirmDelete question={question} confirmLabel="Delete" onConfirm={vi.fn()} onCancel={onCancel} />);
    expect(screen.getByRole('alertdialog', { name: question })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalled();
  });

  it('stays open with the reason when the delete fails', async () => {
    render(
      <ConfirmDelete
        question={question}
        confirmLabel="Delete"
        onConfirm={() => Promise.resolve('You may not delete this')}
        onCancel={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('You may not delete this'));
    expect((screen.getByRole('button', { name: 'Delete' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
