import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSeedCase } from '../seed/seed-case';
import { displayUnit as displayUnitInDisplayTs } from './display';
import { COMMON_LAB_UNITS, displayUnit, isValidUcum, parseUnit } from './ucum';

function code(text: string): string {
  const result = parseUnit(text);
  if (!result.ok) throw new Error(`expected "${text}" to be a unit: ${result.problems[0]?.message ?? ''}`);
  return result.value.code;
}

describe('parseUnit', () => {
  it.each([
    'U/L',
    'ug/L',
    '10*6/L',
    '10*9/L',
    'mm2',
    '{grade}',
    '{cells}/{focus}',
    'pg/mL',
    '%',
    's',
    'mL/min/{1.73_m2}',
  ])('keeps the UCUM code %s as it is', (ucum) => {
    expect(code(ucum)).toBe(ucum);
  });

  it.each<[string, string]>([
    // Micro: micro sign U+00B5, Greek mu U+03BC, the prescriber's mcg.
    ['μg/l', 'ug/L'],
    ['µg/L', 'ug/L'],
    ['mcg/L', 'ug/L'],
    ['μmol/L', 'umol/L'],
    // Powers of ten as printed, including a PDF copy that lost the superscript.
    ['×10^6/l', '10*6/L'],
    ['x10^9/L', '10*9/L'],
    ['10^9/L', '10*9/L'],
    ['×10⁹/L', '10*9/L'],
    ['x10E9/L', '10*9/L'],
    ['×109/L', '10*9/L'],
    ['× 10^9 cells/L', '10*9/L'],
    ['×10³/μL', '10*3/uL'],
    ['G/L', '10*9/L'],
    ['T/L', '10*12/L'],
    // Litre case, international units, equivalents.
    ['U/l', 'U/L'],
    ['u/l', 'U/L'],
    ['IU/L', '[IU]/L'],
    ['mIU/ml', 'm[IU]/mL'],
    ['mEq/L', 'meq/L'],
    ['mg/dl', 'mg/dL'],
    ['mmol/l', 'mmol/L'],
    ['pg/ml', 'pg/mL'],
    ['ng/ml', 'ng/mL'],
    ['g/l', 'g/L'],
    ['Mmol/L', 'mmol/L'],
    // Squares, counts, times, rates, temperatures, scores.
    ['mm²', 'mm2'],
    ['kg/m^2', 'kg/m2'],
    ['cells/μL', '/uL'],
    ['/hpf', '/[HPF]'],
    ['sec', 's'],
    ['seconds', 's'],
    ['mm/h', 'mm/h'],
    ['mm/hr', 'mm/h'],
    ['bpm', '/min'],
    ['beats/min', '/min'],
    ['mmHg', 'mm[Hg]'],
    ['mm Hg', 'mm[Hg]'],
    ['°C', 'Cel'],
    ['grade', '{grade}'],
    ['cells/focus', '{cells}/{focus}'],
    ['mL/min/1.73 m²', 'mL/min/{1.73_m2}'],
    ['U / L', 'U/L'],
    [' % ', '%'],
  ])('maps the display form %j to %s', (text, ucum) => {
    expect(code(text)).toBe(ucum);
  });

  it('returns the display form beside the code', () => {
    expect(parseUnit('mcg/l')).toEqual({ ok: true, value: { code: 'ug/L', display: 'μg/L' } });
    expect(parseUnit('x10^9/l')).toEqual({ ok: true, value: { code: '10*9/L', display: '×10⁹/L' } });
  });

  it('rejects a unit UCUM does not know and offers free text', () => {
    expect(parseUnit('foo')).toEqual({
      ok: false,
      problems: [
        { where: 'unit', message: 'unknown unit “foo”: not a UCUM unit; tick “free text” to keep it as written' },
      ],
    });
  });

  it('names the UCUM spelling when ucum-lhc knows one', () => {
    const result = parseUnit('Gauss');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain('(UCUM writes “G”)');
  });

  it.each<[string, string]>([
    ['', 'unit is empty'],
    ['   ', 'unit is empty'],
    ['MG/DL', 'unknown unit “MG/DL”'],
    ['mg dL', 'unknown unit “mg dL”'],
    ['cells per high power field', 'unknown unit'],
    ['8(L)5', 'unknown unit'],
    ['{u}1', 'unknown unit'],
    ['()', 'unknown unit'],
    ['u'.repeat(61), 'longer than 60 characters'],
  ])('rejects %j: %s', (text, message) => {
    const result = parseUnit(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain(message);
  });

  it('reads back every UCUM unit in the seed case', () => {
    const seed = createSeedCase();
    const units = [
      ...seed.observations.flatMap((o) => (o.unit !== undefined && !o.unitIsFreeText ? [o.unit] : [])),
      ...seed.events.flatMap((e) => (e.dose?.unit !== undefined ? [e.dose.unit] : [])),
    ];
    for (const unit of new Set(units)) expect(code(unit)).toBe(unit);
  });

  it('never throws and only returns valid UCUM codes, whatever the input', () => {
    const unitish = fc.string({
      unit: fc.constantFrom(...'mugLlIU/*^.0123456789{}[]()×µμ²⁹ %-'.split(''), 'mol', 'cells', 'x10^'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string(), unitish), (text) => {
        const result = parseUnit(text);
        if (result.ok) expect(isValidUcum(result.value.code)).toBe(true);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isValidUcum', () => {
  it.each(['U/L', '[IU]/L', '10*9/L', '{cells}/{focus}', 'mm[Hg]', 'mL/min/{1.73_m2}', '1'])('accepts %s', (c) => {
    expect(isValidUcum(c)).toBe(true);
  });

  it.each(['', 'IU/L', 'foo', 'mcg/L', 'sec', 'mg dL', ' U/L', 'μg/L', 'cells/uL', '10^9/L'.replace('^', ' ')])(
    'rejects %j',
    (c) => {
      expect(isValidUcum(c)).toBe(false);
    },
  );
});

describe('displayUnit', () => {
  it.each<[string, string]>([
    ['ug/L', 'μg/L'],
    ['umol/L', 'μmol/L'],
    ['10*9/L', '×10⁹/L'],
    ['10*3/uL', '×10³/μL'],
    ['[IU]/L', 'IU/L'],
    ['m[IU]/L', 'mIU/L'],
    ['meq/L', 'mEq/L'],
    ['mm2', 'mm²'],
    ['kg/m2', 'kg/m²'],
    ['/uL', '/μL'],
    ['/[HPF]', '/HPF'],
    ['mm[Hg]', 'mmHg'],
    ['Cel', '°C'],
    ['{grade}', 'grade'],
    ['{cells}/{focus}', 'cells/focus'],
    ['{cells}/uL', 'cells/μL'],
    ['mL.min-1', 'mL·min⁻¹'],
    ['U/L', 'U/L'],
    ['%', '%'],
  ])('shows %s as %s', (ucum, display) => {
    expect(displayUnit(ucum)).toBe(display);
  });

  it('shows nothing for a missing unit', () => {
    expect(displayUnit(undefined)).toBe('');
  });

  it('agrees with shared/units/display.ts on every code that file lists', () => {
    for (const c of ['ug/L', 'ng/mL', 'pg/mL', '10*6/L', '10*9/L', '10*12/L', 'mm2', '{grade}', '{cells}/{focus}']) {
      expect(displayUnit(c)).toBe(displayUnitInDisplayTs(c));
    }
  });
});

describe('COMMON_LAB_UNITS', () => {
  it('offers about thirty distinct, valid UCUM codes', () => {
    const codes = COMMON_LAB_UNITS.map((u) => u.code);
    expect(codes.length).toBeGreaterThanOrEqual(30);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => !isValidUcum(c))).toEqual([]);
  });

  it('reads each display form back to its code', () => {
    for (const { code: c, display } of COMMON_LAB_UNITS) {
      expect(display).toBe(displayUnit(c));
      expect(parseUnit(display)).toEqual({ ok: true, value: { code: c, display } });
    }
  });
});
