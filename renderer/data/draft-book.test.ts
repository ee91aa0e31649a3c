// The drafts in memory over the repository (fake-indexeddb): read a case at a time, written through,
// never rolled back by a read that was under way when a newer draft was written.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseRepository, type DraftRow } from './case-repository';
import { DraftBook, restoreDraft } from './draft-book';

let repo: CaseRepository;
let book: DraftBook;
let dbCount = 0;

beforeEach(() => {
  dbCount += 1;
  repo = new CaseRepository(`draft-book-test-${dbCount}`);
  book = new DraftBook(repo);
});
afterEach(() => repo.close());

const draft = (key: string, caseId: string, fields: DraftRow['fields']): DraftRow => ({
  key,
  caseId,
  fields,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('DraftBook', () => {
  it('holds a case’s drafts in memory once read, and only that case’s', async () => {
    await repo.saveDraft(draft('event:a:new', 'a', { label: 'Rituximab' }));
    await repo.saveDraft(draft('observation:a:new', 'a', { analyte: 'Ferritin' }));
    await repo.saveDraft(draft('event:b:new', 'b', { label: 'IVIG' }));
    expect(book.isLoaded('a')).toBe(false);
    expect(book.fieldsOf('event:a:new')).toBeUndefined();

    expect(await book.load('a')).toEqual({ ok: true, value: undefined });
    expect(book.isLoaded('a')).toBe(true);
    expect(book.fieldsOf('event:a:new')).toEqual({ label: 'Rituximab' });
    expect(book.fieldsOf('observation:a:new')).toEqual({ analyte: 'Ferritin' });
    expect(book.isLoaded('b')).toBe(false);
    expect(book.fieldsOf('event:b:new')).toBeUndefined();
  });

  it('answers from memory at once after a save, and stores the draft', async () => {
    await book.load('a');
    const saved = book.save(draft('event:a:new', 'a', { label: 'Pred', startApproximate: true }));
    expect(book.fieldsOf('event:a:new')).toEqual({ label: 'Pred', startApproximate: true });
    await saved;
    expect((await repo.getDraft('event:a:new'))?.fields).toEqual({ label: 'Pred', startApproximate: true });
  });

  it('forgets a deleted draft in memory and in storage', async () => {
    await book.save(draft('event:a:new', 'a', { label: 'Pred' }));
    await book.delete('event:a:new');
    expect(book.fieldsOf('event:a:new')).toBeUndefined();
    expect(await repo.getDraft('event:a:new')).toBeUndefined();
  });

  it('reads the case again when it opens again: drafts deleted with the case do not come back', async () => {
    await book.save(draft('event:a:new', 'a', { label: 'Pred' }));
    await book.load('a');
    await repo.deleteDraft('event:a:new'); // as deleting the case does
    await book.load('a');
    expect(book.fieldsOf('event:a:new')).toBeUndefined();
  });

  it('keeps a draft written while the case was being read, rather than the older stored one', async () => {
    await repo.saveDraft(draft('event:a:new', 'a', { label: 'Rituximab' }));
    const loading = book.load('a');
    const newer = book.save(draft('event:a:new', 'a', { label: 'Rituximab 375' }));
    const gone = book.delete('observation:a:new');
    await Promise.all([loading, newer, gone]);
    expect(book.fieldsOf('event:a:new')).toEqual({ label: 'Rituximab 375' });
    await repo.saveDraft(draft('observation:a:new', 'a', { analyte: 'Ferritin' }));
    await book.load('a');
    expect(book.fieldsOf('observation:a:new')).toEqual({ analyte: 'Ferritin' });
  });

  it('opens a case whose drafts cannot be read with none, and says why', async () => {
    const broken = new DraftBook({
      getCaseDrafts: () => Promise.reject(new Error('QuotaExceededError')),
      saveDraft: () => Promise.resolve(),
      deleteDraft: () => Promise.resolve(),
    });
    expect(await broken.load('a')).toEqual({
      ok: false,
      problems: [{ where: 'drafts', message: 'could not read the stored drafts (QuotaExceededError)' }],
    });
    expect(broken.isLoaded('a')).toBe(true);
    expect(broken.fieldsOf('event:a:new')).toBeUndefined();
  });
});

describe('restoreDraft', () => {
  const blank = { kind: 'symptom', label: '', start: '', startApproximate: false };

  it('puts the stored draft over the blank form', () => {
    expect(restoreDraft(blank, { kind: 'treatment', label: 'Rituximab', startApproximate: true })).toEqual({
      kind: 'treatment',
      label: 'Rituximab',
      start: '',
      startApproximate: true,
    });
  });

  it('is the blank form when there is no draft', () => {
    expect(restoreDraft(blank, undefined)).toBe(blank);
  });

  it('leaves out stored fields the form does not have, or of another type', () => {
    expect(restoreDraft(blank, { label: 'Rituximab', dose: '375', start: true, startApproximate: 'yes' })).toEqual({
      ...blank,
      label: 'Rituximab',
    });
  });
});
