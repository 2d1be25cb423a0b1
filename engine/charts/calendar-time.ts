import { finishDate, type WorkCalendar } from '../calendar/working-days.ts';
import { isoToTime } from './format.ts';
import { finite } from './scales.ts';

const DAY = 86_400_000;

/** The calendar charts assume when the project's is not given: Monday to Friday, no holidays. */
export function defaultCalendar(startDate: string): WorkCalendar {
  return { startDate, workdaysPerWeek: 5, holidays: [] };
}

/**
 * A position in time (ms, UTC) for a number of working days from the start, continuous within a
 * day so that charts do not step: work from `d` to `d + 1` happens on working day ⌊d⌋ + 1 and a
 * fraction is that part of the day. Non-working days are skipped, as the schedule skips them.
 */
export function workingDayTime(calendar: WorkCalendar): (workingDays: number) => number {
  const cache = new Map<number, number>();
  return (workingDays) => {
    const d = Math.max(0, finite(workingDays));
    const whole = Math.floor(d);
    let day = cache.get(whole);
    if (day === undefined) {
      day = isoToTime(finishDate(calendar, whole + 1));
      cache.set(whole, day);
    }
    return day + (d - whole) * DAY;
  };
}

/** The date on which work that starts after `workingDays` days of work begins. */
export function startDateOf(calendar: WorkCalendar, workingDays: number): string {
  return finishDate(calendar, Math.floor(Math.max(0, finite(workingDays))) + 1);
}
