// Whether the browser's export reminder shows now: the stored time, the latest change (live) and the clock, checked each minute.
import { useEffect, useState } from 'react';
import { useLatestChangeAt } from '../../data/hooks';
import { shouldRemind } from './export-reminder';
import { useReminderStore } from './reminder-store';

const CHECK_EVERY_MS = 60 * 1000;

export function useExportReminder(enabled: boolean): { due: boolean; putOff(): void } {
  const latestChangeAt = useLatestChangeAt();
  const state = useReminderStore((s) => s.state);
  const load = useReminderStore((s) => s.load);
  const reset = useReminderStore((s) => s.reset);
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    if (!enabled) return;
    load(new Date());
    const timer = setInterval(() => setNow(new Date()), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [enabled, load]);

  return {
    due: enabled && state !== undefined && shouldRemind(state, latestChangeAt, now),
    putOff: () => reset(new Date()),
  };
}
