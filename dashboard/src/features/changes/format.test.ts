import { describe, expect, it } from 'vitest';
import { commitUrl, formatAuthor, formatNumber, formatPercent, shortCommit } from './format';
import { changesSearch, parseChangesParams } from './useChangesParams';

describe('formatNumber', () => {
  it('writes the quantity’s decimals, thousands grouped, with a true minus sign', () => {
    expect(formatNumber(1234.5, 2)).toBe('1,234.50');
    expect(formatNumber(0.000123, 5)).toBe('0.00012');
    expect(formatNumber(-3, 1)).toBe('\u22123.0');
    expect(formatNumber(null, 2)).toBe('');
  });
});

describe('formatPercent', () => {
  it('signs changes, writes ∞ for infinite ones and – when there is nothing to compare', () => {
    expect(formatPercent({ percent: 5, infinite: false })).toBe('+5.00%');
    expect(formatPercent({ percent: -8.2247, infinite: false })).toBe('\u22128.22%');
    expect(formatPercent({ percent: -0.001, infinite: false })).toBe('0.00%');
    expect(formatPercent({ percent: null, infinite: true })).toBe('∞');
    expect(formatPercent(null)).toBe('–');
  });
});

describe('formatAuthor', () => {
  it('keeps the address when the site shows it, and drops it when not', () => {
    expect(formatAuthor('Ada Lovelace <ada@example.org>', true)).toBe('Ada Lovelace <ada@example.org>');
    expect(formatAuthor('Ada Lovelace <ada@example.org>', false)).toBe('Ada Lovelace');
    expect(formatAuthor('ada@example.org', false)).toBe('ada');
  });
});

describe('commitUrl', () => {
  it('fills the project’s template, and refuses anything but http(s)', () => {
    expect(commitUrl('https://git.example.org/p/commit/{commitid}', 'abc')).toBe(
      'https://git.example.org/p/commit/abc',
    );
    expect(commitUrl('javascript:alert(1)//{commitid}', 'abc')).toBeNull();
    expect(commitUrl('', 'abc')).toBeNull();
  });

  it('shortens git hashes and leaves revision numbers whole', () => {
    expect(shortCommit('8bc3b00e249f5fa9d7dac971e9eeece0b7eb5c7f')).toBe('8bc3b00e24');
    expect(shortCommit('1234')).toBe('1234');
  });
});

describe('the address of the Changes view', () => {
  it('reads the feeds’ parameters and ignores a trend that is not a positive whole number', () => {
    expect(parseChangesParams(new URLSearchParams('rev=4&exe=1&env=2&trend=20'))).toEqual({
      rev: '4',
      exe: '1',
      env: '2',
      trend: 20,
    });
    expect(parseChangesParams(new URLSearchParams('trend=abc&rev='))).toEqual({
      rev: null,
      exe: null,
      env: null,
      trend: null,
    });
  });

  it('writes them in one order, leaving out what is not chosen', () => {
    expect(changesSearch({ trend: 5, env: '2', exe: null, rev: '9' })).toBe('?rev=9&env=2&trend=5');
    expect(changesSearch({ trend: null, env: null, exe: null, rev: null })).toBe('');
  });
});
