// The forms' drafts held in memory: read a case at a time before its forms first render, so a form
// starts with its draft already typed in, and written to memory at once and to IndexedDB after.
import { fail, ok, type Result } from '../../shared/model/result';
import type { CaseRepository, DraftRow } from './case-repository';

export type DraftFields = DraftRow['fields'];

/** The new-case form's draft is filed under this id: the case it describes does not exist yet. */
export const NEW_CASE_DRAFTS = 'new-case';

/**
 * A form's starting values: the blank or edited row's fields with the stored draft over them. A
 * stored field the form does not have, or of another type (a draft kept by an older version of the
 * form), is left out rather than put into a field that cannot show it.
 */
export function restoreDraft<F extends DraftFields>(initial: F, stored: DraftFields | undefined): F {
  if (stored === undefined) return initial;
  const restored: DraftFields = { ...initial };
  for (const [name, value] of Object.entries(stored)) {
    if (Object.hasOwn(initial, name) && typeof value === typeof initial[name]) restored[name] = value;
  }
  return restored as F;
}

type DraftStorage = Pick<CaseRepository, 'getCaseDrafts' | 'saveDraft' | 'deleteDraft'>;

export class DraftBook {
  private readonly rows = new Map<string, DraftRow>();
  private readonly loadedCases = new Set<string>();
  /** Counts writes, and remembers the count at each key's last write, so a read never undoes a newer write. */
  private writes = 0;
  private readonly writtenAt = new Map<string, number>();

  constructor(private readonly storage: DraftStorage) {}

  /** Whether the case's drafts have been read in this window; memory is then as new as IndexedDB, or newer. */
  isLoaded(caseId: string): boolean {
    return this.loadedCases.has(caseId);
  }

  /**
   * Reads a case's drafts from IndexedDB into memory, again at every call: the case may have been
   * deleted (with its drafts) and brought back since. A draft written while the read was under way
   * is newer than what the read returns and is kept. A failed read leaves the case without drafts
   * (its forms open blank) and says why.
   */
  async load(caseId: string): Promise<Result<void>> {
    const started = this.writes;
    const newer = (key: string) => (this.writtenAt.get(key) ?? 0) > started;
    try {
      const stored = await this.storage.getCaseDrafts(caseId);
      for (const [key, row] of this.rows) if (row.caseId === caseId && !newer(key)) this.rows.delete(key);
      for (const row of stored) if (!newer(row.key)) this.rows.set(row.key, row);
      return ok(undefined);
    } catch (error) {
      return fail({
        where: 'drafts',
        message: `could not read the stored drafts (${error instanceof Error ? error.message : String(error)})`,
      });
    } finally {
      this.loadedCases.add(caseId);
    }
  }

  /** The draft's fields as last written in this window or read from IndexedDB; undefined if there is none. */
  fieldsOf(key: string): DraftFields | undefined {
    return this.rows.get(key)?.fields;
  }

  /** Memory first, so a form that opens again before IndexedDB has answered still finds it. */
  save(draft: DraftRow): Promise<void> {
    this.rows.set(draft.key, draft);
    this.noteWrite(draft.key);
    return this.storage.saveDraft(draft);
  }

  delete(key: string): Promise<void> {
    this.rows.delete(key);
    this.noteWrite(key);
    return this.storage.deleteDraft(key);
  }

  private noteWrite(key: string) {
    this.writes += 1;
    this.writtenAt.set(key, this.writes);
  }
}
