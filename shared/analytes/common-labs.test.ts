import { describe, expect, it } from 'vitest';
import { ObservationSchema } from '../model/case';
import { createSeedCase } from '../seed/seed-case';
import { isValidUcum } from '../units/ucum';
import { COMMON_LABS, findAnalyte, isValidLoinc, knownAnalyteExactly } from './common-labs';

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

describe('knownAnalyteExactly', () => {
  it.each<[string, string]>([
    ['CPK', 'Creatine kinase (CK)'],
    ['Creatine Kinase (CK)', 'Creatine kinase (CK)'],
    ['creatine phosphokinase (CPK)', 'Creatine kinase (CK)'],
    ['Serum creatinine', 'Creatinine (Cr)'],
  ])('reads %j as %s', (name, known) => {
    expect(knownAnalyteExactly(name)?.name).toBe(known);
  });

  it.each(['Muscle strength, proximal limbs', 'Creatinine, urine', 'Anti-SRP antibody (IgG)', 'CK (IgG)'])(
    'does not read %j as the lab its first words name',
    (name) => {
      expect(knownAnalyteExactly(name)).toBeUndefined();
    },
  );
});
