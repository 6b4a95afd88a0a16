import { describe, expect, it } from 'vitest';
import { commitUrl, formatAuthor, shortCommit } from './commits';

describe('writing commits', () => {
  it('cuts hashes to ten characters and leaves revision numbers and made-up ids whole', () => {
    expect(shortCommit('8bc3b00e249f5fa9d7dac971e9eeece0b7eb5c7f')).toBe('8bc3b00e24');
    expect(shortCommit('abcdef12345')).toBe('abcdef1234');
    expect(shortCommit('8a9f3c1')).toBe('8a9f3c1');
    expect(shortCommit('80919')).toBe('80919');
    expect(shortCommit('release-2024-01')).toBe('release-2024-01');
  });

  it('keeps the author’s address when the site shows it, and drops it when not', () => {
    expect(formatAuthor('Ada Lovelace <ada@example.org>', true)).toBe('Ada Lovelace <ada@example.org>');
    expect(formatAuthor('Ada Lovelace <ada@example.org>', false)).toBe('Ada Lovelace');
    expect(formatAuthor('ada@example.org', false)).toBe('ada');
  });

  it('fills the project’s commit link template, and refuses anything but http(s)', () => {
    expect(commitUrl('https://git.example.org/p/commit/{commitid}', 'abc')).toBe(
      'https://git.example.org/p/commit/abc',
    );
    expect(commitUrl('javascript:alert(1)//{commitid}', 'abc')).toBeNull();
    expect(commitUrl('', 'abc')).toBeNull();
  });
});
