import { describe, expect, it } from 'vitest';
import { isValidUcum } from './ucum';
import { PROSE_UNIT_SPELLINGS, proseUnit } from './prose-units';

describe('proseUnit', () => {
  it.each<[string, string, string]>([
    ['U/l', 'U/L', 'lab'],
    ['U/L', 'U/L', 'lab'],
    ['IU/L', 'U/L', 'lab'],
    ['IU/l', 'U/L', 'lab'],
    ['units/L', 'U/L', 'lab'],
    ['μg/l', 'ug/L', 'lab'],
    ['µg/L', 'ug/L', 'lab'],
    ['mcg/L', 'ug/L', 'lab'],
    ['pg/ml', 'pg/mL', 'lab'],
    ['mg/dl', 'mg/dL', 'lab'],
    ['mmol/l', 'mmol/L', 'lab'],
    ['μmol/L', 'umol/L', 'lab'],
    ['× 106/l', '10*6/L', 'lab'],
    ['×10^9/L', '10*9/L', 'lab'],
    ['x 10(9)/L', '10*9/L', 'lab'],
    ['×10⁹/L', '10*9/L', 'lab'],
    ['x10E9/L', '10*9/L', 'lab'],
    ['×103/μL', '10*3/uL', 'lab'],
    ['G/L', '10*9/L', 'lab'],
    ['g/L', 'g/L', 'lab'],
    ['mm2', 'mm2', 'lab'],
    ['mm²', 'mm2', 'lab'],
    ['%', '%', 'lab'],
    ['per foci', '{cells}/{focus}', 'lab'],
    ['per focus', '{cells}/{focus}', 'lab'],
    ['mIU/L', 'm[IU]/L', 'lab'],
    ['IU/mL', '[IU]/mL', 'lab'],
    ['mmHg', 'mm[Hg]', 'lab'],
    ['mL/min/1.73 m2', 'mL/min/{1.73_m2}', 'lab'],
    ['g/24 h', 'g/(24.h)', 'lab'],
    ['s', 's', 'time'],
    ['seconds', 's', 'time'],
    ['mg', 'mg', 'dose'],
    ['mg/kg', 'mg/kg', 'dose'],
    ['mg/day', 'mg/d', 'dose'],
    ['g', 'g', 'dose'],
    ['days', 'd', 'duration'],
    ['years', 'a', 'duration'],
  ])('reads “%s” as %s (%s)', (text, code, kind) => {
    expect(proseUnit(text)).toEqual({ code, kind });
  });

  it('keeps "IU/L" as international units for an analyte the list measures in them, the enzyme unit otherwise', () => {
    expect(proseUnit('IU/L', 'm[IU]/L')?.code).toBe('[IU]/L');
    expect(proseUnit('IU/L', 'U/L')?.code).toBe('U/L');
    expect(proseUnit('U/L', '[IU]/mL')?.code).toBe('U/L');
  });

  it('knows nothing of words that are not units', () => {
    for (const text of ['was', 'patients', 'cases', 'fold', 'valueOf', '']) expect(proseUnit(text)).toBeUndefined();
  });

  it('maps every spelling to a valid UCUM code', () => {
    const codes = new Set(PROSE_UNIT_SPELLINGS.map((s) => proseUnit(s)?.code));
    expect([...codes].filter((c) => c === undefined || !isValidUcum(c))).toEqual([]);
  });
});
