// Local calendar days and ISO weeks: when a backup is due, and which backups rotation keeps.

/** A local calendar day, `YYYY-MM-DD`: what "once a day" counts in, wherever the clock's time zone is. */
export type CalendarDay = string;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar day of a moment, in the time zone of the process (the user's). */
export function localDayOf(moment: Date): CalendarDay {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The local time of day, `HHMMSS`: with the day, it names a backup file. */
export function localTimeOf(moment: Date): string {
  return `${pad(moment.getHours())}${pad(moment.getMinutes())}${pad(moment.getSeconds())}`;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real day of the calendar (not 2026-02-30). */
export function isCalendarDay(day: string): day is CalendarDay {
  const match = DAY_PATTERN.exec(day);
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, date));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date;
}

/**
 * The ISO 8601 week of a calendar day, `YYYY-Www`: weeks start on Monday and belong to the year
 * that holds their Thursday, so 2026-12-31 (a Thursday) is 2026-W53 and 2027-01-03 is 2026-W53 too.
 * Counted on the calendar day itself (in UTC arithmetic), so no time zone or daylight saving moves it.
 */
export function isoWeekOf(day: CalendarDay): string {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new Error(`not a calendar day: ${day}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of the same week
  const year = date.getUTCFullYear();
  const week = Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/**
 * A backup is due when none was taken on today's local calendar day. "Not today" rather than
 * "before today": a clock set back after a backup dated in its future still gets one.
 */
export function isBackupDue(lastBackupDay: CalendarDay | undefined, now: Date): boolean {
  return lastBackupDay !== localDayOf(now);
}
