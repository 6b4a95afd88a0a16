import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommitLogList_CommitFragment as Commit } from '../../gql/graphql';
import { CommitLogList, safeLink } from './CommitLogList';

afterEach(cleanup);

const commit = (rest: Partial<Commit>): Commit => ({
  id: 'a'.repeat(40),
  shortId: 'aaaaaaa',
  author: 'Ada Lovelace',
  authorEmail: '',
  date: '2026-11-02T10:00:00Z',
  subject: 'Speed up the parser',
  body: '',
  tags: [],
  url: null,
  ...rest,
});

const show = (commits: Commit[]) => render(<CommitLogList commits={commits} />);

describe('the commit log list', () => {
  it('shows the author’s address only when the API gives one', () => {
    show([commit({ id: '1', authorEmail: 'ada@example.com' }), commit({ id: '2', author: 'Grace Hopper' })]);
    const [first, second] = screen.getAllByRole('listitem');
    expect(first!.textContent).toContain('Ada Lovelace <ada@example.com>');
    expect(second!.textContent).toContain('Grace Hopper');
    expect(second!.textContent).not.toContain('<');
  });

  it('links the short id in a new tab, and never a javascript: address', () => {
    show([
      commit({ id: '1', shortId: '1111111', url: 'https://example.org/commit/1' }),
      commit({ id: '2', shortId: '2222222', url: 'javascript:alert(1)' }),
    ]);
    const link = screen.getByRole('link', { name: '1111111' });
    expect(link.getAttribute('href')).toBe('https://example.org/commit/1');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.queryByRole('link', { name: '2222222' })).toBeNull();
    expect(screen.getByText('2222222')).toBeTruthy();
  });

  it('keeps the body behind a disclosure, as text, and shows tags as chips', () => {
    show([commit({ body: 'Details <img src=x onerror=alert(1)>', tags: ['v1.0', 'stable'] })]);
    const details = screen.getByText('Message').closest('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('pre')!.textContent).toBe('Details <img src=x onerror=alert(1)>');
    expect(details.querySelector('img')).toBeNull();
    expect(screen.getByText('v1.0').className).toBe('changes-tag');
    expect(screen.getByText('stable').className).toBe('changes-tag');
  });

  it('accepts only http and https links', () => {
    expect(safeLink('http://example.org/x')).toBe('http://example.org/x');
    expect(safeLink('data:text/html,hi')).toBeNull();
    expect(safeLink('not a url')).toBeNull();
    expect(safeLink(null)).toBeNull();
  });
});
