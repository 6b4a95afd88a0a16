import { describe, expect, it } from 'vitest';
import { countOf, formatCount, formatNumber, formatPercent, formatRatio, formatValue, numberFormat } from './numbers';

describe('writing numbers', () => {
  it('gives values four significant digits', () => {
    expect(formatValue(1.23456)).toBe('1.235');
    expect(formatValue(12345.6)).toBe('12,350');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(0.0000123)).toBe('1.23e-5');
    expect(formatValue(null)).toBe('–');
    expect(formatValue(Number.NaN)).toBe('–');
  });

  it('writes ratios to a baseline with a times sign', () => {
    expect(formatRatio(0.87412)).toBe('0.874×');
    expect(formatRatio(2)).toBe('2.00×');
    expect(formatRatio(undefined)).toBe('–');
  });

  it('makes each number format once', () => {
    expect(numberFormat({ maximumSignificantDigits: 3 })).toBe(numberFormat({ maximumSignificantDigits: 3 }));
    expect(numberFormat({ maximumSignificantDigits: 3 })).not.toBe(numberFormat({ maximumSignificantDigits: 2 }));
  });

  it('writes the quantity’s decimals, thousands grouped, with a true minus sign', () => {
    expect(formatNumber(1234.5, 2)).toBe('1,234.50');
    expect(formatNumber(0.000123, 5)).toBe('0.00012');
    expect(formatNumber(-3, 1)).toBe('\u22123.0');
    expect(formatNumber(null, 2)).toBe('');
  });

  it('signs changes, writes ∞ for infinite ones and – when there is nothing to compare', () => {
    expect(formatPercent({ percent: 5, infinite: false })).toBe('+5.00%');
    expect(formatPercent({ percent: -8.2247, infinite: false })).toBe('\u22128.22%');
    expect(formatPercent({ percent: -0.001, infinite: false })).toBe('0.00%');
    expect(formatPercent({ percent: null, infinite: true })).toBe('∞');
    expect(formatPercent(null)).toBe('–');
  });

  it('counts in words, thousands grouped', () => {
    expect(formatCount(1200)).toBe('1,200');
    expect(countOf(1, 'revision')).toBe('1 revision');
    expect(countOf(1200, 'revision')).toBe('1,200 revisions');
    expect(countOf(2, 'branch')).toBe('2 branches');
    expect(countOf(0, 'executable')).toBe('0 executables');
  });
});
