import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTicks,
  formatMoney,
  formatMoneyTicks,
  formatPercent,
  formatPercentTicks,
  formatRho,
} from './format.ts';

describe('chart number formats', () => {
  it('writes compact money in the currency and locale', () => {
    expect(formatMoney(412_345, 'USD', 'en-US')).toBe('$412K');
    expect(formatMoney(1_234_567, 'USD', 'en-US')).toBe('$1.23M');
    expect(formatMoney(412_345, 'EUR', 'en-GB')).toBe('€412k');
    expect(formatMoney(1_234_567, 'EUR', 'de-DE')).toMatch(/^1,23\sMio\.\s€$/);
    expect(formatMoney(Number.NaN, 'USD', 'en-US')).toBe('$0');
  });

  it('labels money ticks exactly with as few digits as they need', () => {
    expect(formatMoneyTicks([0, 500_000, 1_000_000, 1_500_000], 'USD', 'en-US')).toEqual([
      '$0',
      '$500K',
      '$1M',
      '$1.5M',
    ]);
    expect(formatMoneyTicks([410_000, 420_000, 430_000], 'USD', 'en-US')).toEqual([
      '$410K',
      '$420K',
      '$430K',
    ]);
    // Floating-point noise from tick generation does not add digits.
    expect(formatMoneyTicks([0.30000000000000004, 0.6], 'USD', 'en-US')).toEqual(['$0.3', '$0.6']);
  });

  it('falls back instead of throwing on an unknown currency or locale', () => {
    expect(formatMoney(1500, 'XYZ1', 'en-US')).toBe('1.5K XYZ1');
    expect(formatMoney(1500, 'USD', 'not a locale')).toBe('$1.5K');
    expect(formatDate('2027-05-04', 'not a locale')).toBe('May 4, 2027');
  });

  it('writes shares, ticks and correlations', () => {
    expect(formatPercent(0.8431, 'en-US')).toBe('84%');
    expect(formatPercent(0.068, 'en-US')).toBe('6.8%');
    expect(formatPercentTicks([0, 0.25, 0.5], 'en-US')).toEqual(['0%', '25%', '50%']);
    expect(formatPercentTicks([0, 0.005, 0.01], 'en-US')).toEqual(['0.0%', '0.5%', '1.0%']);
    expect(formatRho(0.7051, 'en-US')).toBe('+0.71');
    expect(formatRho(-0.12, 'en-US')).toBe('-0.12');
    expect(formatRho(0, 'en-US')).toBe('0.00');
  });

  it('writes dates in UTC, whatever the time zone', () => {
    expect(formatDate('2027-01-01', 'en-GB')).toBe('1 Jan 2027');
    const times = ['2027-01-01', '2027-02-01', '2027-03-01'].map((d) =>
      Date.parse(`${d}T00:00:00Z`),
    );
    expect(formatDateTicks(times, 'en-US')).toEqual(['Jan 2027', 'Feb', 'Mar']);
    const turn = ['2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01'].map((d) =>
      Date.parse(`${d}T00:00:00Z`),
    );
    expect(formatDateTicks(turn, 'en-US')).toEqual(['Nov', 'Dec', 'Jan 2027', 'Feb']);
    const spring = ['2027-03-01', '2027-04-01'].map((d) => Date.parse(`${d}T00:00:00Z`));
    expect(formatDateTicks(spring, 'en-US')).toEqual(['Mar 2027', 'Apr']);
    const days = ['2027-04-28', '2027-04-30', '2027-05-02'].map((d) =>
      Date.parse(`${d}T00:00:00Z`),
    );
    expect(formatDateTicks(days, 'en-GB')).toEqual(['28 Apr 2027', '30 Apr', '2 May']);
  });
});
