// Specification of the backup calendar: local days, ISO weeks across year boundaries, when a backup is due.
import { describe, expect, it } from 'vitest';
import { isBackupDue, isCalendarDay, isoWeekOf, localDayOf, localTimeOf } from './calendar';

describe('localDayOf', () => {
  it('is the day on the local clock, not in UTC', () => {
    // Built from local parts, so the expectation holds in every time zone the tests run in.
    expect(localDayOf(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31');
    expect(localDayOf(new Date(2027, 0, 1, 0, 0, 1))).toBe('2027-01-01');
    expect(localTimeOf(new Date(2027, 0, 1, 7, 5, 9))).toBe('070509');
  });
});

describe('isoWeekOf', () => {
  it.each([
    ['2026-12-03', '2026-W49'],
    ['2026-12-28', '2026-W53'], // Monday of 2026's 53rd week
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'], // a Sunday of January still in the old year's last week
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'], // a Monday of December already in the new year's first week
    ['2021-01-01', '2020-W53'],
    ['2024-02-29', '2024-W09'],
  ])('puts %s in %s', (day, week) => {
    expect(isoWeekOf(day)).toBe(week);
  });
});

describe('isCalendarDay', () => {
  it('accepts real days and refuses impossible ones', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('2026-1-01')).toBe(false);
  });
});

describe('isBackupDue', () => {
  it('is due with no backup yet, not again the same local day, and due the next local day', () => {
    expect(isBackupDue(undefined, new Date(2026, 11, 3, 9))).toBe(true);
    expect(isBackupDue('2026-12-03', new Date(2026, 11, 3, 23, 59))).toBe(false);
    expect(isBackupDue('2026-12-03', new Date(2026, 11, 4, 0, 0, 1))).toBe(true);
  });

  it('is due when the clock was set back before the last backup’s day', () => {
    expect(isBackupDue('2026-12-05', new Date(2026, 11, 3, 12))).toBe(true);
  });
});
