// The repository in Node over fake-indexeddb: validation before writes, seeding once, all-or-nothing saves.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeLabsCsv } from '../../shared/codecs/csv/case-csv';
import { canonicalCase } from '../../shared/codecs/json/case-file';
import { applyImportPlan, casesAsPlanned } from '../../shared/import/plan';
import { prepareImport } from '../../shared/import/prepare';
import { withoutProvenance, type Case, type Observation, type TimelineEvent } from '../../shared/model/case';
import { storedDetailsProblems } from '../../shared/model/validate';
import { createSeedCase, SEED_CASE_ID } from '../../shared/seed/seed-case';
import type { SourceDocument } from '../../shared/sources/source-document';
import { CaseRepository } from './case-repository';
import { writeRows, type BucketTable } from './row-buckets';

let repo: CaseRepository;
let dbCount = 0;

beforeEach(() => {
  dbCount += 1;
  repo = new CaseRepository(`test-db-${dbCount}`);
});
afterEach(() => repo.close());

describe('CaseRepository', () => {
  it('installs the preloaded case on first start, once', async () => {
    await repo.ensureSeeded();
    await repo.ensureSeeded();
    expect((await repo.listCases()).map((c) => c.id)).toEqual([SEED_CASE_ID]);
    expect(await repo.getCase(SEED_CASE_ID)).toEqual(
      expect.objectContaining({ id: SEED_CASE_ID, events: expect.any(Array) as unknown }),
    );
    expect((await repo.getEvents(SEED_CASE_ID)).length).toBe(createSeedCase().events.length);
  });

  it('gives back the same case that was stored, field for field', async () => {
    await repo.ensureSeeded();
    const stored = await repo.getCase(SEED_CASE_ID);
    const seed = createSeedCase();
    expect(stored?.observations).toEqual(expect.arrayContaining(seed.observations));
    expect(stored?.events).toEqual(expect.arrayContaining(seed.events));
    expect({ ...stored, events: [], observations: [] }).toEqual({ ...seed, events: [], observations: [] });
  });

  it('respects a delete: the preloaded case does not come back on the next start', async () => {
    await repo.ensureSeeded();
    await repo.deleteCase(SEED_CASE_ID);
    await repo.ensureSeeded();
    expect(await repo.listCases()).toEqual([]);
    expect(await repo.getEvents(SEED_CASE_ID)).toEqual([]);
  });

  it('restores the preloaded case on request', async () => {
    await repo.ensureSeeded();
    await repo.deleteCase(SEED_CASE_ID);
    const restored = await repo.restoreSeedCase();
    expect(restored.ok).toBe(true);
    expect((await repo.getObservations(SEED_CASE_ID)).length).toBe(createSeedCase().observations.length);
  });

  it('refuses an invalid case with the field named and leaves the stored case untouched', async () => {
    await repo.ensureSeeded();
    const before = await repo.getCase(SEED_CASE_ID);
    const bad = createSeedCase();
    bad.title = 'Edited title';
    delete bad.observations[0]!.unit;
    const result = await repo.saveCase(bad);
    expect(result).toEqual({
      ok: false,
      problems: [{ where: 'observations[0].unit', message: 'a numeric value needs a unit' }],
    });
    expect(await repo.getCase(SEED_CASE_ID)).toEqual(before);
  });

  it('replaces all rows of a case when it is saved again', async () => {
    await repo.ensureSeeded();
    const edited = createSeedCase();
    edited.events = edited.events.filter((e) => !['dry-mouth', 'dry-eyes'].includes(e.id));
    expect((await repo.saveCase(edited)).ok).toBe(true);
    expect((await repo.getEvents(SEED_CASE_ID)).map((e) => e.id).sort()).toEqual(edited.events.map((e) => e.id).sort());
  });
});

describe('CaseRepository edits and undo', () => {
  it('commits an edit, undoes it and redoes it', async () => {
    await repo.ensureSeeded();
    const dose1 = (await repo.getEvents(SEED_CASE_ID)).find((e) => e.id === 'ofatumumab-dose-1')!;
    const moved = await repo.commitEdit(
      SEED_CASE_ID,
      { type: 'save-event', event: { ...dose1, start: { date: '2022-10-03', approximate: false } } },
      'Move dose 1',
    );
    expect(moved.ok).toBe(true);
    const outcomeDate = async () =>
      (await repo.getEvents(SEED_CASE_ID)).find((e) => e.id === 'outcome-2-weeks')?.start.date;
    expect(await outcomeDate()).toBe('2022-10-17');
    expect(await repo.historyState()).toEqual({ undoLabel: 'Move dose 1' });

    expect(await repo.undo()).toEqual({ ok: true, value: { caseId: SEED_CASE_ID, label: 'Move dose 1' } });
    expect(await outcomeDate()).toBe('2022-09-19');
    expect(await repo.getCase(SEED_CASE_ID)).toEqual(canonicalCase(createSeedCase()));
    expect(await repo.historyState()).toEqual({ redoLabel: 'Move dose 1' });

    await repo.redo();
    expect(await outcomeDate()).toBe('2022-10-17');
  });

  it('refuses an invalid edit and changes nothing, history included', async () => {
    await repo.ensureSeeded();
    const before = await repo.getCase(SEED_CASE_ID);
    const result = await repo.commitEdit(
      SEED_CASE_ID,
      {
        type: 'save-observation',
        observation: { id: 'x', analyte: 'CK', date: { date: '2022', approximate: false }, value: 5 },
      },
      'Bad',
    );
    expect(result.ok).toBe(false);
    expect(await repo.getCase(SEED_CASE_ID)).toEqual(before);
    expect(await repo.historyState()).toEqual({});
  });

  it('undoes a case delete, rows and all', async () => {
    await repo.ensureSeeded();
    expect((await repo.deleteCase(SEED_CASE_ID)).ok).toBe(true);
    expect(await repo.getCase(SEED_CASE_ID)).toBeUndefined();
    await repo.undo();
    expect(await repo.getCase(SEED_CASE_ID)).toEqual(canonicalCase(createSeedCase()));
  });

  it('undoes at least the last 50 changes, in order', async () => {
    await repo.ensureSeeded();
    const original = (await repo.getObservations(SEED_CASE_ID)).find((o) => o.id === 'ck-admission')!;
    for (let i = 1; i <= 60; i += 1) {
      const r = await repo.commitEdit(
        SEED_CASE_ID,
        { type: 'save-observation', observation: { ...original, value: 1000 + i } },
        `CK ${i}`,
      );
      expect(r.ok).toBe(true);
    }
    for (let i = 60; i >= 1; i -= 1) {
      expect(await repo.undo()).toEqual({ ok: true, value: { caseId: SEED_CASE_ID, label: `CK ${i}` } });
    }
    expect((await repo.getObservations(SEED_CASE_ID)).find((o) => o.id === 'ck-admission')?.value).toBe(1620);
  });

  it('drops the redo branch when a new change is made', async () => {
    await repo.ensureSeeded();
    await repo.commitEdit(SEED_CASE_ID, { type: 'delete-observation', observationId: 'ck-admission' }, 'Delete CK');
    await repo.undo();
    await repo.commitEdit(SEED_CASE_ID, { type: 'delete-observation', observationId: 'bnp-admission' }, 'Delete BNP');
    expect(await repo.historyState()).toEqual({ undoLabel: 'Delete BNP' });
    expect(await repo.redo()).toEqual({ ok: true, value: undefined });
  });

  it('keeps a draft until it is deleted', async () => {
    await repo.saveDraft({
      key: 'event:c:new',
      caseId: 'c',
      fields: { label: 'Pred', startApproximate: true },
      updatedAt: 'now',
    });
    expect((await repo.getDraft('event:c:new'))?.fields).toEqual({ label: 'Pred', startApproximate: true });
    await repo.deleteDraft('event:c:new');
    expect(await repo.getDraft('event:c:new')).toBeUndefined();
  });
});

describe('CaseRepository imports', () => {
  it('writes several cases as one change that one undo takes back', async () => {
    await repo.ensureSeeded();
    const edited = { ...createSeedCase(), title: 'Replaced by an import' };
    const other = { ...createSeedCase(), id: 'second-case', title: 'Second' };
    expect(await repo.importCases([edited, other], 'Import 2 cases')).toEqual({ ok: true, value: 2 });
    expect((await repo.listCases()).map((c) => c.title).sort()).toEqual(['Replaced by an import', 'Second']);
    await repo.undo();
    expect((await repo.listCases()).map((c) => c.title)).toEqual([createSeedCase().title]);
    expect(await repo.getObservations('second-case')).toEqual([]);
    expect(await repo.getEvents('second-case')).toEqual([]);
    await repo.redo();
    expect(await repo.getCase('second-case')).toEqual(canonicalCase(other));
  });

  it('writes nothing when a case was edited, created or deleted after the file was read', async () => {
    await repo.ensureSeeded();
    const seed = (await repo.getCase(SEED_CASE_ID))!;
    const extra = { ...seed.observations.find((o) => o.id === 'ck-admission')!, id: 'ck-imported', value: 999 };
    const plan = prepareImport('labs.csv', encodeLabsCsv([{ ...seed, observations: [extra] }]), { existing: [seed] });
    if (!plan.ok) throw new Error('the file should plan');

    // While the preview is open, the clinician deletes an observation from the same case.
    const edit = await repo.commitEdit(
      SEED_CASE_ID,
      { type: 'delete-observation', observationId: 'ck-admission' },
      'Delete CK',
    );
    expect(edit.ok).toBe(true);
    const cases = applyImportPlan(plan.value, { now: new Date().toISOString() });
    if (!cases.ok) throw new Error('the plan should apply');
    const written = await repo.importCases(cases.value, 'Import labs.csv', casesAsPlanned(plan.value, cases.value));

    expect(written.ok).toBe(false);
    if (!written.ok) expect(written.problems[0]?.where).toBe(`case "${SEED_CASE_ID}"`);
    const observations = await repo.getObservations(SEED_CASE_ID);
    expect(observations.some((o) => o.id === 'ck-admission')).toBe(false);
    expect(observations.some((o) => o.id === 'ck-imported')).toBe(false);
    expect(await repo.historyState()).toEqual({ undoLabel: 'Delete CK' });

    // Read again, the same file imports on top of the edit.
    const again = prepareImport('labs.csv', encodeLabsCsv([{ ...seed, observations: [extra] }]), {
      existing: [(await repo.getCase(SEED_CASE_ID))!],
    });
    if (!again.ok) throw new Error('the file should plan');
    const fresh = applyImportPlan(again.value, { now: new Date().toISOString() });
    if (!fresh.ok) throw new Error('the plan should apply');
    expect((await repo.importCases(fresh.value, 'Import', casesAsPlanned(again.value, fresh.value))).ok).toBe(true);
    const now = await repo.getObservations(SEED_CASE_ID);
    expect(now.some((o) => o.id === 'ck-imported')).toBe(true);
    expect(now.some((o) => o.id === 'ck-admission')).toBe(false);
  });
});

/** A database as an older version of the app left it: one record per event and per observation. */
async function writeOldLayout(name: string, version: number, stores: Record<string, string>, cases: Case[]) {
  const { Dexie } = await import('dexie');
  const old = new Dexie(name);
  old.version(version).stores(stores);
  for (const c of cases) {
    const { events, observations, ...header } = c;
    await old.table('cases').put(header);
    await old.table('events').bulkPut(events.map((e) => ({ ...e, caseId: c.id })));
    await old.table('observations').bulkPut(observations.map((o) => ({ ...o, caseId: c.id })));
  }
  await old.table('meta').put({ key: 'seed-case-installed', value: 'then' });
  old.close();
}

describe('stored layout versions', () => {
  it('keeps the data of a database written by an older version of the app', async () => {
    const seed = createSeedCase();
    await writeOldLayout(
      'layout-v1',
      1,
      {
        cases: 'id, updatedAt',
        events: '[caseId+id], caseId',
        observations: '[caseId+id], caseId, [caseId+analyte]',
        meta: 'key',
      },
      [seed],
    );
    const upgraded = new CaseRepository('layout-v1');
    await upgraded.ensureSeeded();
    expect(await upgraded.getCase(seed.id)).toEqual(canonicalCase(seed));
    upgraded.close();
  });

  it('moves the rows of a layout-3 database into buckets, every case whole, and drops the old tables', async () => {
    const seed = createSeedCase();
    const second = { ...createSeedCase(), id: 'second-case', title: 'Second' };
    await writeOldLayout(
      'layout-v3',
      3,
      {
        cases: 'id, updatedAt',
        events: '[caseId+id], caseId',
        observations: '[caseId+id], caseId',
        meta: 'key',
        drafts: 'key, caseId',
        changes: '++seq, undone, caseId',
      },
      [seed, second],
    );
    const upgraded = new CaseRepository('layout-v3');
    await upgraded.ensureSeeded();
    expect(await upgraded.getCase(seed.id)).toEqual(canonicalCase(seed));
    expect(await upgraded.getCase(second.id)).toEqual(canonicalCase(second));
    upgraded.close();
    const { Dexie } = await import('dexie');
    const reopened = new Dexie('layout-v3');
    await reopened.open();
    expect(reopened.tables.map((t) => t.name).sort()).toEqual(
      ['cases', 'changes', 'drafts', 'eventBuckets', 'meta', 'observationBuckets', 'sources'].sort(),
    );
    reopened.close();
  });
});

describe('a case stored before the text limits', () => {
  async function storeLongTitle(name: string, title: string) {
    // As an older version of the app could have stored it: straight into the table, unchecked.
    const raw = new Dexie(name);
    await raw.open();
    await raw.table('cases').update(SEED_CASE_ID, { title });
    raw.close();
  }

  it('still loads whole, is flagged by field, and is not changed by an edit that the limit refuses', async () => {
    const name = `stored-over-limit-${dbCount}`;
    const old = new CaseRepository(name);
    await old.ensureSeeded();
    const long = 'T'.repeat(600);
    await storeLongTitle(name, long);

    const stored = await old.getCase(SEED_CASE_ID);
    expect(stored?.title).toBe(long);
    expect(stored?.observations.length).toBe(createSeedCase().observations.length);
    expect(storedDetailsProblems(stored!)).toEqual([
      { where: 'title', message: 'title is 600 characters long; at most 500 are allowed' },
    ]);

    const edit = await old.commitEdit(
      SEED_CASE_ID,
      { type: 'delete-observation', observationId: 'bnp-admission' },
      'Delete BNP',
    );
    expect(!edit.ok && edit.problems).toContainEqual({
      where: 'title',
      message: 'title is 600 characters long; at most 500 are allowed',
    });
    expect((await old.getCase(SEED_CASE_ID))?.title).toBe(long);
    old.close();
  });
});

/**
 * A database of an older layout as the app of that time left it: cases of an older schema in row
 * buckets, and an undo history. Layout 4 held schema-1 cases, layout 5 schema-2 cases (and sources).
 */
async function writeLayoutWithHistory(name: string, layout: 4 | 5, cases: Case[]) {
  const schemaVersion = layout === 4 ? 1 : 2;
  const old = new Dexie(name);
  old.version(layout).stores({
    cases: 'id, updatedAt',
    meta: 'key',
    drafts: 'key, caseId',
    changes: '++seq, undone, caseId',
    eventBuckets: '[caseId+bucket]',
    observationBuckets: '[caseId+bucket]',
    ...(layout === 5 ? { sources: 'fingerprint' } : {}),
  });
  const stored = (c: Case) => {
    const { events: _events, observations: _observations, ...header } = c;
    return { ...header, schemaVersion };
  };
  for (const c of cases) {
    await old.table('cases').put(stored(c));
    await writeRows(old.table('eventBuckets') as BucketTable<TimelineEvent>, c.id, c.events, []);
    await writeRows(old.table('observationBuckets') as BucketTable<Observation>, c.id, c.observations, []);
  }
  const first = cases[0]!;
  const renamed = { ...stored(first), title: 'Renamed' };
  await old.table('cases').put(renamed);
  await old.table('changes').add({
    caseId: first.id,
    label: 'Rename',
    at: 'then',
    undone: 0,
    changes: { header: { before: stored(first), after: renamed }, events: [], observations: [] },
  });
  await old.table('meta').put({ key: 'seed-case-installed', value: 'then' });
  await old
    .table('drafts')
    .put({ key: `event:${first.id}:new`, caseId: first.id, fields: { label: 'half' }, updatedAt: 'then' });
  old.close();
}

/** A case as schema 2 could hold it: nobody's name on a row, no abstractors. */
function withoutWho(c: Case): Case {
  const { abstractors: _abstractors, reconciliation: _reconciliation, ...rest } = c;
  return {
    ...rest,
    diagnoses: c.diagnoses.map(withoutProvenance),
    events: c.events.map(withoutProvenance),
    observations: c.observations.map(withoutProvenance),
  };
}

/** A case as schema 1 could hold it: no evidence, no sources either. */
function withoutEvidence(c: Case): Case {
  const { sources: _sources, ...rest } = withoutWho(c);
  return {
    ...rest,
    diagnoses: rest.diagnoses.map(({ evidence: _e, ...d }) => d),
    events: rest.events.map(({ evidence: _e, ...e }) => e),
    observations: rest.observations.map(({ evidence: _e, ...o }) => o),
  };
}

describe.each([
  { layout: 4 as const, schema: 1, older: withoutEvidence },
  { layout: 5 as const, schema: 2, older: withoutWho },
])('layout 6 from layout $layout', ({ layout, schema, older }) => {
  it(`opens a layout-${layout} database (schema ${schema}) with every case and row intact, at schema version 3, its history and drafts kept`, async () => {
    const name = `layout-v${layout}`;
    const seed = older(createSeedCase());
    const second = { ...seed, id: 'second-case', title: 'Second' };
    await writeLayoutWithHistory(name, layout, [seed, second]);
    const upgraded = new CaseRepository(name);
    await upgraded.ensureSeeded();
    expect(await upgraded.getCase(second.id)).toEqual(canonicalCase(second));
    expect(await upgraded.getCase(seed.id)).toEqual({ ...canonicalCase(seed), title: 'Renamed' });
    expect((await upgraded.listCases()).map((c) => c.schemaVersion)).toEqual([3, 3]);
    expect(await upgraded.getDraft(`event:${seed.id}:new`)).toMatchObject({ fields: { label: 'half' } });

    // Nothing invented: the stored rows still say nothing of who made them.
    const rows = await upgraded.getCase(seed.id);
    expect(rows?.abstractors).toBeUndefined();
    for (const row of [...(rows?.diagnoses ?? []), ...(rows?.events ?? []), ...(rows?.observations ?? [])]) {
      expect(withoutProvenance(row)).toEqual(row);
    }

    // The history's copies were upgraded too: undo puts back a version-3 case.
    expect(await upgraded.undo()).toEqual({ ok: true, value: { caseId: seed.id, label: 'Rename' } });
    expect(await upgraded.getCase(seed.id)).toEqual(canonicalCase(seed));
    expect((await upgraded.getCaseHeader(seed.id))?.schemaVersion).toBe(3);
    upgraded.close();

    const reopened = new Dexie(name);
    await reopened.open();
    expect(reopened.verno).toBe(6);
    expect(reopened.tables.map((t) => t.name).sort()).toEqual(
      ['cases', 'changes', 'drafts', 'eventBuckets', 'meta', 'observationBuckets', 'sources'].sort(),
    );
    expect(await reopened.table('sources').count()).toBe(0);
    reopened.close();
  });
});

const SOURCE: SourceDocument = {
  fingerprint: 'b'.repeat(64),
  normaliserVersion: 1,
  name: 'report.txt',
  kind: 'text',
  text: 'On admission CK was 20,000 U/L.',
  parts: [],
};

describe('CaseRepository sources', () => {
  it('keeps a source document by fingerprint, once, outside every case and the undo history', async () => {
    await repo.ensureSeeded();
    const before = await repo.getCase(SEED_CASE_ID);
    expect(await repo.getSource(SOURCE.fingerprint)).toBeUndefined();
    await repo.saveSource(SOURCE);
    await repo.saveSource({ ...SOURCE, name: 'the same text again.txt' });
    expect(await repo.getSource(SOURCE.fingerprint)).toEqual(SOURCE);
    expect(await repo.getCase(SEED_CASE_ID)).toEqual(before);
    expect(await repo.historyState()).toEqual({});
  });

  it('lists a source in a case through an undoable edit, replacing one listed by the same fingerprint', async () => {
    await repo.ensureSeeded();
    const listedBefore = (await repo.getCaseHeader(SEED_CASE_ID))?.sources ?? [];
    const source = {
      fingerprint: SOURCE.fingerprint,
      name: 'evidence.csv',
      kind: 'text' as const,
      normaliserVersion: 1,
    };
    expect((await repo.commitEdit(SEED_CASE_ID, { type: 'add-source', source }, 'Add source')).ok).toBe(true);
    const named = { ...source, name: 'report.txt' };
    expect((await repo.commitEdit(SEED_CASE_ID, { type: 'add-source', source: named }, 'Open report.txt')).ok).toBe(
      true,
    );
    expect((await repo.getCaseHeader(SEED_CASE_ID))?.sources).toEqual([...listedBefore, named]);

    const first = (await repo.getEvents(SEED_CASE_ID))[0]!;
    const anchored = { ...first, evidence: [{ source: SOURCE.fingerprint, start: 13, end: 15, quote: 'CK' }] };
    expect((await repo.commitEdit(SEED_CASE_ID, { type: 'save-event', event: anchored }, 'Cite')).ok).toBe(true);
    expect((await repo.getEvents(SEED_CASE_ID)).find((e) => e.id === first.id)?.evidence).toEqual(anchored.evidence);

    await repo.undo();
    await repo.undo();
    expect((await repo.getCaseHeader(SEED_CASE_ID))?.sources).toEqual([...listedBefore, source]);
    await repo.undo();
    expect((await repo.getCaseHeader(SEED_CASE_ID))?.sources ?? []).toEqual(listedBefore);
  });

  it('refuses evidence into a source the case does not list, and stores nothing', async () => {
    await repo.ensureSeeded();
    const first = (await repo.getEvents(SEED_CASE_ID))[0]!;
    const anchored = { ...first, evidence: [{ source: 'c'.repeat(64), start: 0, end: 2 }] };
    const result = await repo.commitEdit(SEED_CASE_ID, { type: 'save-event', event: anchored }, 'Cite');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/not in the case's sources/);
    expect((await repo.getEvents(SEED_CASE_ID)).find((e) => e.id === first.id)).toEqual(first);
  });
});

describe('CaseRepository dismissed suggestions', () => {
  const ck = { start: 13, end: 30, kind: 'observation' as const };
  const event = { start: 0, end: 12, kind: 'event' as const };

  it('keeps them on the source’s record, once each, and shows them again on request', async () => {
    await repo.saveSource(SOURCE);
    expect(await repo.getDismissedSuggestions(SOURCE.fingerprint)).toEqual([]);
    expect(await repo.setSuggestionsDismissed(SOURCE.fingerprint, [ck, ck], true)).toEqual({ ok: true, value: [ck] });
    await repo.setSuggestionsDismissed(SOURCE.fingerprint, [ck, event], true);
    expect(await repo.getDismissedSuggestions(SOURCE.fingerprint)).toEqual([ck, event]);
    // The same span as another kind is another suggestion.
    expect(await repo.setSuggestionsDismissed(SOURCE.fingerprint, [{ ...ck, kind: 'event' }], false)).toEqual({
      ok: true,
      value: [ck, event],
    });
    await repo.setSuggestionsDismissed(SOURCE.fingerprint, [ck], false);
    expect(await repo.getDismissedSuggestions(SOURCE.fingerprint)).toEqual([event]);
    // The text beside them is untouched, and no case's history knows of them.
    expect(await repo.getSource(SOURCE.fingerprint)).toMatchObject(SOURCE);
    expect(await repo.historyState()).toEqual({});
  });

  it('survive a reopening of the database, and a second save of the same text', async () => {
    await repo.saveSource(SOURCE);
    await repo.setSuggestionsDismissed(SOURCE.fingerprint, [ck], true);
    repo.close();
    repo = new CaseRepository(`test-db-${dbCount}`);
    await repo.saveSource({ ...SOURCE, name: 'again.txt' });
    expect(await repo.getDismissedSuggestions(SOURCE.fingerprint)).toEqual([ck]);
  });

  it('give back only what reads as a dismissal from a damaged record', async () => {
    await repo.saveSource(SOURCE);
    repo.close();
    const raw = new Dexie(`test-db-${dbCount}`);
    await raw.open();
    await raw.table('sources').update(SOURCE.fingerprint, {
      dismissedSuggestions: [ck, { start: 5, end: 2, kind: 'event' }, 'x', { ...event, extra: 1 }],
    });
    raw.close();
    repo = new CaseRepository(`test-db-${dbCount}`);
    expect(await repo.getDismissedSuggestions(SOURCE.fingerprint)).toEqual([ck]);
  });

  it('are refused for a source never stored here', async () => {
    const result = await repo.setSuggestionsDismissed('c'.repeat(64), [ck], true);
    expect(result.ok).toBe(false);
    expect(await repo.getDismissedSuggestions('c'.repeat(64))).toEqual([]);
  });
});

describe('who made each row', () => {
  const lab = (id: string, value: number): Observation => ({
    id,
    analyte: 'C-reactive protein',
    date: { date: '2022-09', approximate: false },
    value,
    unit: 'mg/L',
  });
  const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

  it('keeps the abstractor’s name, trimmed, and refuses one it cannot keep without forgetting the last', async () => {
    expect(await repo.getAbstractor()).toBeUndefined();
    expect(await repo.setAbstractor('  A. B. ')).toEqual({ ok: true, value: 'A. B.' });
    expect(await repo.setAbstractor(' ')).toEqual({
      ok: false,
      problems: [{ where: 'name', message: 'name is empty' }],
    });
    expect(await repo.getAbstractor()).toBe('A. B.');
  });

  it('signs an edit with the name kept at the time, and stamps it in UTC', async () => {
    await repo.ensureSeeded();
    await repo.commitEdit(SEED_CASE_ID, { type: 'save-observation', observation: lab('crp-1', 5) }, 'Add lab');
    await repo.setAbstractor('A. B.');
    await repo.commitEdit(SEED_CASE_ID, { type: 'save-observation', observation: lab('crp-2', 6) }, 'Add lab');
    const rows = await repo.getObservations(SEED_CASE_ID);
    const unsigned = rows.find((o) => o.id === 'crp-1')!;
    expect(unsigned.createdAt).toMatch(iso);
    expect(unsigned).not.toHaveProperty('createdBy');
    expect(rows.find((o) => o.id === 'crp-2')).toMatchObject({ createdBy: 'A. B.', changedBy: 'A. B.' });
    expect((await repo.getCaseHeader(SEED_CASE_ID))?.abstractors).toEqual(['Case Abstractor (preloaded)', 'A. B.']);
  });

  it('signs the diagnoses of a case made in the form, and lists its abstractor', async () => {
    await repo.setAbstractor('A. B.');
    const at = '2026-12-03T07:00:00.000Z';
    const created = await repo.createCase(
      {
        schemaVersion: 3,
        id: 'new-case',
        title: 'New',
        citation: {},
        patient: { sex: 'female' },
        diagnoses: [{ id: 'd1', label: 'Myositis', criteria: [] }],
        events: [],
        observations: [],
        createdAt: at,
        updatedAt: at,
      },
      { asAbstractor: true },
    );
    expect(created.ok).toBe(true);
    const header = await repo.getCaseHeader('new-case');
    expect(header?.abstractors).toEqual(['A. B.']);
    expect(header?.diagnoses[0]).toMatchObject({
      createdBy: 'A. B.',
      createdAt: at,
      changedBy: 'A. B.',
      changedAt: at,
    });
  });

  it('keeps the stamps a copy or an import brings, inventing none', async () => {
    const seed = createSeedCase();
    const plain = { ...seed, id: 'plain', events: seed.events.map(withoutProvenance) };
    await repo.setAbstractor('A. B.');
    expect((await repo.createCase(plain)).ok).toBe(true);
    expect(await repo.getEvents('plain')).toEqual(expect.arrayContaining(plain.events));
    expect((await repo.getEvents('plain')).some((e) => 'createdBy' in e)).toBe(false);
  });

  it('gives a row’s history from the change log, newest first, with who, when and which fields', async () => {
    await repo.ensureSeeded();
    await repo.setAbstractor('A. B.');
    await repo.commitEdit(SEED_CASE_ID, { type: 'save-observation', observation: lab('crp-1', 5) }, 'Add lab');
    await repo.setAbstractor('C. D.');
    await repo.commitEdit(
      SEED_CASE_ID,
      { type: 'save-observation', observation: { ...lab('crp-1', 7), notes: 'Re-read.' } },
      'Edit lab',
    );
    await repo.commitEdit(SEED_CASE_ID, { type: 'save-observation', observation: lab('other', 1) }, 'Add lab');
    await repo.commitEdit(SEED_CASE_ID, { type: 'delete-observation', observationId: 'crp-1' }, 'Delete lab');
    await repo.undo();

    const history = await repo.rowHistory(SEED_CASE_ID, 'observations', 'crp-1');
    expect(history.map(({ what, by, label, fields, undone }) => ({ what, by, label, fields, undone }))).toEqual([
      { what: 'deleted', by: 'C. D.', label: 'Delete lab', fields: [], undone: true },
      { what: 'changed', by: 'C. D.', label: 'Edit lab', fields: ['value', 'notes'], undone: false },
      { what: 'created', by: 'A. B.', label: 'Add lab', fields: [], undone: false },
    ]);
    for (const entry of history) expect(entry.at).toMatch(iso);
    // Another case's change of a row with the same id is not this row's.
    expect(await repo.rowHistory('another-case', 'observations', 'crp-1')).toEqual([]);
  });

  it('finds a row’s change in an import of several cases, logged under the first, signed as the writer asks', async () => {
    await repo.ensureSeeded();
    await repo.setAbstractor('A. B.');
    const seed = createSeedCase();
    const second = { ...seed, id: 'second-case', title: 'Second' };
    expect((await repo.createCase(second)).ok).toBe(true);
    const ck = second.observations[0]!;
    const changed = { ...second, observations: [{ ...ck, value: 12 }, ...second.observations.slice(1)] };
    expect((await repo.importCases([seed, changed], 'Import 2 cases', undefined, 'R. R.')).ok).toBe(true);

    const history = await repo.rowHistory('second-case', 'observations', ck.id);
    expect(history).toMatchObject([
      { what: 'changed', by: 'R. R.', label: 'Import 2 cases', fields: ['value'] },
      { what: 'created' },
    ]);
    // The first case's row of the same id was written unchanged by the same import.
    expect(await repo.rowHistory(SEED_CASE_ID, 'observations', ck.id)).toEqual([]);
  });

  it('takes the stamps and the listed abstractor back with an undo, and brings them again with a redo', async () => {
    await repo.ensureSeeded();
    await repo.setAbstractor('A. B.');
    const seed = createSeedCase();
    const typed = withoutProvenance(seed.observations[0]!);
    await repo.commitEdit(SEED_CASE_ID, { type: 'save-observation', observation: { ...typed, notes: 'x' } }, 'Edit');
    const edited = await repo.getRow(SEED_CASE_ID, 'observations', typed.id);
    expect(edited).toMatchObject({ changedBy: 'A. B.', createdBy: 'Case Abstractor (preloaded)' });
    await repo.undo();
    expect(await repo.getRow(SEED_CASE_ID, 'observations', typed.id)).toEqual(seed.observations[0]);
    expect((await repo.getCaseHeader(SEED_CASE_ID))?.abstractors).toEqual(seed.abstractors);
    await repo.redo();
    expect(await repo.getRow(SEED_CASE_ID, 'observations', typed.id)).toEqual(edited);
    expect((await repo.getCaseHeader(SEED_CASE_ID))?.abstractors).toEqual([...seed.abstractors!, 'A. B.']);
  });

  it('gives a diagnosis’s history from the headers the log keeps', async () => {
    await repo.ensureSeeded();
    await repo.setAbstractor('A. B.');
    const seed = createSeedCase();
    const { title, citation, patient } = seed;
    const diagnoses = seed.diagnoses.map((d, i) =>
      i === 1 ? { ...withoutProvenance(d), notes: 'Edited.' } : withoutProvenance(d),
    );
    await repo.commitEdit(
      SEED_CASE_ID,
      { type: 'save-details', details: { title, citation, patient, diagnoses } },
      'Edit details',
    );
    const history = await repo.rowHistory(SEED_CASE_ID, 'diagnoses', seed.diagnoses[1]!.id);
    expect(history).toMatchObject([{ what: 'changed', by: 'A. B.', fields: ['notes'] }]);
    expect(await repo.rowHistory(SEED_CASE_ID, 'diagnoses', seed.diagnoses[0]!.id)).toEqual([]);
  });
});

describe('getRow', () => {
  it('gives one stored row of any kind by id, and undefined for one that is not there', async () => {
    await repo.ensureSeeded();
    const seed = createSeedCase();
    expect(await repo.getRow(SEED_CASE_ID, 'events', seed.events[3]!.id)).toEqual(seed.events[3]);
    expect(await repo.getRow(SEED_CASE_ID, 'observations', seed.observations[2]!.id)).toEqual(seed.observations[2]);
    expect(await repo.getRow(SEED_CASE_ID, 'diagnoses', seed.diagnoses[1]!.id)).toEqual(seed.diagnoses[1]);
    expect(await repo.getRow(SEED_CASE_ID, 'events', 'no-such-row')).toBeUndefined();
    expect(await repo.getRow('no-such-case', 'diagnoses', seed.diagnoses[1]!.id)).toBeUndefined();
  });
});
