// One backup, made from the repository: every case and the sources they cite, compressed. Apart
// from its worker so that it can be tested in Node over fake-indexeddb.
import { backupContents, caseFilePieces, gzipPieces } from '../../../shared/backups/backup-file';
import { readDismissals } from '../../../shared/suggest/dismissed';
import type { CaseRepository } from '../../data/case-repository';

export interface BackupMade {
  bytes: Uint8Array<ArrayBuffer>;
  caseCount: number;
  /** Names of sources too long for a case file: said in the status line. */
  sourcesLeftOut: string[];
}

export async function makeBackup(repository: Pick<CaseRepository, 'readAllForBackup'>): Promise<BackupMade> {
  const { cases, sources } = await repository.readAllForBackup();
  // A damaged dismissal on disk is left out, as the review queue leaves it out, rather than costing the source its place.
  const stored = sources.map((source) => ({
    ...source,
    dismissedSuggestions: readDismissals(source.dismissedSuggestions),
  }));
  const contents = backupContents(cases, stored);
  return {
    bytes: await gzipPieces(caseFilePieces(contents)),
    caseCount: cases.length,
    sourcesLeftOut: contents.sourcesLeftOut,
  };
}
