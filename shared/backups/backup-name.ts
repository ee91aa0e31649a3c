// A backup file's name: the local day and time it was taken and how many cases it holds, so that
// listing the backups folder needs no file opened.
import { isCalendarDay, localDayOf, localTimeOf, type CalendarDay } from './calendar';

/** `backup-2026-12-03-091542-12-cases.json.gz`: sorts by name in the order taken. */
export const BACKUP_FILE_NAME_PATTERN = /^backup-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(\d{2})-(\d{1,7})-cases\.json\.gz$/;

/** A case count that fits the name's seven digits; a profile holds far fewer. */
export const MAX_BACKUP_CASE_COUNT = 9_999_999;

export interface BackupName {
  fileName: string;
  /** The local calendar day it was taken. */
  day: CalendarDay;
  /** The local time of day it was taken, `HH:MM:SS`. */
  time: string;
  caseCount: number;
}

export function backupFileName(takenAt: Date, caseCount: number): string {
  return `backup-${localDayOf(takenAt)}-${localTimeOf(takenAt)}-${caseCount}-cases.json.gz`;
}

/** The name's parts, or undefined for any other file (those are never listed, read or removed). */
export function parseBackupFileName(fileName: string): BackupName | undefined {
  const match = BACKUP_FILE_NAME_PATTERN.exec(fileName);
  if (!match) return undefined;
  const [, day = '', hours = '', minutes = '', seconds = '', count = ''] = match;
  if (!isCalendarDay(day) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  return { fileName, day, time: `${hours}:${minutes}:${seconds}`, caseCount: Number(count) };
}
