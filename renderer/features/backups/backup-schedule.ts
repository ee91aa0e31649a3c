// When the window backs up: at start when none was taken today, then whenever the local day has
// changed (checked every quarter of an hour, so a laptop waking after midnight catches up).
import { isBackupDue, localDayOf, type CalendarDay } from '../../../shared/backups/calendar';

/** Cheap (a date comparison), so checked often: a backup is never more than this late after midnight. */
export const BACKUP_CHECK_INTERVAL_MS = 15 * 60 * 1000;

export interface BackupScheduleDeps {
  now(): Date;
  /** The local day of the newest backup in the folder (undefined: none). Asked once, at start. */
  latestBackupDay(): Promise<CalendarDay | undefined>;
  /** Takes a backup; true when it was written. A failure is tried again at the next check. */
  backUp(): Promise<boolean>;
  /** Runs `check` every `ms`; returns the function that stops it. */
  every(check: () => void, ms: number): () => void;
}

export interface BackupSchedule {
  /** Backs up when one is due; a check while a backup is under way waits for it rather than starting another. */
  check(): Promise<void>;
  stop(): void;
}

export function startBackupSchedule(deps: BackupScheduleDeps): BackupSchedule {
  let lastDay: Promise<CalendarDay | undefined> = deps.latestBackupDay().catch(() => undefined);
  let running: Promise<void> | undefined;

  async function run(): Promise<void> {
    const now = deps.now();
    if (!isBackupDue(await lastDay, now)) return;
    if (await deps.backUp().catch(() => false)) lastDay = Promise.resolve(localDayOf(now));
  }

  function check(): Promise<void> {
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  }

  const stop = deps.every(() => void check(), BACKUP_CHECK_INTERVAL_MS);
  void check();
  return { check, stop };
}
