// The desktop's backups, from the window: take one (in the backup worker, written by main), on the
// daily schedule or when main asks at quit; list them and restore one through the import preview.
import { formatFileSize } from '../../../shared/ipc/contract';
import { importFiles } from '../../data/import-export-actions';
import { platform } from '../../platform';
import { useUiStore } from '../../state/ui-store';
import type { BackupWorkerReply } from './backup.worker';
import { startBackupSchedule } from './backup-schedule';
import { useRestoreStore } from './restore-store';

const notify = (tone: 'info' | 'error', text: string) => useUiStore.getState().notify({ tone, text });

/** What a failed backup says: it never stops work, and the next check tries again. */
const failed = (reason: string) =>
  notify('error', `Backup failed: ${reason}. Your work is saved as usual; the backup is tried again within the hour.`);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function runBackupWorker(): Promise<BackupWorkerReply> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
    const done = (reply: BackupWorkerReply) => {
      worker.terminate();
      resolve(reply);
    };
    worker.onmessage = (event: MessageEvent<BackupWorkerReply>) => done(event.data);
    worker.onerror = (event) => done({ ok: false, message: event.message || 'the backup worker stopped' });
    worker.postMessage('back-up');
  });
}

/** Takes one backup now; true when it was written. Says so in the status line only when something went wrong. */
export async function backUpNow(): Promise<boolean> {
  const folder = platform.backups;
  if (!folder) return false;
  const made = await runBackupWorker().catch((error: unknown) => ({ ok: false as const, message: messageOf(error) }));
  if (!made.ok) {
    failed(made.message);
    return false;
  }
  const written = await folder
    .write({ caseCount: made.caseCount, data: made.bytes })
    .catch((error: unknown) => ({ status: 'failed' as const, message: messageOf(error) }));
  if (written.status === 'failed') {
    failed(written.message);
    return false;
  }
  const notes = [
    made.sourcesLeftOut.length > 0
      ? `the text of ${made.sourcesLeftOut.join(', ')} is too long for a backup and was left out (the cases and their evidence are in it)`
      : '',
    written.rotationProblem ?? '',
  ].filter(Boolean);
  if (notes.length > 0) notify('error', `Backed up ${written.backup.fileName}, but ${notes.join('; ')}.`);
  return true;
}

/** Starts the daily backup (desktop only); returns the function that stops it. */
export function startDailyBackups(): () => void {
  const folder = platform.backups;
  if (!folder) return () => undefined;
  let stop: (() => void) | undefined;
  // A few seconds after the window opens: the first paint and the case's tables go first.
  const first = setTimeout(() => {
    stop = schedule(folder);
  }, FIRST_CHECK_AFTER_MS);
  return () => {
    clearTimeout(first);
    stop?.();
  };
}

const FIRST_CHECK_AFTER_MS = 3000;

function schedule(folder: NonNullable<typeof platform.backups>): () => void {
  const schedule = startBackupSchedule({
    now: () => new Date(),
    latestBackupDay: async () => {
      const listed = await folder.list();
      return listed.status === 'listed' ? listed.backups[0]?.day : undefined;
    },
    backUp: backUpNow,
    every: (check, ms) => {
      const timer = setInterval(check, ms);
      return () => clearInterval(timer);
    },
  });
  return schedule.stop;
}

/** File → Restore from backup…: lists the backups to choose from. */
export async function showBackups(): Promise<void> {
  const folder = platform.backups;
  const store = useRestoreStore.getState();
  if (!folder) {
    notify('info', 'Backups are kept by the desktop app; in the browser, use Import… with an exported file.');
    return;
  }
  store.show({ phase: 'listing' });
  const listed = await folder.list();
  if (useRestoreStore.getState().view.phase !== 'listing') return;
  store.show(
    listed.status === 'listed'
      ? { phase: 'chosen', folder: listed.folder, backups: listed.backups }
      : { phase: 'failed', message: listed.message },
  );
}

/** Reads the chosen backup and hands it to the import, whose preview asks replace, copy or skip for each stored case. */
export async function restoreBackup(fileName: string): Promise<void> {
  const folder = platform.backups;
  if (!folder) return;
  const read = await folder.read({ fileName });
  if (read.status === 'failed') {
    useRestoreStore.getState().show({ phase: 'failed', message: read.message });
    return;
  }
  useRestoreStore.getState().show({ phase: 'closed' });
  importFiles([{ fileName: read.fileName, bytes: read.bytes }]);
}

/** "3 December 2026, 09:15 — 12 cases, 1.2 MB": how the list names a backup. */
export function describeBackup(backup: { day: string; time: string; caseCount: number; bytes: number }): string {
  const [year, month, date] = backup.day.split('-').map(Number) as [number, number, number];
  const day = new Date(year, month - 1, date).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const cases = `${backup.caseCount} case${backup.caseCount === 1 ? '' : 's'}`;
  return `${day}, ${backup.time.slice(0, 5)} — ${cases}, ${formatFileSize(backup.bytes)}`;
}
