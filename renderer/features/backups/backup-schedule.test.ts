// Specification of the window's backup schedule, with an injected clock and timer: once a local day, at start when due.
import { describe, expect, it, vi } from 'vitest';
import { BACKUP_CHECK_INTERVAL_MS, startBackupSchedule } from './backup-schedule';

function schedule(options: { latest?: string; start: Date; backUp?: () => Promise<boolean> }) {
  let now = options.start;
  let tick: (() => void) | undefined;
  const backUp = vi.fn(options.backUp ?? (async () => true));
  const every = vi.fn((check: () => void, ms: number) => {
    tick = check;
    expect(ms).toBe(BACKUP_CHECK_INTERVAL_MS);
    return () => (tick = undefined);
  });
  const started = startBackupSchedule({ now: () => now, latestBackupDay: async () => options.latest, backUp, every });
  return {
    started,
    backUp,
    /** Moves the clock and runs the periodic check, as the timer would. */
    async at(moment: Date) {
      now = moment;
      tick?.();
      await started.check();
    },
  };
}

describe('startBackupSchedule', () => {
  it('backs up at start when there is no backup yet, and not again the same day', async () => {
    const { started, backUp, at } = schedule({ start: new Date(2026, 11, 3, 9) });
    await started.check();
    expect(backUp).toHaveBeenCalledTimes(1);
    await at(new Date(2026, 11, 3, 18));
    await at(new Date(2026, 11, 3, 23, 59));
    expect(backUp).toHaveBeenCalledTimes(1);
  });

  it('waits for the next local day when the folder’s newest backup is from today', async () => {
    const { started, backUp, at } = schedule({ latest: '2026-12-03', start: new Date(2026, 11, 3, 9) });
    await started.check();
    expect(backUp).not.toHaveBeenCalled();
    await at(new Date(2026, 11, 4, 0, 10));
    expect(backUp).toHaveBeenCalledTimes(1);
    await at(new Date(2026, 11, 4, 12));
    expect(backUp).toHaveBeenCalledTimes(1);
  });

  it('backs up at start when the newest backup is from an earlier day, across the new year', async () => {
    const { started, backUp } = schedule({ latest: '2026-12-31', start: new Date(2027, 0, 1, 8) });
    await started.check();
    expect(backUp).toHaveBeenCalledTimes(1);
  });

  it('tries a failed backup again at the next check', async () => {
    const results = [false, true];
    const { started, backUp, at } = schedule({
      start: new Date(2026, 11, 3, 9),
      backUp: async () => results.shift() ?? true,
    });
    await started.check();
    await at(new Date(2026, 11, 3, 9, 15));
    await at(new Date(2026, 11, 3, 9, 30));
    expect(backUp).toHaveBeenCalledTimes(2);
  });

  it('starts one backup when checks come while one is under way', async () => {
    let finish: (written: boolean) => void = () => undefined;
    const { started, backUp } = schedule({
      start: new Date(2026, 11, 3, 9),
      backUp: () => new Promise<boolean>((resolve) => (finish = resolve)),
    });
    const first = started.check();
    const second = started.check();
    await new Promise((resolve) => setTimeout(resolve, 0));
    finish(true);
    await Promise.all([first, second]);
    expect(backUp).toHaveBeenCalledTimes(1);
  });
});
