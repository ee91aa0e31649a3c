import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSeedCase } from '../seed/seed-case';
import { caseAnalytes } from './identity';
import { suggestAnalytes } from './suggest';

const names = (list: { name: string }[]) => list.map((s) => s.name);
const named = (...spellings: string[]) => caseAnalytes(spellings.map((analyte) => ({ analyte })));

describe('suggestAnalytes', () => {
  const seedAnalytes = caseAnalytes(createSeedCase().observations);

  it('puts the case’s own analytes first, with the code of the lab they name', () => {
    const suggestions = suggestAnalytes('ck-m', seedAnalytes, 12);
    expect(suggestions[0]).toEqual({ name: 'CK-MB', loinc: '13969-1', unit: 'ug/L', source: 'case' });
    // Built-in CK and CK-MB are already in the case under its own spelling.
    expect(suggestAnalytes('ck', seedAnalytes, 12).filter((s) => s.source === 'built-in' && /CK/.test(s.name))).toEqual(
      [],
    );
  });

  it.each(['CK', 'CPK', 'ck', 'creatine kinase', 'Creatine Kinase (CK)', 'creatine phosphokinase'])(
    'offers the case’s “Creatine kinase (CK)” first for %j',
    (typed) => {
      expect(suggestAnalytes(typed, seedAnalytes, 12)[0]).toEqual({
        name: 'Creatine kinase (CK)',
        loinc: '2157-6',
        unit: 'U/L',
        source: 'case',
      });
    },
  );

  it('finds a case analyte by the built-in lab’s names too', () => {
    expect(suggestAnalytes('phospho', seedAnalytes, 3)[0]?.name).toBe('Creatine kinase (CK)');
    expect(names(suggestAnalytes('ejection', named('LVEF'), 3))).toEqual(['LVEF']);
  });

  it('matches built-in labs by prefix, then word, then anywhere in the name', () => {
    expect(names(suggestAnalytes('tropo', [], 5))).toEqual(['Troponin I (TnI)', 'Troponin T (TnT)']);
    expect(names(suggestAnalytes('bilirubin', [], 5))).toEqual(['Total bilirubin', 'Direct bilirubin']);
    expect(names(suggestAnalytes('kinase', [], 5))).toEqual(['Creatine kinase (CK)', 'Creatine kinase MB (CK-MB)']);
    expect(names(suggestAnalytes('protein', [], 3))).toEqual([
      'Total protein (TP)',
      'C-reactive protein (CRP)',
      'High-sensitivity CRP (hs-CRP)',
    ]);
  });

  it('matches abbreviations and synonyms', () => {
    expect(suggestAnalytes('SGPT', [], 3)[0]).toEqual({
      name: 'Alanine aminotransferase (ALT)',
      loinc: '1742-6',
      unit: 'U/L',
      source: 'built-in',
    });
    expect(names(suggestAnalytes('leukocytes', [], 3))).toEqual(['White blood cells (WBC)']);
    expect(names(suggestAnalytes('LVEF', [], 3))).toEqual(['Left ventricular ejection fraction (LVEF)']);
  });

  it('offers the case’s analytes, then the built-in list, for an empty query', () => {
    const suggestions = suggestAnalytes('', named('Schirmer test, left eye', 'CK'), 4);
    expect(suggestions).toEqual([
      { name: 'Schirmer test, left eye', unit: 'mm', source: 'case' },
      { name: 'CK', loinc: '2157-6', unit: 'U/L', source: 'case' },
      { name: 'Creatine kinase MB (CK-MB)', loinc: '13969-1', unit: 'ug/L', source: 'built-in' },
      { name: 'Troponin I (TnI)', loinc: '10839-9', unit: 'ug/L', source: 'built-in' },
    ]);
  });

  it('lists a case analyte once however it is spelled', () => {
    expect(suggestAnalytes('ferritin', named('Ferritin', 'ferritin', ' FERRITIN'), 5)).toEqual([
      { name: 'Ferritin', loinc: '2276-4', unit: 'ng/mL', source: 'case' },
    ]);
  });

  it('respects the limit and returns nothing for a query that matches nothing', () => {
    expect(suggestAnalytes('', [], 7)).toHaveLength(7);
    expect(suggestAnalytes('a', seedAnalytes, 0)).toEqual([]);
    expect(suggestAnalytes('zzzz', seedAnalytes, 10)).toEqual([]);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.array(fc.string()), fc.integer({ min: -1, max: 30 }), (q, c, n) => {
        const suggestions = suggestAnalytes(q, named(...c), n);
        expect(suggestions.length).toBeLessThanOrEqual(Math.max(n, 0));
      }),
    );
  });
});

describe('suggestAnalytes beside a qualified name', () => {
  it('still offers the built-in lab that a case analyte only starts like', () => {
    const names = suggestAnalytes('creatinine', caseAnalytes([{ analyte: 'Creatinine, urine' }]), 5).map((s) => s.name);
    expect(names[0]).toBe('Creatinine, urine');
    expect(names).toContain('Creatinine (Cr)');
  });
});
