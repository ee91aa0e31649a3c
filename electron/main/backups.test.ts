// Specification of the backups folder: rotation (14 daily, 8 weekly, local days, ISO weeks), atomic
// writes that leave the previous files when they fail, and the channel refusing what is not a backup.
import * as realFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName, type BackupName } from '../../shared/backups/backup-name';
import { MAX_BACKUP_BYTES } from '../../shared/ipc/contract';
import { backupsToKeep, createBackupStore, type BackupFileSystem } from './backups';

let dir: string;
let folder: string;
beforeEach(async () => {
  dir = await realFs.mkdtemp(path.join(os.tmpdir(), 'case-abstractor-backups-'));
  folder = path.join(dir, 'backups');
});
afterEach(async () => {
  await realFs.rm(dir, { recursive: true, force: true });
});

const gzip = (text: string) => new Uint8Array(gzipSync(Buffer.from(text, 'utf8')));
const names = (fileNames: readonly string[]) => fileNames.map((name) => parseBackupFileName(name) as BackupName);
/** One backup a day at 09:00 local time, from `first` for `days` days. */
function dailyFrom(first: Date, days: number): string[] {
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(first.getFullYear(), first.getMonth(), first.getDate() + i, 9, 0, 0);
    return backupFileName(day, 3);
  });
}

describe('backupsToKeep', () => {
  it('keeps the newest 14 days and the newest backup of each of the 8 weeks before, across a year boundary', () => {
    // 2026-11-01 to 2027-01-19: 80 days, the last 14 of them in January 2027.
    const all = dailyFrom(new Date(2026, 10, 1), 80);
    const kept = [...backupsToKeep(names(all))].sort();

    const dailies = all.slice(-14);
    expect(dailies[0]).toMatch(/^backup-2027-01-06-/);
    // ISO weeks of the newest backups: 2027-W03 (Jan 18–19), W02, W01, 2026-W53 (Dec 28 – Jan 3), W52, W51, W50, W49;
    // each week's newest backup is its Sunday's, but for the current week (Tuesday 2027-01-19).
    const weeklies = [
      '2027-01-19',
      '2027-01-17',
      '2027-01-10',
      '2027-01-03',
      '2026-12-27',
      '2026-12-20',
      '2026-12-13',
      '2026-12-06',
    ].map((day) => `backup-${day}-090000-3-cases.json.gz`);
    expect(kept).toEqual([...new Set([...dailies, ...weeklies])].sort());
    expect(kept).toHaveLength(14 + 5); // three of the weeks' newest are among the 14 dailies
  });

  it('keeps only the newest backup of a day', () => {
    const morning = backupFileName(new Date(2026, 11, 3, 9), 2);
    const evening = backupFileName(new Date(2026, 11, 3, 21), 3);
    expect([...backupsToKeep(names([morning, evening]))]).toEqual([evening]);
  });

  it('counts days that have a backup, so a month away keeps the 14 before it', () => {
    const before = dailyFrom(new Date(2026, 9, 1), 20);
    const after = backupFileName(new Date(2026, 11, 3, 9), 3);
    const kept = backupsToKeep(names([...before, after]));
    expect(before.slice(-13).every((name) => kept.has(name))).toBe(true);
    expect(kept.has(after)).toBe(true);
  });
});

describe('createBackupStore', () => {
  const at = (date: Date) => () => date;

  it('writes the gzip into the backups folder, named by the local day, time and case count, and lists it', async () => {
    const store = createBackupStore({ folder, fs: realFs, now: at(new Date(2026, 11, 3, 9, 15, 42)) });
    const data = gzip('{"format":"case-abstraction"}');
    const written = await store.write({ caseCount: 12, data });
    expect(written).toEqual({
      status: 'saved',
      backup: {
        fileName: 'backup-2026-12-03-091542-12-cases.json.gz',
        day: '2026-12-03',
        time: '09:15:42',
        caseCount: 12,
        bytes: data.byteLength,
      },
      removed: [],
    });
    expect(await realFs.readdir(folder)).toEqual(['backup-2026-12-03-091542-12-cases.json.gz']);
    expect(await store.list()).toEqual({
      status: 'listed',
      folder,
      backups: [written.status === 'saved' ? written.backup : undefined],
    });
    expect(await store.latestDay()).toBe('2026-12-03');
  });

  it('lists nothing, and no latest day, before the first backup', async () => {
    const store = createBackupStore({ folder, fs: realFs });
    expect(await store.list()).toEqual({ status: 'listed', folder, backups: [] });
    expect(await store.latestDay()).toBeUndefined();
  });

  it('rotates after each write, leaving other files in the folder alone', async () => {
    await realFs.mkdir(folder);
    const old = dailyFrom(new Date(2026, 0, 1), 200);
    for (const name of old) await realFs.writeFile(path.join(folder, name), gzip('{}'));
    await realFs.writeFile(path.join(folder, 'notes.txt'), 'mine');
    const store = createBackupStore({ folder, fs: realFs, now: at(new Date(2026, 11, 3, 9)) });

    const written = await store.write({ caseCount: 3, data: gzip('{}') });

    // Kept: 2026-12-03 and the 13 newest days of July (the dailies); the weeks of 5 July and the 4 before it.
    expect(written.status === 'saved' && written.removed.length).toBe(201 - 14 - 5);
    const left = await realFs.readdir(folder);
    expect(left).toContain('notes.txt');
    expect(left.filter((name) => name.startsWith('backup-'))).toHaveLength(14 + 5);
    const listed = await store.list();
    expect(listed.status === 'listed' && listed.backups[0]?.fileName).toBe('backup-2026-12-03-090000-3-cases.json.gz');
  });

  it('leaves the previous backups and no temporary file when a write fails', async () => {
    await realFs.mkdir(folder);
    const previous = dailyFrom(new Date(2026, 11, 1), 2);
    for (const name of previous) await realFs.writeFile(path.join(folder, name), gzip('{}'));
    const failingRename: BackupFileSystem = {
      ...realFs,
      rename: async () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    const store = createBackupStore({ folder, fs: failingRename, now: at(new Date(2026, 11, 3, 9)) });

    const written = await store.write({ caseCount: 3, data: gzip('{}') });

    expect(written).toEqual({ status: 'failed', message: `Could not write the backup in ${folder}: the disk is full` });
    expect((await realFs.readdir(folder)).sort()).toEqual(previous);
  });

  it('says when older backups could not be removed, and keeps the new one', async () => {
    await realFs.mkdir(folder);
    for (const name of dailyFrom(new Date(2026, 0, 1), 30)) await realFs.writeFile(path.join(folder, name), gzip('{}'));
    const lockedFs: BackupFileSystem = {
      ...realFs,
      rm: async (file, options) => {
        if (path.basename(file).startsWith('backup-')) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
        return realFs.rm(file, options);
      },
    };
    const store = createBackupStore({ folder, fs: lockedFs, now: at(new Date(2026, 11, 3, 9)) });
    const written = await store.write({ caseCount: 1, data: gzip('{}') });
    expect(written).toMatchObject({
      status: 'saved',
      backup: { fileName: 'backup-2026-12-03-090000-1-cases.json.gz' },
      rotationProblem: 'older backups were not removed: the file is in use by another program',
    });
  });

  it('reads back a listed backup as bytes', async () => {
    const store = createBackupStore({ folder, fs: realFs, now: at(new Date(2026, 11, 3, 9)) });
    const data = gzip('{"cases":[]}');
    await store.write({ caseCount: 0, data });
    const read = await store.read({ fileName: 'backup-2026-12-03-090000-0-cases.json.gz' });
    expect(read.status === 'opened' && [read.bytes.constructor, [...read.bytes]]).toEqual([Uint8Array, [...data]]);
  });

  describe('refuses what is not a backup, writing and reading nothing', () => {
    const store = () => createBackupStore({ folder, fs: realFs, now: () => new Date(2026, 11, 3, 9) });
    const oversized = () => {
      const bytes = gzip('{}');
      Object.defineProperty(bytes, 'byteLength', { value: MAX_BACKUP_BYTES + 1 });
      return bytes;
    };

    it.each([
      ['bytes as a plain array', { caseCount: 1, data: [...gzip('{}')] }, 'data: data must be bytes (a Uint8Array)'],
      ['bytes as a string', { caseCount: 1, data: 'H4sI' }, 'data: data must be bytes (a Uint8Array)'],
      [
        'uncompressed bytes',
        { caseCount: 1, data: new TextEncoder().encode('{"format":"case-abstraction"}') },
        'data: data must be gzip-compressed',
      ],
      ['a backup over 256 MB', { caseCount: 1, data: oversized() }, 'data: backup is over 256 MB, too large to save'],
      ['a negative case count', { caseCount: -1, data: gzip('{}') }, 'caseCount'],
      [
        'a name from the window',
        { caseCount: 1, data: gzip('{}'), fileName: '../../evil.json.gz' },
        'Unrecognized key',
      ],
      ['nothing', undefined, 'Rejected save request'],
    ])('%s', async (_label, request, message) => {
      const written = await store().write(request);
      expect(written.status).toBe('failed');
      expect(written.status === 'failed' && written.message).toContain(message);
      await expect(realFs.readdir(folder)).rejects.toThrow();
    });

    it.each([
      '../backup-2026-12-03-090000-1-cases.json.gz',
      '/etc/passwd',
      'backup-2026-12-03-090000-1-cases.json.gz/..',
      'notes.txt',
    ])('reading %s', async (fileName) => {
      expect(await store().read({ fileName })).toEqual({
        status: 'failed',
        message: 'Rejected open request: fileName: not the name of a backup',
      });
    });

    it('listing with an argument', async () => {
      expect(await store().list({ folder: '/' })).toMatchObject({ status: 'failed' });
    });
  });
});
