// Specification of backup file names: the local day, time and case count in, the same out, nothing else accepted.
import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from './backup-name';

describe('backup file names', () => {
  it('name the local day and time taken and the case count, and read back', () => {
    const name = backupFileName(new Date(2026, 11, 3, 9, 15, 42), 12);
    expect(name).toBe('backup-2026-12-03-091542-12-cases.json.gz');
    expect(parseBackupFileName(name)).toEqual({ fileName: name, day: '2026-12-03', time: '09:15:42', caseCount: 12 });
  });

  it.each([
    'backup-2026-12-03-091542-12-cases.json',
    'backup-2026-02-30-091542-12-cases.json.gz',
    'backup-2026-12-03-251542-12-cases.json.gz',
    '.backup-2026-12-03-091542-12-cases.json.gz.1a2b3c.tmp',
    '../backup-2026-12-03-091542-12-cases.json.gz',
    'notes.txt',
  ])('refuses %s', (name) => {
    expect(parseBackupFileName(name)).toBeUndefined();
  });
});
