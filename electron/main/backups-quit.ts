// The backup at quit: when the app closes a day or more after the last backup, the window (which
// owns IndexedDB) is asked for one first, and the quit waits for it, but never for long.

/** Long enough for a large profile's backup (a 100,000-row case compresses in a second or two), short enough not to hold a quit. */
export const QUIT_BACKUP_TIMEOUT_MS = 10_000;

export interface QuitBackupDeps {
  /** Is a backup due (none yet today)? A failure to tell counts as not due: a quit is never held on a guess. */
  isDue(): Promise<boolean>;
  /** Sends the window the command to back up; false when there is no window to ask. */
  ask(): boolean;
  timeoutMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
}

export interface QuitBackup {
  /**
   * For `before-quit` and the window's `close`: holds the event while a due backup is taken, then
   * calls `proceed` (quit again, close again), which passes. Once the backup is done, or was not
   * due, every later event passes untouched.
   */
  hold(event: { preventDefault(): void }, proceed: () => void): void;
  /** The window's backup was written, or failed: the quit need not wait any longer. */
  backupFinished(): void;
}

export function createQuitBackup({
  isDue,
  ask,
  timeoutMs = QUIT_BACKUP_TIMEOUT_MS,
  setTimer = (run, ms) => setTimeout(run, ms),
}: QuitBackupDeps): QuitBackup {
  let done = false;
  let running: Promise<void> | undefined;
  let finished: (() => void) | undefined;

  async function run(): Promise<void> {
    const due = await isDue().catch(() => false);
    // The window's answer comes over IPC, so it cannot arrive before `finished` is set below.
    if (due && ask()) {
      await new Promise<void>((resolve) => {
        finished = resolve;
        setTimer(resolve, timeoutMs);
      });
    }
    finished = undefined;
    done = true;
  }

  return {
    hold(event, proceed) {
      if (done) return;
      event.preventDefault();
      running ??= run();
      void running.then(proceed);
    },
    backupFinished() {
      finished?.();
    },
  };
}
