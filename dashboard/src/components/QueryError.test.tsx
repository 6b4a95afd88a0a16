import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryError } from './QueryError';

afterEach(cleanup);

describe('QueryError', () => {
  it('says what failed and what the API said, and tries again on request', () => {
    const retry = vi.fn();
    render(<QueryError title="Could not load the timeline" error={new Error('Network down')} retry={retry} />);
    expect(screen.getByRole('alert').textContent).toContain('Could not load the timeline: Network down');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('offers no retry when the view asks again by its own controls, and keeps the view’s own links', () => {
    render(
      <QueryError title="Could not compare" error={{ message: 'Bad column' }}>
        <a href="/changes">Show the latest changes</a>
      </QueryError>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('link', { name: 'Show the latest changes' })).toBeTruthy();
  });
});
