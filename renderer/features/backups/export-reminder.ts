// The browser's stand-in for backups: a reminder to export once a day has passed since the last
// export (or the last reminder) and something was changed since. Kept in localStorage, since it
// belongs to this browser profile and not to the cases.

export const EXPORT_REMINDER_KEY = 'case-abstractor:export-reminder';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ExportReminderState {
  /** The last export of all cases, the last time the reminder was put off, or the first start: ISO time. */
  since: string;
}

/** Remind when a day has passed since `since` and a change was made after it. */
export function shouldRemind(
  state: ExportReminderState,
  latestChangeAt: string | null | undefined,
  now: Date,
): boolean {
  if (latestChangeAt === null || latestChangeAt === undefined) return false;
  const since = Date.parse(state.since);
  if (Number.isNaN(since)) return true;
  return Date.parse(latestChangeAt) > since && now.getTime() - since >= DAY_MS;
}

/** The stored state; a first start (or an unreadable value) starts counting now, and says so in storage. */
export function readReminderState(storage: Pick<Storage, 'getItem' | 'setItem'>, now: Date): ExportReminderState {
  try {
    const parsed = JSON.parse(storage.getItem(EXPORT_REMINDER_KEY) ?? 'null') as Partial<ExportReminderState> | null;
    if (parsed && typeof parsed.since === 'string' && !Number.isNaN(Date.parse(parsed.since)))
      return { since: parsed.since };
  } catch {
    // Unreadable: start again from now, as on a first start.
  }
  return writeReminderState(storage, now);
}

/** After an export, or when the reminder is put off: the next one is a day of changes away. */
export function writeReminderState(storage: Pick<Storage, 'setItem'>, now: Date): ExportReminderState {
  const state = { since: now.toISOString() };
  try {
    storage.setItem(EXPORT_REMINDER_KEY, JSON.stringify(state));
  } catch {
    // Storage full or blocked: the reminder then comes back on the next start, which is the safe side.
  }
  return state;
}
