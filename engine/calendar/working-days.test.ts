import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finishDate, nextMonday, workingDaysUntil, type WorkCalendar } from './working-days.ts';

/** 2027-01-04 is a Monday. */
const week: WorkCalendar = { startDate: '2027-01-04', workdaysPerWeek: 5, holidays: [] };

function weekdayOf(iso: string): number {
  // 0 = Sunday … 6 = Saturday, as Date#getUTCDay.
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

describe('finishDate', () => {
  it('counts the start day as the first working day', () => {
    expect(finishDate(week, 0)).toBe('2027-01-04');
    expect(finishDate(week, 1)).toBe('2027-01-04');
    expect(finishDate(week, 2)).toBe('2027-01-05');
    expect(finishDate(week, 5)).toBe('2027-01-08');
  });

  it('skips the weekend', () => {
    expect(finishDate(week, 6)).toBe('2027-01-11');
    expect(finishDate(week, 10)).toBe('2027-01-15');
    expect(finishDate(week, 11)).toBe('2027-01-18');
  });

  it('moves a start on a weekend to the Monday after', () => {
    const saturday = { ...week, startDate: '2027-01-09' };
    expect(finishDate(saturday, 0)).toBe('2027-01-11');
    expect(finishDate(saturday, 1)).toBe('2027-01-11');
    expect(finishDate(saturday, 2)).toBe('2027-01-12');
  });

  it('skips holidays, also on the start day', () => {
    const holidays = { ...week, holidays: ['2027-01-05', '2027-01-11'] };
    expect(finishDate(holidays, 2)).toBe('2027-01-06');
    expect(finishDate(holidays, 5)).toBe('2027-01-12');
    const startOnHoliday = { ...week, holidays: ['2027-01-04'] };
    expect(finishDate(startOnHoliday, 1)).toBe('2027-01-05');
  });

  it('rounds fractional days up: part of a day still uses that day', () => {
    expect(finishDate(week, 1.2)).toBe('2027-01-05');
    expect(finishDate(week, 4.01)).toBe('2027-01-08');
    expect(finishDate(week, 5.5)).toBe('2027-01-11');
    // Floating-point noise of a whole number does not cost a day.
    expect(finishDate(week, 0.1 + 0.2 + 2.7)).toBe('2027-01-06');
  });

  it('with a four-day week works Monday to Thursday', () => {
    const four = { ...week, workdaysPerWeek: 4 };
    expect(finishDate(four, 4)).toBe('2027-01-07');
    expect(finishDate(four, 5)).toBe('2027-01-11');
    expect(finishDate(four, 8)).toBe('2027-01-14');
  });

  it('with a six-day week works Saturdays too', () => {
    const six = { ...week, workdaysPerWeek: 6 };
    expect(finishDate(six, 6)).toBe('2027-01-09');
    expect(finishDate(six, 7)).toBe('2027-01-11');
    expect(finishDate(six, 12)).toBe('2027-01-16');
  });

  it('never ends on a non-working day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 7 }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        (offset, workdaysPerWeek, days) => {
          const startDate = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
          const end = finishDate({ startDate, workdaysPerWeek, holidays: [] }, days);
          // Monday-first index 0…6 must be below workdaysPerWeek.
          expect((weekdayOf(end) + 6) % 7).toBeLessThan(workdaysPerWeek);
          expect(end >= startDate).toBe(true);
        },
      ),
    );
  });
});

describe('workingDaysUntil', () => {
  it('counts working days from the start up to and including the date', () => {
    expect(workingDaysUntil(week, '2027-01-04')).toBe(1);
    expect(workingDaysUntil(week, '2027-01-08')).toBe(5);
    expect(workingDaysUntil(week, '2027-01-10')).toBe(5);
    expect(workingDaysUntil(week, '2027-01-11')).toBe(6);
    expect(workingDaysUntil(week, '2027-01-03')).toBe(0);
  });

  it('is the inverse of finishDate for whole days, whatever the calendar', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 7 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 250 }),
        (offset, workdaysPerWeek, holidayOffsets, days) => {
          const iso = (d: number) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
          const calendar: WorkCalendar = {
            startDate: iso(offset),
            workdaysPerWeek,
            holidays: holidayOffsets.map((h) => iso(offset + h)),
          };
          const end = finishDate(calendar, days);
          expect(workingDaysUntil(calendar, end)).toBe(days);
          expect(finishDate(calendar, workingDaysUntil(calendar, end))).toBe(end);
        },
      ),
    );
  });
});

describe('nextMonday', () => {
  it('keeps a Monday and moves every other day to the Monday after', () => {
    expect(nextMonday('2027-01-04')).toBe('2027-01-04');
    expect(nextMonday('2027-01-05')).toBe('2027-01-11');
    expect(nextMonday('2027-01-10')).toBe('2027-01-11');
    expect(nextMonday('2026-03-04')).toBe('2026-03-09');
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(nextMonday('2026-12-29')).toBe('2027-01-04');
    expect(nextMonday('2028-02-29')).toBe('2028-03-06');
    expect(nextMonday('2028-02-27')).toBe('2028-02-28');
  });
});
