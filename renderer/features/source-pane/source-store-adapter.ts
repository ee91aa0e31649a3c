// The pane's stand-in for the repository's source methods (layout 5's `sources` table): the text of
// each opened source, keyed by fingerprint, and the case edit that lists a source on the case. One
// file, so that the merge points these names at the repository's own.
import { Dexie, type Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Case } from '../../../shared/model/case';
import type { CaseSource, Fingerprint } from '../../../shared/model/evidence';
import { fail, ok, type Result } from '../../../shared/model/result';
import type { SourceDocument } from '../../../shared/sources/source-document';
import { repository } from '../../data/repository';

class SourceStandIn extends Dexie {
  sources!: Table<SourceDocument, string>;
  constructor() {
    super('case-abstractor-sources');
    this.version(1).stores({ sources: 'fingerprint' });
  }
}

const db = new SourceStandIn();

export async function saveSource(doc: SourceDocument): Promise<void> {
  await db.sources.put(doc);
}

export async function getSource(fingerprint: Fingerprint): Promise<SourceDocument | undefined> {
  return db.sources.get(fingerprint);
}

/** The source's text, live; undefined while reading, null when this fingerprint's text is not stored. */
export function useSource(fingerprint: Fingerprint | undefined): SourceDocument | null | undefined {
  return useLiveQuery(async () => (fingerprint ? ((await db.sources.get(fingerprint)) ?? null) : null), [fingerprint]);
}

/** The case's sources as stored with it. */
export function sourcesOfCase(header: { sources?: CaseSource[] } | undefined): CaseSource[] {
  return header?.sources ?? [];
}

/** Lists the source on the case (one undoable change), unless it is listed already. */
export async function addSourceToCase(caseId: string, doc: SourceDocument): Promise<Result<Case>> {
  const current = await repository.getCase(caseId);
  if (!current) return fail({ where: 'case', message: 'the case no longer exists' });
  if ((current.sources ?? []).some((s) => s.fingerprint === doc.fingerprint)) return ok(current);
  const source: CaseSource = {
    fingerprint: doc.fingerprint,
    name: doc.name,
    kind: doc.kind,
    normaliserVersion: doc.normaliserVersion,
  };
  return repository.saveCase(
    { ...current, sources: [...(current.sources ?? []), source] },
    `Open source “${doc.name}”`,
  );
}
