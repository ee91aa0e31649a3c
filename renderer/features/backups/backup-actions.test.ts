// Specification of taking a backup from the window: written through the platform's backups folder,
// and any failure said in the status line without throwing (work goes on; the next check tries again).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WriteBackupResponse } from '../../../shared/ipc/contract';
import { useUiStore } from '../../state/ui-store';
import type { BackupWorkerReply } from './backup.worker';

const fake = vi.hoisted(() => ({
  write: vi.fn<(request: { caseCount: number; data: Uint8Array }) => Promise<WriteBackupResponse>>(),
}));
vi.mock('../../platform', () => ({
  platform: { kind: 'electron', backups: { write: fake.write, list: vi.fn(), read: vi.fn() } },
}));
vi.mock('../../data/import-export-actions', () => ({ importFiles: vi.fn() }));

const { backUpNow } = await import('./backup-actions');

/** A Worker that answers the first message with `reply`. */
function workerReplying(reply: BackupWorkerReply | 'throws') {
  vi.stubGlobal(
    'Worker',
    class {
      onmessage: ((event: { data: BackupWorkerReply }) => void) | undefined;
      onerror: unknown;
      constructor() {
        if (reply === 'throws') throw new Error('workers are not allowed here');
      }
      postMessage() {
        if (reply !== 'throws') queueMicrotask(() => this.onmessage?.({ data: reply }));
      }
      terminate() {}
    },
  );
}

const gz = Uint8Array.from([0x1f, 0x8b, 8, 0]);
const saved: WriteBackupResponse = {
  status: 'saved',
  backup: {
    fileName: 'backup-2026-12-03-090000-2-cases.json.gz',
    day: '2026-12-03',
    time: '09:00:00',
    caseCount: 2,
    bytes: 4,
  },
  removed: [],
};

beforeEach(() => {
  fake.write.mockReset();
  useUiStore.getState().notify(undefined);
});
afterEach(() => vi.unstubAllGlobals());

describe('backUpNow', () => {
  it('hands the worker’s bytes and case count to the backups folder, and says nothing when it is written', async () => {
    workerReplying({ ok: true, bytes: gz, caseCount: 2, sourcesLeftOut: [] });
    fake.write.mockResolvedValue(saved);
    expect(await backUpNow()).toBe(true);
    expect(fake.write).toHaveBeenCalledWith({ caseCount: 2, data: gz });
    expect(useUiStore.getState().notice).toBeUndefined();
  });

  it('says in the status line when the folder refuses the write, and returns false', async () => {
    workerReplying({ ok: true, bytes: gz, caseCount: 2, sourcesLeftOut: [] });
    fake.write.mockResolvedValue({
      status: 'failed',
      message: 'Could not write the backup in /x/backups: the disk is full',
    });
    expect(await backUpNow()).toBe(false);
    expect(useUiStore.getState().notice).toEqual({
      tone: 'error',
      text: expect.stringMatching(
        /^Backup failed: Could not write the backup in \/x\/backups: the disk is full\. Your work is saved as usual/,
      ),
    });
  });

  it('says so when the backup cannot be made, and writes nothing', async () => {
    for (const reply of [{ ok: false as const, message: 'the database is blocked' }, 'throws' as const]) {
      workerReplying(reply);
      expect(await backUpNow()).toBe(false);
      expect(useUiStore.getState().notice?.text).toMatch(
        /^Backup failed: (the database is blocked|workers are not allowed here)\./,
      );
    }
    expect(fake.write).not.toHaveBeenCalled();
  });

  it('names a source left out, and a rotation that did not finish, once the backup is written', async () => {
    workerReplying({ ok: true, bytes: gz, caseCount: 2, sourcesLeftOut: ['huge.pdf'] });
    fake.write.mockResolvedValue({
      ...saved,
      rotationProblem: 'older backups were not removed: the file is in use by another program',
    } as WriteBackupResponse);
    expect(await backUpNow()).toBe(true);
    expect(useUiStore.getState().notice?.text).toBe(
      'Backed up backup-2026-12-03-090000-2-cases.json.gz, but the text of huge.pdf is too long for a backup and was left out (the cases and their evidence are in it); older backups were not removed: the file is in use by another program.',
    );
  });
});
