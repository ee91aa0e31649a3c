import { describe, expect, it } from 'vitest';
import { createSeedCase } from '../seed/seed-case';
import {
  analyteIdentity,
  canonicalAnalyte,
  caseAnalytes,
  codeFitsUnit,
  groupByAnalyte,
  resolveAnalyte,
  withAnalyteCodes,
} from './identity';

describe('analyteIdentity', () => {
  it.each([
    'CK',
    'CPK',
    'ck',
    'creatine kinase',
    'Creatine Kinase (CK)',
    'creatine phosphokinase',
    'CPK (creatine kinase)',
  ])('knows %j as creatine kinase, LOINC 2157-6', (name) => {
    expect(analyteIdentity(name)).toMatchObject({ key: 'loinc:2157-6', loinc: '2157-6' });
  });

  it('lets a LOINC code given with the name win over the name', () => {
    expect(analyteIdentity('Creatinine', '14682-9').key).toBe('loinc:14682-9');
    expect(analyteIdentity('Some local assay', '2157-6').key).toBe('loinc:2157-6');
    // A code with a wrong check digit is no code.
    expect(analyteIdentity('CK', '2157-5').key).toBe('loinc:2157-6');
  });

  it('knows a built-in lab without a code by its name, and every other analyte by its normalised name', () => {
    expect(analyteIdentity('anti-SRP').key).toBe(analyteIdentity('Anti-SRP antibody').key);
    expect(analyteIdentity('B lymphocytes, total').key).toBe('name:b lymphocytes total');
    expect(analyteIdentity('b-lymphocytes  TOTAL').key).toBe('name:b lymphocytes total');
  });

  it('does not guess: a qualified name is not the lab it starts with', () => {
    expect(analyteIdentity('Muscle strength, proximal limbs').key).not.toBe(
      analyteIdentity('Muscle strength, distal limbs').key,
    );
    expect(analyteIdentity('Creatinine, urine').loinc).toBeUndefined();
    expect(analyteIdentity('Anti-SRP antibody (IgG)').key).toBe('name:anti srp antibody igg');
    expect(analyteIdentity('CK-MB').key).not.toBe(analyteIdentity('CK').key);
  });
});

describe('groupByAnalyte', () => {
  it('gathers every spelling of one analyte, named as the case spells it most', () => {
    const rows = [
      { id: 1, analyte: 'Creatine kinase (CK)', loinc: '2157-6' },
      { id: 2, analyte: 'Creatine kinase' },
      { id: 3, analyte: 'CK-MB', loinc: '13969-1' },
      { id: 4, analyte: 'Creatine kinase (CK)', loinc: '2157-6' },
      { id: 5, analyte: 'CPK' },
    ];
    const groups = groupByAnalyte(rows);
    expect(groups.map((g) => [g.analyte.name, g.analyte.loinc, g.rows.map((r) => r.id)])).toEqual([
      ['Creatine kinase (CK)', '2157-6', [1, 2, 4, 5]],
      ['CK-MB', '13969-1', [3]],
    ]);
    expect(groups[0]!.analyte.spellings).toEqual(['Creatine kinase (CK)', 'Creatine kinase', 'CPK']);
  });

  it('gives a name the case once coded that code on every row', () => {
    const [foo] = caseAnalytes([{ analyte: 'serum foo' }, { analyte: 'Serum Foo', loinc: '12345-5' }]);
    expect(foo).toMatchObject({ key: 'loinc:12345-5', loinc: '12345-5', spellings: ['serum foo', 'Serum Foo'] });
  });

  it('keeps the seed case’s analytes apart where the report keeps them apart', () => {
    const seed = createSeedCase().observations;
    const analytes = caseAnalytes(seed);
    expect(analytes).toHaveLength(new Set(seed.map((o) => o.analyte)).size);
  });
});

describe('resolveAnalyte', () => {
  const analytes = caseAnalytes(createSeedCase().observations);

  it.each(['CK', 'CPK', 'ck', 'creatine kinase', 'Creatine Kinase (CK)', 'creatine phosphokinase'])(
    'finds the case’s “Creatine kinase (CK)” for %j',
    (typed) => {
      expect(resolveAnalyte(typed, analytes)).toMatchObject({ name: 'Creatine kinase (CK)', loinc: '2157-6' });
    },
  );

  it('finds an analyte of the built-in list or not, however it is spelled', () => {
    expect(resolveAnalyte('b lymphocytes total', analytes)?.name).toBe('B lymphocytes, total');
    expect(resolveAnalyte('ejection fraction', analytes)?.name).toBe('Left ventricular ejection fraction (LVEF)');
  });

  it('finds nothing for an analyte the case does not have, or a different code', () => {
    expect(resolveAnalyte('Ferritin', analytes)).toBeUndefined();
    expect(resolveAnalyte('', analytes)).toBeUndefined();
    expect(resolveAnalyte('Creatine kinase', analytes, '13969-1')?.name).toBe('CK-MB');
    expect(resolveAnalyte('Creatine kinase (CK)', analytes, '14682-9')).toBeUndefined();
  });
});

describe('canonicalAnalyte', () => {
  const analytes = caseAnalytes(createSeedCase().observations);

  it('saves a synonym of the case’s analyte under the case’s name and code', () => {
    expect(canonicalAnalyte('Creatine kinase', undefined, analytes)).toEqual({
      analyte: 'Creatine kinase (CK)',
      loinc: '2157-6',
      inCase: true,
    });
  });

  it('gives a new analyte the code of the built-in lab it names, every time', () => {
    expect(canonicalAnalyte(' Ferritin ', undefined, analytes)).toEqual({
      analyte: 'Ferritin',
      loinc: '2276-4',
      inCase: false,
    });
    expect(canonicalAnalyte('Ferritin', undefined, [])).toEqual(canonicalAnalyte('Ferritin', undefined, analytes));
    expect(canonicalAnalyte('Labial gland biopsy, fibrosis', undefined, analytes)).toEqual({
      analyte: 'Labial gland biopsy, fibrosis',
      inCase: false,
    });
  });
});

describe('withAnalyteCodes', () => {
  it('gives a row without a code the code its analyte has in the case or the built-in list', () => {
    const context = [{ analyte: 'Serum foo', loinc: '12345-5' }];
    const { rows, filled } = withAnalyteCodes(
      [
        { analyte: 'CPK' },
        { analyte: 'serum foo' },
        { analyte: 'Labial gland biopsy, fibrosis' },
        { analyte: 'CK', loinc: '13969-1' },
      ],
      context,
    );
    expect(rows).toEqual([
      { analyte: 'CPK', loinc: '2157-6' },
      { analyte: 'serum foo', loinc: '12345-5' },
      { analyte: 'Labial gland biopsy, fibrosis' },
      // A code the row has is the file's word, never changed.
      { analyte: 'CK', loinc: '13969-1' },
    ]);
    expect(filled).toBe(2);
  });
});

describe('analyteIdentity with a code that is not the name’s', () => {
  it('is the analyte of the code, not the built-in lab of the name', () => {
    expect(analyteIdentity('CK', '13969-1')).toEqual({ key: 'loinc:13969-1', loinc: '13969-1' });
  });
});

describe('codeFitsUnit', () => {
  it.each([
    ['731-0', '%', 'lymphocytes as a percentage are not the count'],
    ['751-8', '%', 'neutrophils as a percentage are not the count'],
    ['2160-0', 'umol/L', 'creatinine in μmol/L is not the mass concentration'],
  ])('refuses %s for %s: %s', (loinc, unit) => {
    expect(codeFitsUnit(loinc, { unit })).toBe(false);
  });

  it.each([
    ['2157-6', 'U/L'],
    ['2157-6', 'ukat/L'],
    ['731-0', '10*9/L'],
    ['731-0', '10*3/uL'],
    ['2160-0', undefined],
    ['99999-9', 'mg/dL'],
  ])('takes %s for %s', (loinc, unit) => {
    expect(codeFitsUnit(loinc, { unit })).toBe(true);
  });
});

describe('codes given by name only where the unit fits', () => {
  it('saves a new "Lymphocytes" in % without the count’s code, and in 10*9/L with it', () => {
    expect(canonicalAnalyte('Lymphocytes', undefined, [], { unit: '%' }).loinc).toBeUndefined();
    expect(canonicalAnalyte('Lymphocytes', undefined, [], { unit: '10*9/L' }).loinc).toBe('731-0');
  });

  it('does not give the case’s creatinine code to a creatinine in μmol/L, but keeps the name', () => {
    const analytes = caseAnalytes([{ analyte: 'Creatinine (Cr)', loinc: '2160-0' }]);
    expect(canonicalAnalyte('creatinine', undefined, analytes, { unit: 'umol/L' })).toEqual({
      analyte: 'Creatinine (Cr)',
      inCase: true,
    });
  });

  it('imports "Neutrophils %" and "Lymphocytes" in % without a code', () => {
    const { rows, filled } = withAnalyteCodes<{ analyte: string; unit: string; loinc?: string }>([
      { analyte: 'Neutrophils %', unit: '%' },
      { analyte: 'Lymphocytes', unit: '%' },
      { analyte: 'Lymphocytes', unit: '10*9/L' },
    ]);
    expect(rows.map((r) => r.loinc)).toEqual([undefined, undefined, '731-0']);
    expect(filled).toBe(1);
  });
});

describe('a spelling two coded analytes share', () => {
  const rows = [
    { analyte: 'Troponin', loinc: '10839-9' },
    { analyte: 'Troponin', loinc: '6598-7' },
    { analyte: 'Troponin' },
  ];

  it('joins neither: the uncoded row is an analyte of its own', () => {
    const groups = groupByAnalyte(rows);
    expect(groups.map((g) => g.rows.length)).toEqual([1, 1, 1]);
    expect(groups.map((g) => g.analyte.loinc)).toEqual(['10839-9', '6598-7', undefined]);
  });

  it('resolves to neither when typed', () => {
    const analytes = caseAnalytes(rows.slice(0, 2));
    expect(resolveAnalyte('troponin', analytes)).toBeUndefined();
    expect(resolveAnalyte('troponin', analytes, '6598-7')?.loinc).toBe('6598-7');
  });
});
