import { describe, expect, it } from 'vitest';
import { createSeedCase } from '../seed/seed-case';
import { validateCase, validateObservation } from './validate';
import { cleanText, forbiddenCharacter, invisibleCharacterNotices, TEXT_LIMITS } from './text';

const seed = createSeedCase();
const lab = seed.observations[0]!;
const withFirst = <T>(rows: T[], change: Partial<T>) => rows.map((r, i) => (i === 0 ? { ...r, ...change } : r));

describe('text limits', () => {
  it.each([
    ['title', TEXT_LIMITS.title, (t: string) => ({ ...seed, title: t })],
    ['citation.title', TEXT_LIMITS.title, (t: string) => ({ ...seed, citation: { ...seed.citation, title: t } })],
    ['citation.journal', TEXT_LIMITS.name, (t: string) => ({ ...seed, citation: { ...seed.citation, journal: t } })],
    ['observations[0].analyte', TEXT_LIMITS.name, (t: string) => ({ ...seed, observations: [{ ...lab, analyte: t }] })],
    ['events[0].label', TEXT_LIMITS.name, (t: string) => ({ ...seed, events: withFirst(seed.events, { label: t }) })],
    ['events[0].notes', TEXT_LIMITS.note, (t: string) => ({ ...seed, events: withFirst(seed.events, { notes: t }) })],
  ])('takes %s of %i characters and refuses one more, naming the field and the limit', (where, limit, make) => {
    expect(validateCase(make('x'.repeat(limit))).ok).toBe(true);
    const refused = validateCase(make('x'.repeat(limit + 1)));
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.problems).toContainEqual({
        where,
        message: expect.stringMatching(
          new RegExp(`is ${(limit + 1).toLocaleString('en')} characters long; at most ${limit.toLocaleString('en')}`),
        ),
      });
    }
  });

  it('refuses a 50 MB title on its length alone, without quoting it', () => {
    const refused = validateCase({ ...seed, title: 'A'.repeat(50_000_000) });
    expect(refused).toEqual({
      ok: false,
      problems: [{ where: 'title', message: 'title is 50,000,000 characters long; at most 500 are allowed' }],
    });
  });

  it('has a limit for quotes from the source, for the source issue to come', () => {
    expect(TEXT_LIMITS.quote).toBe(2_000);
  });
});

describe('character rules', () => {
  it('refuses NUL in an analyte, saying where in the text it is', () => {
    const refused = validateObservation({ ...lab, analyte: 'Creatine\u0000kinase\u0000(CK)' });
    expect(refused).toEqual({
      ok: false,
      problems: [{ where: 'analyte', message: 'analyte has the control character U+0000 at character 9: remove it' }],
    });
  });

  it.each([
    ['a C1 control (U+0085, next line)', 'CK\u0085total', /U\+0085 at character 3/],
    ['a tab', 'CK\ttotal', /U\+0009 at character 3/],
    ['a line break', 'CK\ntotal', /U\+000A at character 3/],
    ['DEL', 'CK\u007F', /U\+007F at character 3/],
  ])('refuses %s in a name', (_what, analyte, message) => {
    const refused = validateObservation({ ...lab, analyte });
    expect(!refused.ok && refused.problems[0]?.message).toMatch(message);
  });

  it('lets tabs and line ends into notes, and no other control character', () => {
    expect(validateObservation({ ...lab, notes: 'line one\r\n\tline two\n' }).ok).toBe(true);
    const refused = validateObservation({ ...lab, notes: 'bell\u0007' });
    expect(!refused.ok && refused.problems[0]).toEqual({
      where: 'notes',
      message:
        'notes has the control character U+0007 at character 5 (only tab and line breaks are allowed): remove it',
    });
  });

  it('refuses a lone surrogate, and takes a whole astral character', () => {
    const refused = validateObservation({ ...lab, analyte: 'CK \uD83D' });
    expect(!refused.ok && refused.problems[0]?.message).toMatch(/lone surrogate U\+D83D\) at character 4/);
    expect(validateObservation({ ...lab, notes: 'Fig. \uD83D\uDCC8' }).ok).toBe(true);
    expect(forbiddenCharacter('\uDC00x', 'note')).toMatch(/lone surrogate U\+DC00\) at character 1/);
  });

  it('removes zero-width and other invisible format characters from names', () => {
    const analyte = 'Creatine\u200B kinase\u00AD (CK)\u2060\uFEFF';
    const accepted = validateObservation({ ...lab, analyte });
    expect(accepted.ok && accepted.value.analyte).toBe('Creatine kinase (CK)');
  });

  it('composes names to NFC, so that "é" typed two ways is one name', () => {
    const decomposed = 'Ge\u0301ne\u0301ral'; // e + combining acute
    const accepted = validateObservation({ ...lab, analyte: decomposed });
    expect(accepted.ok && accepted.value.analyte).toBe('Général');
    expect(cleanText(decomposed)).toBe(cleanText('Général'));
  });

  it('lets a DOI hold no control character', () => {
    const refused = validateCase({ ...seed, citation: { ...seed.citation, doi: '10.1234/ab\u0000c' } });
    expect(!refused.ok && refused.problems[0]?.where).toBe('citation.doi');
  });
});

describe('invisibleCharacterNotices', () => {
  it('says the line and column of each invisible character, raw or as a JSON escape', () => {
    expect(invisibleCharacterNotices('\uFEFFa,b\nCK\u200B,1\n{"x": "y\\u00ad"}')).toEqual([
      { where: '2:3', message: expect.stringContaining('invisible character (U+200B) was removed') },
      { where: '3:9', message: expect.stringContaining('invisible character (U+00AD) was removed') },
    ]);
  });

  it('passes over other escapes and a leading byte order mark', () => {
    expect(invisibleCharacterNotices('\uFEFF{"a": "\\u0041\\n"}')).toEqual([]);
  });
});
