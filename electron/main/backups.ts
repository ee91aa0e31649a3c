// The backups folder in the user data folder: writes the window's daily backup atomically, keeps
// the last 14 daily and 8 weekly, lists them and reads one back for the import preview. The file
// system and the clock are injected, so this runs (and is tested) in plain Node.
import path from 'node:path';
import { isoWeekOf, type CalendarDay } from '../../shared/backups/calendar';
import { backupFileName, parseBackupFileName, type BackupName } from '../../shared/backups/backup-name';
import {
  ListBackupsRequestSchema,
  MAX_BACKUP_BYTES,
  ReadBackupRequestSchema,
  WriteBackupRequestSchema,
  formatFileSize,
  type BackupEntry,
  type ListBackupsResponse,
  type ReadBackupResponse,
  type WriteBackupResponse,
} from '../../shared/ipc/contract';
import {
  describeError,
  describeRejection,
  errorCode,
  exactBytes,
  writeAtomically,
  type FileSystem,
} from './file-handlers';

/** How many backups rotation keeps: the newest of each of the last 14 days and of the last 8 ISO weeks that have one. */
export const DAILY_BACKUPS_KEPT = 14;
export const WEEKLY_BACKUPS_KEPT = 8;

/** The file system the backups need: the file handlers' (for the atomic write), plus listing and making the folder. */
export interface BackupFileSystem extends FileSystem {
  mkdir(folder: string, options: { recursive: true }): Promise<unknown>;
  readdir(folder: string): Promise<string[]>;
}

export interface BackupStoreDeps {
  /** `<user data>/backups`; made on the first write. */
  folder: string;
  fs: BackupFileSystem;
  now?: () => Date;
}

/**
 * Which backups rotation keeps, by name alone: the newest backup of each of the 14 most recent
 * local days that have one (the daily backups), and the newest of each of the 8 most recent ISO
 * weeks that have one (the weekly backups; this week's is usually also today's daily). Days with a
 * backup rather than the last 14 calendar days, so that after a month away the dailies are the
 * 14 before it, not none. Everything else of the backup pattern goes; other files are never touched.
 */
export function backupsToKeep(names: readonly BackupName[]): Set<string> {
  const newestFirst = [...names].sort((a, b) => compareTaken(b, a));
  const keep = new Set<string>();
  const newestOf = (periodOf: (name: BackupName) => string, count: number) => {
    const seen = new Set<string>();
    for (const name of newestFirst) {
      const period = periodOf(name);
      if (seen.has(period)) continue;
      if (seen.size === count) break;
      seen.add(period);
      keep.add(name.fileName);
    }
  };
  newestOf((name) => name.day, DAILY_BACKUPS_KEPT);
  newestOf((name) => isoWeekOf(name.day), WEEKLY_BACKUPS_KEPT);
  return keep;
}

/** Oldest first by the day and time in the name; the file name breaks a tie, as it sorts. */
function compareTaken(a: BackupName, b: BackupName): number {
  return `${a.day} ${a.time} ${a.fileName}`.localeCompare(`${b.day} ${b.time} ${b.fileName}`);
}

export interface BackupStore {
  write(request: unknown): Promise<WriteBackupResponse>;
  list(request?: unknown): Promise<ListBackupsResponse>;
  read(request: unknown): Promise<ReadBackupResponse>;
  /** The local day of the newest backup (undefined: none, or the folder cannot be read): is one due at quit? */
  latestDay(): Promise<CalendarDay | undefined>;
}

export function createBackupStore({ folder, fs, now = () => new Date() }: BackupStoreDeps): BackupStore {
  async function backupNames(): Promise<BackupName[]> {
    let entries: string[];
    try {
      entries = await fs.readdir(folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    return entries.flatMap((entry) => parseBackupFileName(entry) ?? []).sort(compareTaken);
  }

  async function write(request: unknown): Promise<WriteBackupResponse> {
    const parsed = WriteBackupRequestSchema.safeParse(request);
    if (!parsed.success) return { status: 'failed', message: describeRejection('save', parsed.error) };
    const { data, caseCount } = parsed.data;
    const fileName = backupFileName(now(), caseCount);
    try {
      await fs.mkdir(folder, { recursive: true });
      await writeAtomically(fs, path.join(folder, fileName), data);
    } catch (error) {
      return { status: 'failed', message: `Could not write the backup in ${folder}: ${describeError(error)}` };
    }
    const backup: BackupEntry = { ...(parseBackupFileName(fileName) as BackupName), bytes: data.byteLength };
    // Rotation after the new file is in place: a failure here leaves one backup too many, never one too few.
    const removed: string[] = [];
    try {
      const names = await backupNames();
      const keep = backupsToKeep(names);
      for (const name of names) {
        if (keep.has(name.fileName)) continue;
        await fs.rm(path.join(folder, name.fileName), { force: true });
        removed.push(name.fileName);
      }
    } catch (error) {
      return {
        status: 'saved',
        backup,
        removed,
        rotationProblem: `older backups were not removed: ${describeError(error)}`,
      };
    }
    return { status: 'saved', backup, removed };
  }

  async function list(request?: unknown): Promise<ListBackupsResponse> {
    const parsed = ListBackupsRequestSchema.safeParse(request);
    if (!parsed.success) return { status: 'failed', message: describeRejection('open', parsed.error) };
    try {
      const backups: BackupEntry[] = [];
      for (const name of (await backupNames()).reverse()) {
        const info = await fs.stat(path.join(folder, name.fileName)).catch(() => undefined);
        if (info?.isFile()) backups.push({ ...name, bytes: info.size });
      }
      return { status: 'listed', folder, backups };
    } catch (error) {
      return { status: 'failed', message: `Could not list the backups in ${folder}: ${describeError(error)}` };
    }
  }

  async function read(request: unknown): Promise<ReadBackupResponse> {
    const parsed = ReadBackupRequestSchema.safeParse(request);
    if (!parsed.success) return { status: 'failed', message: describeRejection('open', parsed.error) };
    const { fileName } = parsed.data;
    const file = path.join(folder, fileName);
    try {
      // Size first, as for any file opened: a backup over the write limit was not written by the app.
      const info = await fs.stat(file);
      if (!info.isFile()) return { status: 'failed', message: `${fileName} is not a file.` };
      if (info.size > MAX_BACKUP_BYTES) return { status: 'failed', message: tooLarge(fileName, info.size) };
      const bytes = await fs.readFile(file);
      if (bytes.byteLength > MAX_BACKUP_BYTES)
        return { status: 'failed', message: tooLarge(fileName, bytes.byteLength) };
      return { status: 'opened', fileName, bytes: exactBytes(bytes) };
    } catch (error) {
      return { status: 'failed', message: `Could not open the backup ${fileName}: ${describeError(error)}` };
    }
  }

  async function latestDay(): Promise<CalendarDay | undefined> {
    try {
      return (await backupNames()).at(-1)?.day;
    } catch {
      return undefined;
    }
  }

  return { write, list, read, latestDay };
}

function tooLarge(fileName: string, size: number): string {
  return `${fileName} is ${formatFileSize(size)}; backups are read up to ${formatFileSize(MAX_BACKUP_BYTES)}.`;
}
