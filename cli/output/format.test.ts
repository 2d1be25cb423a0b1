import { describe, expect, it } from 'vitest';
import {
  columns,
  formatAmount,
  formatDays,
  formatGiven,
  formatPercent,
  formatRho,
  truncate,
} from './format.ts';

describe('readable number formats', () => {
  it('groups thousands and rounds as documented', () => {
    expect(formatAmount(1234567.5)).toBe('1,234,568');
    expect(formatAmount(-0)).toBe('0');
    expect(formatDays(1234.56)).toBe('1,234.6');
    expect(formatDays(3)).toBe('3.0');
    expect(formatGiven(350000)).toBe('350,000');
    expect(formatGiven(12.5)).toBe('12.5');
  });

  it('never rounds a possible outcome to 0% or an uncertain one to 100%', () => {
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.001)).toBe('<1%');
    expect(formatPercent(0.999)).toBe('>99%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.8234, 1)).toBe('82.3%');
    expect(formatPercent(0.0001, 1)).toBe('<0.1%');
  });

  it('signs rank correlations', () => {
    expect(formatRho(0.523)).toBe('+0.52');
    expect(formatRho(-0.08)).toBe('-0.08');
    expect(formatRho(0.001)).toBe(' 0.00');
  });

  it('truncates with an ellipsis and aligns columns', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
    expect(
      columns(
        [
          ['a', '1'],
          ['bbb', '22'],
        ],
        ['left', 'right'],
      ),
    ).toEqual(['a     1', 'bbb  22']);
  });
});
