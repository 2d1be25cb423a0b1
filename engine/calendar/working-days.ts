/** Calendar arithmetic on ISO dates (`2027-01-04`), in UTC so that no time zone shifts a day. */

const MS_PER_DAY = 86_400_000;

function toDayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

function toIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
function weekday(day: number): number {
  // Day 0 (1970-01-01) was a Thursday.
  return (day + 3) % 7;
}

export type WorkCalendar = {
  startDate: string;
  /** Working days per week, Monday first: 5 means Monday to Friday. */
  workdaysPerWeek: number;
  holidays: readonly string[];
};

/**
 * The date on which `workingDays` of work end when work starts on the calendar's start date:
 * 0 gives the first working day on or after the start; 1 gives that same day (one full day of
 * work); 1.2 gives the next working day. Weekends and holidays are skipped.
 */
export function finishDate(calendar: WorkCalendar, workingDays: number): string {
  const holidays = new Set(calendar.holidays.map(toDayNumber));
  const isWorking = (day: number) => weekday(day) < calendar.workdaysPerWeek && !holidays.has(day);
  let day = toDayNumber(calendar.startDate);
  // A calendar without working days would loop forever; the schema keeps workdaysPerWeek ≥ 1.
  for (let guard = 0; !isWorking(day) && guard < 3660; guard++) day++;
  let remaining = Math.max(1, Math.ceil(workingDays - 1e-9)) - 1;
  while (remaining > 0) {
    day++;
    if (isWorking(day)) remaining--;
  }
  return toIso(day);
}

/** Working days from the start date up to and including `date` (inverse of `finishDate`). */
export function workingDaysUntil(calendar: WorkCalendar, date: string): number {
  const holidays = new Set(calendar.holidays.map(toDayNumber));
  const isWorking = (day: number) => weekday(day) < calendar.workdaysPerWeek && !holidays.has(day);
  const start = toDayNumber(calendar.startDate);
  const end = toDayNumber(date);
  let count = 0;
  for (let day = start; day <= end; day++) if (isWorking(day)) count++;
  return count;
}

/** The Monday on or after an ISO date: a sensible default start for a new plan. */
export function nextMonday(iso: string): string {
  let day = toDayNumber(iso);
  while (weekday(day) !== 0) day++;
  return toIso(day);
}
