// The repository over Dexie/IndexedDB: the only module that touches the database. Every write is
// validated against the zod schemas first and happens in one transaction with its undo record,
// so bad data never lands and every change can be taken back.
import { Dexie, type Table, type Transaction } from 'dexie';
import { applyEdit, type CaseEdit, type EditOutcome } from '../../shared/editing/case-edits';
import { changedFields, readAbstractorName, stampCase } from '../../shared/editing/row-stamps';
import { CaseSchema, type Case, type Diagnosis, type Observation, type TimelineEvent } from '../../shared/model/case';
import type { CaseSource, Fingerprint } from '../../shared/model/evidence';
import { fail, ok, type Result } from '../../shared/model/result';
import { upgradeCase } from '../../shared/model/upgrade';
import { validateCase } from '../../shared/model/validate';
import { createSeedCase, SEED_CASE_ID } from '../../shared/seed/seed-case';
import type { SourceDocument } from '../../shared/sources/source-document';
import { readDismissals, sameDismissal, type DismissedSuggestion } from '../../shared/suggest/dismissed';
import { sortEvents, sortObservations } from '../../shared/timeline/order';
import { deleteRows, readRow, readRows, writeRows, type BucketTable } from './row-buckets';

export const DATABASE_NAME = 'case-abstractor';

/** Undo reaches back this many changes (the issue asks for at least 50). */
export const HISTORY_LIMIT = 200;

/** A case without its events and observations: what the case list and overview need. */
export interface CaseHeader {
  schemaVersion: Case['schemaVersion'];
  id: string;
  title: string;
  citation: Case['citation'];
  patient: Case['patient'];
  diagnoses: Diagnosis[];
  /** The documents the case was read from; their text is in the `sources` table, not here. */
  sources?: CaseSource[] | undefined;
  createdAt: string;
  updatedAt: string;
  /** Who edited the case, each once, in the order of their first edit (schema 3). */
  abstractors?: string[] | undefined;
  /** Set on a case written by reconciling two abstractions (schema 3). */
  reconciliation?: Case['reconciliation'];
}

/**
 * A source document as the `sources` table keeps it, one record per fingerprint, shared by every
 * case that cites it and never part of a case record, its row buckets or the undo history (a
 * 50-page report copied into each change would fill the history). The suggestions issue keeps a
 * source's dismissed suggestions on this same record, beside the text they were found in.
 */
export type SourceRecord = SourceDocument & {
  /** Suggestions dismissed in this source's review queue, by span and kind (not indexed: read with the record). */
  dismissedSuggestions?: DismissedSuggestion[];
};

/** A row as layouts 1–3 stored it: one record per event or observation. */
type CaseRow<T> = T & { caseId: string };
interface MetaRow {
  key: string;
  value: string;
}

/** A half-filled form, kept as typed (raw text), so a reload or a crash loses nothing. */
export interface DraftRow {
  key: string;
  caseId: string;
  fields: Record<string, string | boolean>;
  updatedAt: string;
}

interface RowChange<T> {
  id: string;
  before?: T;
  after?: T;
}

/** What one change did, row by row: enough to undo it (write `before`) and redo it (write `after`). */
interface ChangeSet {
  header: { before?: CaseHeader; after?: CaseHeader };
  /**
   * A case created whole (an import): its rows are not copied into the history, which would double
   * the write; undo snapshots them first, so redo still has them.
   */
  createdCaseId?: string;
  events: RowChange<TimelineEvent>[];
  observations: RowChange<Observation>[];
}

interface ChangeRow {
  seq?: number;
  caseId: string;
  label: string;
  at: string;
  /** The abstractor who made the change, when a name was given (layout 6 on; older changes have none). */
  by?: string;
  /** 0 = done (undoable), 1 = undone (redoable); IndexedDB cannot index booleans. */
  undone: 0 | 1;
  /** One set per case touched: an import of several cases is one change, undone at once. */
  changes: ChangeSet | ChangeSet[];
}

const changeSetsOf = (row: ChangeRow): ChangeSet[] => (Array.isArray(row.changes) ? row.changes : [row.changes]);

/** Which rows a row history can be asked for. */
export type HistoryTable = 'events' | 'observations' | 'diagnoses';

/** One change of the log that touched a row: newest first in a row's history. */
export interface RowHistoryEntry {
  seq: number;
  at: string;
  label: string;
  by?: string | undefined;
  what: 'created' | 'changed' | 'deleted';
  /** Field names that differ between before and after (a change only), who-and-when fields aside. */
  fields: string[];
  /** Undone, so not in effect (redo would bring it back). */
  undone: boolean;
}

export interface HistoryState {
  undoLabel?: string;
  redoLabel?: string;
}

class CaseDatabase extends Dexie {
  cases!: Table<CaseHeader, string>;
  eventBuckets!: BucketTable<TimelineEvent>;
  observationBuckets!: BucketTable<Observation>;
  meta!: Table<MetaRow, string>;
  drafts!: Table<DraftRow, string>;
  changes!: Table<ChangeRow, number>;
  sources!: Table<SourceRecord, Fingerprint>;

  constructor(name: string) {
    // Live-query results are shared frozen rather than deep-cloned for every reader: cloning the
    // 100,000 rows of a large case froze the window for a third of a second. Nothing here mutates
    // what a query returns.
    super(name, { cache: 'immutable' });
    // Dexie keeps every table's rows across versions: a new version only declares what it adds or
    // re-indexes, with an .upgrade() that rewrites rows in place when their shape changes.
    this.version(1).stores({
      cases: 'id, updatedAt',
      events: '[caseId+id], caseId',
      observations: '[caseId+id], caseId, [caseId+analyte]',
      meta: 'key',
    });
    this.version(2).stores({
      drafts: 'key, caseId',
      changes: '++seq, undone, caseId',
    });
    // Version 3 drops an index nothing queried: every index is paid for on each of 100,000 imported rows.
    this.version(3).stores({
      observations: '[caseId+id], caseId',
    });
    // Version 4 stores rows in buckets (row-buckets.ts): a 100,000-row import stores in a tenth of the time.
    this.version(4)
      .stores({
        events: null,
        observations: null,
        eventBuckets: '[caseId+bucket]',
        observationBuckets: '[caseId+bucket]',
      })
      .upgrade(async (tx) => {
        // Case by case, so that a profile with several large cases never holds all its rows at once.
        const intoBuckets = async <T extends { id: string }>(from: string, to: string) => {
          const caseIds = (await tx.table(from).orderBy('caseId').uniqueKeys()) as string[];
          for (const caseId of caseIds) {
            const rows = (await tx.table(from).where('caseId').equals(caseId).toArray()) as CaseRow<T>[];
            const withoutCaseId = rows.map(({ caseId: _caseId, ...row }) => row as unknown as T);
            await writeRows(tx.table(to) as BucketTable<T>, caseId, withoutCaseId, []);
          }
        };
        await intoBuckets<TimelineEvent>('events', 'eventBuckets');
        await intoBuckets<Observation>('observations', 'observationBuckets');
      });
    // Version 5 adds the source documents, keyed by fingerprint, and brings every stored case to
    // schema 2 through the same upgrade as a version-1 file, the undo history's copies included,
    // so that an undo after the upgrade never writes a version-1 case back.
    this.version(5).stores({ sources: 'fingerprint' }).upgrade(upgradeStoredCases);
    // Version 6 brings every stored case, and the undo history's copies, to schema 3 (who made and
    // changed each row): the new fields are optional and nothing is invented for stored rows, so
    // only the headers' version changes, and the row buckets stay as they are.
    this.version(6).stores({}).upgrade(upgradeStoredCases);
  }
}

/**
 * Every stored case header and every header the undo history keeps, through the one upgrade the
 * JSON codec uses. The rows live in buckets and carry no version: an optional field added to them
 * needs no rewrite.
 */
async function upgradeStoredCases(tx: Transaction): Promise<void> {
  await tx
    .table<CaseHeader>('cases')
    .toCollection()
    .modify((header, ref) => {
      ref.value = upgradeCase(header) as CaseHeader;
    });
  const upgradeSet = (set: ChangeSet): ChangeSet => ({
    ...set,
    header: {
      ...(set.header.before ? { before: upgradeCase(set.header.before) as CaseHeader } : {}),
      ...(set.header.after ? { after: upgradeCase(set.header.after) as CaseHeader } : {}),
    },
  });
  await tx
    .table<ChangeRow>('changes')
    .toCollection()
    .modify((row) => {
      row.changes = Array.isArray(row.changes) ? row.changes.map(upgradeSet) : upgradeSet(row.changes);
    });
}

const SEEDED_KEY = 'seed-case-installed';
/** The abstractor's name or initials, kept with the data it signs rather than in the window's storage. */
const ABSTRACTOR_KEY = 'abstractor';

function headerOf(c: Case): CaseHeader {
  const { events: _events, observations: _observations, ...header } = c;
  return header;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function diffRows<T extends { id: string }>(before: readonly T[], after: readonly T[]): RowChange<T>[] {
  const old = new Map(before.map((r) => [r.id, r]));
  const changes: RowChange<T>[] = [];
  for (const row of after) {
    const was = old.get(row.id);
    old.delete(row.id);
    if (was === undefined) changes.push({ id: row.id, after: row });
    else if (!same(was, row)) changes.push({ id: row.id, before: was, after: row });
  }
  for (const [id, was] of old) changes.push({ id, before: was });
  return changes;
}

/** The change one set made to one row, if it touched it: diagnoses live in the header, the others in the lists. */
function rowChangeIn(
  set: ChangeSet,
  loggedUnder: string,
  caseId: string,
  table: HistoryTable,
  rowId: string,
): RowChange<{ id: string }> | undefined {
  // A set that leaves the case's details alone names no case: it is of the case the change is logged under.
  const setCase = set.header.after?.id ?? set.header.before?.id ?? loggedUnder;
  if (setCase !== caseId) return undefined;
  if (table !== 'diagnoses') return (set[table] as RowChange<{ id: string }>[]).find((r) => r.id === rowId);
  const before = set.header.before?.diagnoses.find((d) => d.id === rowId);
  const after = set.header.after?.diagnoses.find((d) => d.id === rowId);
  if (before === undefined && after === undefined) return undefined;
  if (before !== undefined && after !== undefined && same(before, after)) return undefined;
  return { id: rowId, ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

function diffCases(before: Case | undefined, after: Case | undefined): ChangeSet {
  return {
    header: {
      ...(before ? { before: headerOf(before) } : {}),
      ...(after ? { after: headerOf(after) } : {}),
    },
    events: diffRows(before?.events ?? [], after?.events ?? []),
    observations: diffRows(before?.observations ?? [], after?.observations ?? []),
  };
}

export class CaseRepository {
  private readonly db: CaseDatabase;

  constructor(name: string = DATABASE_NAME) {
    this.db = new CaseDatabase(name);
  }

  private get dataTables() {
    return [this.db.cases, this.db.eventBuckets, this.db.observationBuckets, this.db.changes];
  }

  /** Installs the preloaded case on the very first start only; a user's later delete is respected. */
  async ensureSeeded(): Promise<void> {
    await this.db.transaction('rw', [...this.dataTables, this.db.meta], async () => {
      if (await this.db.meta.get(SEEDED_KEY)) return;
      await this.writeChangeSet(diffCases(undefined, createSeedCase()), 'after');
      await this.db.meta.put({ key: SEEDED_KEY, value: new Date().toISOString() });
    });
  }

  /** Puts the preloaded case back as shipped, replacing any edited copy of it (undoable). */
  async restoreSeedCase(): Promise<Result<Case>> {
    return this.saveCase(createSeedCase(), 'Restore preloaded case');
  }

  listCases(): Promise<CaseHeader[]> {
    return this.db.cases.orderBy('updatedAt').reverse().toArray();
  }

  getCaseHeader(id: string): Promise<CaseHeader | undefined> {
    return this.db.cases.get(id);
  }

  async getEvents(caseId: string): Promise<TimelineEvent[]> {
    return sortEvents(await readRows(this.db.eventBuckets, caseId));
  }

  async getObservations(caseId: string): Promise<Observation[]> {
    return sortObservations(await readRows(this.db.observationBuckets, caseId));
  }

  /** The whole case, as the codecs want it. */
  async getCase(id: string): Promise<Case | undefined> {
    return this.db.transaction('r', [this.db.cases, this.db.eventBuckets, this.db.observationBuckets], async () => {
      const header = await this.db.cases.get(id);
      if (!header) return undefined;
      const [events, observations] = await Promise.all([this.getEvents(id), this.getObservations(id)]);
      const stored = { ...header, events, observations };
      const parsed = CaseSchema.safeParse(stored);
      // A case stored before a rule was tightened (a text over today's limit) is given back as it
      // is, never dropped or cut: the view flags it, and a save asks for the field to be mended.
      return parsed.success ? parsed.data : (stored as Case);
    });
  }

  /** Every stored case, whole: for exporting all of them and for planning an import against them. */
  async getAllCases(): Promise<Case[]> {
    const headers = await this.listCases();
    const cases = await Promise.all(headers.map((h) => this.getCase(h.id)));
    return cases.filter((c): c is Case => c !== undefined);
  }

  /**
   * Everything a backup holds, read in one transaction so that cases and sources agree: every case
   * whole, and every stored source with its dismissed suggestions.
   */
  async readAllForBackup(): Promise<{ cases: Case[]; sources: SourceRecord[] }> {
    return this.db.transaction(
      'r',
      [this.db.cases, this.db.eventBuckets, this.db.observationBuckets, this.db.sources],
      async () => ({ cases: await this.getAllCases(), sources: await this.db.sources.toArray() }),
    );
  }

  /** When the latest change still in the undo history was made (undefined: none): has anything changed since? */
  async latestChangeAt(): Promise<string | undefined> {
    return (await this.db.changes.orderBy('seq').last())?.at;
  }

  /**
   * Validates, then stores the whole case (new or replacing), undoably. Invalid input returns the
   * problems and leaves the database exactly as it was.
   */
  async saveCase(input: unknown, label = 'Save case'): Promise<Result<Case>> {
    const valid = validateCase(input);
    if (!valid.ok) return valid;
    return this.guarded(async () => {
      const before = await this.getCase(valid.value.id);
      await this.record(valid.value.id, label, diffCases(before, valid.value));
      return ok(valid.value);
    });
  }

  /**
   * Creates a case that must not exist yet. `asAbstractor`: a case made in the app's form, whose rows
   * (its diagnoses) are new and signed by the abstractor; otherwise (a copy, an import, a
   * reconciliation) every row keeps the stamps it came with.
   */
  async createCase(input: unknown, options: { asAbstractor?: boolean } = {}): Promise<Result<Case>> {
    const valid = validateCase(input);
    if (!valid.ok) return valid;
    return this.guarded(async () => {
      if (await this.db.cases.get(valid.value.id)) {
        return fail({ where: 'id', message: `a case with id "${valid.value.id}" already exists` });
      }
      const by = options.asAbstractor ? await this.getAbstractor() : undefined;
      const created = options.asAbstractor
        ? stampCase({ ...valid.value, diagnoses: [], events: [], observations: [] }, valid.value, {
            at: valid.value.updatedAt,
            by,
          })
        : valid.value;
      await this.record(created.id, `Create “${created.title}”`, diffCases(undefined, created), by);
      return ok(created);
    });
  }

  /** Applies one edit to a stored case: re-resolves relative dates, validates, stores, records undo. */
  async commitEdit(caseId: string, edit: CaseEdit, label: string): Promise<Result<EditOutcome>> {
    return this.guarded(async () => {
      const before = await this.getCase(caseId);
      if (!before) return fail({ where: 'case', message: 'the case no longer exists' });
      // Read in the edit's own transaction: a name given a moment ago signs this edit.
      const by = await this.getAbstractor();
      const outcome = applyEdit(before, edit, new Date().toISOString(), by);
      if (!outcome.ok) return outcome;
      await this.record(caseId, label, diffCases(before, outcome.value.value), by);
      return outcome;
    });
  }

  /** Deletes a case with all its rows, undoably. */
  async deleteCase(id: string): Promise<Result<void>> {
    return this.guarded(async () => {
      const before = await this.getCase(id);
      if (!before) return fail({ where: 'case', message: 'the case no longer exists' });
      await this.record(id, `Delete “${before.title}”`, diffCases(before, undefined), await this.getAbstractor());
      await this.db.drafts.where('caseId').equals(id).delete();
      return ok(undefined);
    });
  }

  /** Takes back the latest change; says which case it touched so the view can follow. */
  async undo(): Promise<Result<{ caseId: string; label: string } | undefined>> {
    return this.guarded(async () => {
      const last = await this.db.changes.where('undone').equals(0).last();
      if (!last || last.seq === undefined) return ok(undefined);
      const sets = await Promise.all(
        changeSetsOf(last).map(async (set) =>
          set.createdCaseId === undefined ? set : diffCases(undefined, await this.getCase(set.createdCaseId)),
        ),
      );
      for (const set of [...sets].reverse()) await this.writeChangeSet(set, 'before');
      await this.db.changes.update(last.seq, { undone: 1, changes: sets });
      return ok({ caseId: last.caseId, label: last.label });
    });
  }

  async redo(): Promise<Result<{ caseId: string; label: string } | undefined>> {
    return this.guarded(async () => {
      const next = await this.db.changes.where('undone').equals(1).first();
      if (!next || next.seq === undefined) return ok(undefined);
      for (const set of changeSetsOf(next)) await this.writeChangeSet(set, 'after');
      await this.db.changes.update(next.seq, { undone: 0 });
      return ok({ caseId: next.caseId, label: next.label });
    });
  }

  /** One row of a case as stored (a diagnosis from the header), for its history: undefined when gone. */
  async getRow(
    caseId: string,
    table: HistoryTable,
    rowId: string,
  ): Promise<Diagnosis | TimelineEvent | Observation | undefined> {
    if (table === 'diagnoses') return (await this.db.cases.get(caseId))?.diagnoses.find((d) => d.id === rowId);
    return table === 'events'
      ? readRow(this.db.eventBuckets, caseId, rowId)
      : readRow(this.db.observationBuckets, caseId, rowId);
  }

  /** The abstractor's name or initials, undefined until one is given. */
  async getAbstractor(): Promise<string | undefined> {
    return (await this.db.meta.get(ABSTRACTOR_KEY))?.value;
  }

  /**
   * Keeps the abstractor's name (trimmed; refused with the reason when it cannot be one). A setting,
   * not an edit of a case: not undoable, and rows already saved keep the name they were saved with.
   */
  async setAbstractor(typed: string): Promise<Result<string>> {
    const name = readAbstractorName(typed);
    if (!name.ok) return name;
    try {
      await this.db.meta.put({ key: ABSTRACTOR_KEY, value: name.value });
      return name;
    } catch (error) {
      return fail({
        where: 'database',
        message: `could not save: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  /**
   * The changes of the log that touched one row, newest first. The log keeps the last
   * HISTORY_LIMIT changes of all cases together, so an older change of the row is not there; a case
   * created whole (an import) keeps no copy of its rows in the log, and is not listed.
   * Every change is read, not only those logged under the case: an import or a restore of several
   * cases is one change, logged under its first case, and changes the others too.
   */
  async rowHistory(caseId: string, table: HistoryTable, rowId: string): Promise<RowHistoryEntry[]> {
    const rows = await this.db.changes.toArray();
    const entries: RowHistoryEntry[] = [];
    for (const row of rows) {
      for (const set of changeSetsOf(row)) {
        const change = rowChangeIn(set, row.caseId, caseId, table, rowId);
        if (change === undefined || row.seq === undefined) continue;
        entries.push({
          seq: row.seq,
          at: row.at,
          label: row.label,
          by: row.by,
          what: change.before === undefined ? 'created' : change.after === undefined ? 'deleted' : 'changed',
          fields: change.before && change.after ? changedFields(change.before, change.after) : [],
          undone: row.undone === 1,
        });
      }
    }
    return entries.sort((a, b) => b.seq - a.seq);
  }

  async historyState(): Promise<HistoryState> {
    const [undo, redo] = await Promise.all([
      this.db.changes.where('undone').equals(0).last(),
      this.db.changes.where('undone').equals(1).first(),
    ]);
    return { ...(undo ? { undoLabel: undo.label } : {}), ...(redo ? { redoLabel: redo.label } : {}) };
  }

  /**
   * Keeps a source document's text, once per fingerprint: the same fingerprint is the same
   * normalised text, so a second save of it changes nothing (and keeps what is stored beside it).
   * Not an edit of any case and not undoable: the case lists its sources through the `add-source` edit.
   */
  async saveSource(doc: SourceDocument): Promise<void> {
    await this.db.transaction('rw', this.db.sources, async () => {
      if ((await this.db.sources.get(doc.fingerprint)) === undefined) await this.db.sources.add(doc);
    });
  }

  /** The stored source document with this fingerprint, if it was ever opened here. */
  getSource(fingerprint: Fingerprint): Promise<SourceDocument | undefined> {
    return this.db.sources.get(fingerprint);
  }

  /** The suggestions dismissed in a source, those that still read as dismissals (none when never opened here). */
  async getDismissedSuggestions(fingerprint: Fingerprint): Promise<DismissedSuggestion[]> {
    return readDismissals((await this.db.sources.get(fingerprint))?.dismissedSuggestions);
  }

  /**
   * Dismisses suggestions of a source (added), or shows them again (removed): kept on the source's
   * record, shared by every case citing it and outside the undo history, like the text itself.
   * A source never stored here has nowhere to keep them: that is a problem, not a throw.
   */
  async setSuggestionsDismissed(
    fingerprint: Fingerprint,
    which: readonly DismissedSuggestion[],
    dismissed: boolean,
  ): Promise<Result<DismissedSuggestion[]>> {
    try {
      return await this.db.transaction('rw', this.db.sources, async () => {
        const record = await this.db.sources.get(fingerprint);
        if (!record) return fail({ where: 'source', message: 'the source is not stored here: open it again' });
        const kept = readDismissals(record.dismissedSuggestions);
        const next = dismissed
          ? [
              ...kept,
              ...which.filter(
                (w, i) => !kept.some((k) => sameDismissal(k, w)) && which.findIndex((o) => sameDismissal(o, w)) === i,
              ),
            ]
          : kept.filter((k) => !which.some((w) => sameDismissal(k, w)));
        await this.db.sources.update(fingerprint, { dismissedSuggestions: next });
        return ok(next);
      });
    } catch (error) {
      return fail({
        where: 'database',
        message: `could not save: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  getDraft(key: string): Promise<DraftRow | undefined> {
    return this.db.drafts.get(key);
  }

  /** Every form's draft for one case, read together so the case's forms open with them in place. */
  getCaseDrafts(caseId: string): Promise<DraftRow[]> {
    return this.db.drafts.where('caseId').equals(caseId).toArray();
  }

  async saveDraft(draft: DraftRow): Promise<void> {
    await this.db.drafts.put(draft);
  }

  async deleteDraft(key: string): Promise<void> {
    await this.db.drafts.delete(key);
  }

  close(): void {
    this.db.close();
  }

  /** One read-write transaction around a change; a storage failure becomes a problem, not a throw. */
  private async guarded<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await this.db.transaction('rw', [...this.dataTables, this.db.drafts, this.db.meta], work);
    } catch (error) {
      return fail({
        where: 'database',
        message: `could not save: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  /**
   * Writes imported cases, whole, in one transaction and as one undoable change. The cases come
   * from applyImportPlan, which has validated them; a storage failure writes none of them.
   * `planned` is each case's `updatedAt` as the preview saw it (undefined: it did not exist): a
   * case edited, created or deleted since then would be silently overwritten or revived, so then
   * nothing is written and the user is asked to read the file again. `by` signs the change when
   * the writer knows who made it (the reconciler named in the compare); the app's abstractor otherwise.
   */
  async importCases(
    cases: readonly Case[],
    label: string,
    planned?: ReadonlyMap<string, string | undefined>,
    by?: string,
  ): Promise<Result<number>> {
    if (cases.length === 0) return ok(0);
    return this.guarded(async () => {
      const stored = await Promise.all(cases.map((c) => this.getCase(c.id)));
      if (planned) {
        const changed = cases.filter((c, i) => stored[i]?.updatedAt !== planned.get(c.id));
        if (changed.length > 0) {
          return fail(
            ...changed.map((c) => ({
              where: `case "${c.id}"`,
              message:
                'was changed, created or deleted after the file was read: nothing was imported; import the file again',
            })),
          );
        }
      }
      const sets: ChangeSet[] = [];
      for (const [i, c] of cases.entries()) {
        const before = stored[i];
        if (before) sets.push(diffCases(before, c));
        else {
          await this.writeChangeSet(diffCases(undefined, c), 'after');
          sets.push({ header: {}, events: [], observations: [], createdCaseId: c.id });
        }
      }
      await this.record(cases[0]!.id, label, sets, by ?? (await this.getAbstractor()));
      return ok(cases.length);
    });
  }

  /** Writes a change and its undo record; a new change drops whatever could have been redone. */
  private async record(
    caseId: string,
    label: string,
    changes: ChangeSet | ChangeSet[],
    by?: string | undefined,
  ): Promise<void> {
    for (const set of Array.isArray(changes) ? changes : [changes]) await this.writeChangeSet(set, 'after');
    await this.db.changes.where('undone').equals(1).delete();
    await this.db.changes.add({
      caseId,
      label,
      at: new Date().toISOString(),
      undone: 0,
      changes,
      ...(by === undefined ? {} : { by }),
    });
    const count = await this.db.changes.count();
    if (count > HISTORY_LIMIT) {
      const oldest = await this.db.changes
        .orderBy('seq')
        .limit(count - HISTORY_LIMIT)
        .primaryKeys();
      await this.db.changes.bulkDelete(oldest);
    }
  }

  private async writeChangeSet(changes: ChangeSet, side: 'before' | 'after'): Promise<void> {
    const header = changes.header[side];
    const caseId = header?.id ?? changes.header.before?.id ?? changes.header.after?.id;
    if (caseId === undefined) return;
    if (header) await this.db.cases.put(header);
    else {
      await this.db.cases.delete(caseId);
      await deleteRows(this.db.eventBuckets, caseId);
      await deleteRows(this.db.observationBuckets, caseId);
      return;
    }
    const apply = <T extends { id: string }>(table: BucketTable<T>, rows: RowChange<T>[]) => {
      const puts = rows.flatMap((r) => (r[side] ? [r[side]] : []));
      const deletes = rows.flatMap((r) => (r[side] ? [] : [r.id]));
      return writeRows(table, caseId, puts, deletes);
    };
    await apply(this.db.eventBuckets, changes.events);
    await apply(this.db.observationBuckets, changes.observations);
  }
}

export { SEED_CASE_ID };
