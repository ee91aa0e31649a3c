// The backup worker: reads the whole database and compresses it off the window's thread, so that
// a backup of a large profile never holds up typing. It has its own connection to the repository.
import { CaseRepository } from '../../data/case-repository';
import { makeBackup, type BackupMade } from './backup-bytes';

export type BackupWorkerReply = ({ ok: true } & BackupMade) | { ok: false; message: string };

self.onmessage = async () => {
  const repository = new CaseRepository();
  try {
    const made = await makeBackup(repository);
    // Handed over, not copied.
    self.postMessage({ ok: true, ...made } satisfies BackupWorkerReply, { transfer: [made.bytes.buffer] });
  } catch (error) {
    self.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies BackupWorkerReply);
  } finally {
    repository.close();
  }
};
