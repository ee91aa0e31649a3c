import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ObservationSchema } from '../model/case';
import { createSeedCase } from '../seed/seed-case';
import { isValidUcum } from '../units/ucum';
import { COMMON_LABS, findAnalyte, isValidLoinc, suggestAnalytes } from './common-labs';

const names = (list: { name: string }[]) => list.map((s) => s.name);

describe('COMMON_LABS', () => {
  it('lists about sixty labs and measurements or more, each named once', () => {
    expect(COMMON_LABS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(COMMON_LABS.map((a) => a.name)).size).toBe(COMMON_LABS.length);
  });

  it('gives no name, abbreviation or synonym to two analytes', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of COMMON_LABS) {
      for (const key of [a.name, ...a.abbreviations, ...a.synonyms]) {
        const k = key
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim();
        const previous = owner.get(k);
        if (previous !== undefined && previous !== a.name) clashes.push(`${key}: ${previous} / ${a.name}`);
        owner.set(k, a.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('uses only LOINC codes with a correct check digit, in the form the schema accepts', () => {
    const codes = COMMON_LABS.flatMap((a) => (a.loinc === undefined ? [] : [a.loinc]));
    expect(codes.length).toBeGreaterThan(50);
    expect(codes.filter((c) => !isValidLoinc(c) || !ObservationSchema.shape.loinc.safeParse(c).success)).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('uses only valid UCUM codes as default units', () => {
    const units = COMMON_LABS.flatMap((a) => (a.unit === undefined ? [] : [a.unit]));
    expect(units.filter((u) => !isValidUcum(u))).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['Creatine kinase (CK)', '2157-6', 'U/L'],
    ['Creatine kinase MB (CK-MB)', '13969-1', 'ug/L'],
    ['Troponin I (TnI)', '10839-9', 'ug/L'],
    ['Myoglobin (Myo)', '2639-3', 'ug/L'],
    ['Brain natriuretic peptide (BNP)', '30934-4', 'pg/mL'],
    ['NT-proBNP', '33762-6', 'pg/mL'],
    ['Left ventricular ejection fraction (LVEF)', '10230-1', '%'],
    ['C-reactive protein (CRP)', '1988-5', 'mg/L'],
    ['Erythrocyte sedimentation rate (ESR)', '4537-7', 'mm/h'],
    ['Hemoglobin (Hb)', '718-7', 'g/L'],
    ['White blood cells (WBC)', '6690-2', '10*9/L'],
    ['Immunoglobulin G (IgG)', '2465-3', 'mg/dL'],
  ])('knows %s as LOINC %s in %s', (name, loinc, unit) => {
    expect(COMMON_LABS.find((a) => a.name === name)).toMatchObject({ loinc, unit });
  });

  it('leaves the LOINC code out where it is not certain', () => {
    for (const name of ['CD19+ B cells', 'CD20+ B cells', 'D-dimer', 'Anti-SRP antibody']) {
      expect(COMMON_LABS.find((a) => a.name === name)?.loinc, name).toBeUndefined();
    }
  });
});

describe('isValidLoinc', () => {
  it.each(['2157-6', '718-7', '10839-9', '33762-6', '59408-5'])('accepts %s', (code) => {
    expect(isValidLoinc(code)).toBe(true);
  });

  it.each(['2157-5', '718-1', '2157', 'LP1234-5', '12345678-9', ' 2157-6', ''])('rejects %j', (code) => {
    expect(isValidLoinc(code)).toBe(false);
  });
});

describe('findAnalyte', () => {
  it('finds the built-in lab behind every seed analyte that has a LOINC code', () => {
    const coded = createSeedCase().observations.filter((o) => o.loinc !== undefined);
    expect(coded.length).toBeGreaterThan(5);
    for (const o of coded) expect(findAnalyte(o.analyte)?.loinc, o.analyte).toBe(o.loinc);
  });

  it.each<[string, string]>([
    ['CK', 'Creatine kinase (CK)'],
    ['cpk', 'Creatine kinase (CK)'],
    ['Creatine phosphokinase', 'Creatine kinase (CK)'],
    ['ck mb', 'Creatine kinase MB (CK-MB)'],
    ['Anti-SRP antibody (IgG)', 'Anti-SRP antibody'],
    ['Anti-SSA/Ro52 antibody (IgG)', 'Anti-SSA/Ro52 antibody'],
    ['B lymphocytes, total', 'CD19+ B cells'],
    ['Muscle strength, proximal limbs', 'Muscle strength (MRC grade)'],
    ['Tear film break-up time', 'Tear film break-up time (TBUT)'],
    ['haemoglobin', 'Hemoglobin (Hb)'],
    ['γ-GT', 'Gamma-glutamyl transferase (GGT)'],
  ])('reads %j as %s', (name, known) => {
    expect(findAnalyte(name)?.name).toBe(known);
  });

  it.each(['', 'Labial gland biopsy, tissue area', 'Coronary CT angiography', 'kinase'])(
    'finds nothing for %j',
    (n) => {
      expect(findAnalyte(n)).toBeUndefined();
    },
  );
});

describe('suggestAnalytes', () => {
  const seedAnalytes = [...new Set(createSeedCase().observations.map((o) => o.analyte))];

  it('puts the case’s own analytes first, with the code of the lab they name', () => {
    const suggestions = suggestAnalytes('ck', seedAnalytes, 12);
    expect(suggestions.slice(0, 2)).toEqual([
      { name: 'CK-MB', loinc: '13969-1', unit: 'ug/L', source: 'case' },
      { name: 'Creatine kinase (CK)', loinc: '2157-6', unit: 'U/L', source: 'case' },
    ]);
    // Built-in CK and CK-MB are already in the case under its own spelling.
    expect(suggestions.filter((s) => s.source === 'built-in' && /CK/.test(s.name))).toEqual([]);
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
    const suggestions = suggestAnalytes('', ['Schirmer test, left eye', 'CK'], 4);
    expect(suggestions).toEqual([
      { name: 'Schirmer test, left eye', unit: 'mm', source: 'case' },
      { name: 'CK', loinc: '2157-6', unit: 'U/L', source: 'case' },
      { name: 'Creatine kinase MB (CK-MB)', loinc: '13969-1', unit: 'ug/L', source: 'built-in' },
      { name: 'Troponin I (TnI)', loinc: '10839-9', unit: 'ug/L', source: 'built-in' },
    ]);
  });

  it('lists a case analyte once however it is spelled', () => {
    expect(suggestAnalytes('ferritin', ['Ferritin', 'ferritin', ' FERRITIN'], 5)).toEqual([
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
        const suggestions = suggestAnalytes(q, c, n);
        expect(suggestions.length).toBeLessThanOrEqual(Math.max(n, 0));
      }),
    );
  });
});
