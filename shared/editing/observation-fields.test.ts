import { describe, expect, it } from 'vitest';
import { withoutProvenance } from '../model/case';
import { createSeedCase } from '../seed/seed-case';
import {
  BLANK_OBSERVATION_FIELDS,
  fieldsToObservation,
  observationToFields,
  type ObservationFields,
} from './observation-fields';

const seed = createSeedCase();
const fields = (patch: Partial<ObservationFields>): ObservationFields => ({ ...BLANK_OBSERVATION_FIELDS, ...patch });

describe('fieldsToObservation', () => {
  it('keeps ">300.0 μg/l" as comparator >, value 300, one decimal, UCUM ug/L', () => {
    const result = fieldsToObservation(
      fields({ analyte: 'CK-MB', date: '2022-08', dateApproximate: true, value: '>300.0', unit: 'μg/l' }),
      'ckmb',
      seed.events,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'ckmb',
        analyte: 'CK-MB',
        date: { date: '2022-08', approximate: true },
        comparator: '>',
        value: 300,
        decimalPlaces: 1,
        unit: 'ug/L',
      },
    });
  });

  it('refuses a value or reference limit with 16 significant digits or 13 decimals, saying the limit and why', () => {
    const result = fieldsToObservation(
      fields({
        analyte: 'CK',
        date: '2022-08',
        value: '0.1234567890123',
        unit: 'U/L',
        referenceLow: '1234567890123456',
        referenceHigh: '0.12345678901234567890',
      }),
      'ck',
      seed.events,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        {
          where: 'value',
          message:
            '“0.1234567890123” has 13 digits after the decimal point: at most 12 are kept and shown back, so round it to 12 decimals or fewer',
        },
        {
          where: 'referenceLow',
          message:
            '“1234567890123456” has 16 significant digits: a stored number keeps 15 exactly and would round the rest, so round it to 15 digits or fewer',
        },
        { where: 'referenceHigh', message: expect.stringMatching(/20 significant digits/) as unknown as string },
      ]);
    }
  });

  it('keeps 15 significant digits and 12 decimals exactly as typed, with their decimal places', () => {
    const typed = fields({
      analyte: 'CK',
      date: '2022-08',
      value: '123.456789012345',
      unit: 'U/L',
      referenceLow: '0.123456789012',
      referenceHigh: '123456789012345',
    });
    const result = fieldsToObservation(typed, 'ck', seed.events);
    expect(result.ok && result.value).toMatchObject({
      value: 123.456789012345,
      decimalPlaces: 12,
      referenceRange: { low: 0.123456789012, high: 123456789012345 },
    });
    if (result.ok) {
      expect(observationToFields(result.value, seed.events)).toMatchObject({
        value: '123.456789012345',
        referenceLow: '0.123456789012',
        referenceHigh: '123456789012345',
      });
    }
  });

  it('saves an implausible year or value: plausibility is a flag beside the field, not a refusal', () => {
    const result = fieldsToObservation(
      fields({ analyte: 'CK', date: '9999', value: '1e16', unit: 'U/L' }),
      'ck',
      seed.events,
    );
    expect(result.ok && result.value).toMatchObject({ date: { date: '9999' }, value: 1e16 });
  });

  it('takes a range, a text result and a reference range', () => {
    const range = fieldsToObservation(
      fields({ analyte: 'Strength', date: '2022', value: 'Grade 2–3', unit: '{grade}' }),
      's',
      seed.events,
    );
    expect(range.ok && [range.value.value, range.value.valueHigh]).toEqual([2, 3]);
    const text = fieldsToObservation(
      fields({ analyte: 'Anti-SRP', date: '2022', value: 'positive' }),
      't',
      seed.events,
    );
    expect(text.ok && text.value.valueText).toBe('positive');
    const ref = fieldsToObservation(
      fields({ analyte: 'LVEF', date: '2022', value: '37', unit: '%', referenceLow: '50' }),
      'l',
      seed.events,
    );
    expect(ref.ok && ref.value.referenceRange).toEqual({ low: 50 });
  });

  it('keeps a unit that is not UCUM only when marked as free text', () => {
    const refused = fieldsToObservation(
      fields({ analyte: 'X', date: '2022', value: '5', unit: 'blobs' }),
      'x',
      seed.events,
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems[0]).toMatchObject({
        where: 'unit',
        message: expect.stringMatching(/unknown unit/) as unknown as string,
      });
    const kept = fieldsToObservation(
      fields({ analyte: 'X', date: '2022', value: '5', unit: 'blobs', unitIsFreeText: true }),
      'x',
      seed.events,
    );
    expect(kept.ok && [kept.value.unit, kept.value.unitIsFreeText]).toEqual(['blobs', true]);
  });

  it.each<[Partial<ObservationFields>, string, RegExp]>([
    [{ analyte: '', date: '2022', value: '5', unit: 'U/L' }, 'analyte', /needs a name/],
    [{ analyte: 'CK', date: '', value: '5', unit: 'U/L' }, 'date', /date is empty/],
    [{ analyte: 'CK', date: '2022', value: '', unit: 'U/L' }, 'value', /./],
    [{ analyte: 'CK', date: '2022', value: '1620' }, 'unit', /a numeric value needs a unit/],
    [{ analyte: 'CK', date: '2022', value: '500-400', unit: 'U/L' }, 'value', /./],
    [{ analyte: 'CK', date: '2022', value: '5', unit: 'U/L', referenceLow: 'abc' }, 'referenceLow', /not a number/],
    [
      { analyte: 'CK', date: '2022', value: '5', unit: 'U/L', referenceLow: '200', referenceHigh: '26' },
      'referenceHigh',
      /below reference low/,
    ],
    [{ analyte: 'CK', date: '2022', value: '5', unit: 'U/L', loinc: 'CK' }, 'loinc', /LOINC/],
  ])('refuses %j at %s', (patch, where, message) => {
    const result = fieldsToObservation(fields(patch), 'x', seed.events);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.find((p) => p.where === where)?.message).toMatch(message);
  });

  it('gives back every seed observation from its own fields (evidence and who made it are not fields: the source pane and the save add them)', () => {
    for (const { evidence: _evidence, ...o } of seed.observations.map(withoutProvenance)) {
      expect(fieldsToObservation(observationToFields(o, seed.events), o.id, seed.events)).toEqual({
        ok: true,
        value: o,
      });
    }
  });

  describe('text results', () => {
    const at = (patch: Partial<ObservationFields>) => {
      const result = fieldsToObservation(fields({ analyte: 'X', date: '2022', ...patch }), 'x', seed.events);
      return result.ok ? result.value : Object.fromEntries(result.problems.map((p) => [p.where, p.message]));
    };

    it('saves a known text result such as "positive" without asking', () => {
      expect(at({ value: 'positive' })).toMatchObject({ valueText: 'positive' });
      expect(at({ value: 'no significant stenosis' })).toMatchObject({ valueText: 'no significant stenosis' });
    });

    it('asks before saving "abc" as text, beside the value, and saves it once ticked', () => {
      expect(at({ value: 'abc' })).toEqual({
        value: '“abc” is not a number or a known text result: correct it, or tick “Keep as text” below',
      });
      expect(at({ value: 'abc', valueIsText: true })).toMatchObject({ valueText: 'abc' });
    });

    it('never saves a text result with a unit: the unit field says so', () => {
      expect(at({ value: 'abc', valueIsText: true, unit: 'U/L' })).toEqual({
        unit: 'a text result has no unit: clear “U/L”, or give the value as a number',
      });
      expect(at({ value: 'positive', unit: 'U/L' })).toEqual({
        unit: 'a text result has no unit: clear “U/L”, or give the value as a number',
      });
      expect(at({ value: 'positive', unit: 'drops', unitIsFreeText: true })).toHaveProperty('unit');
    });

    it('refuses "12 abc" whatever the tick says: a number is never text', () => {
      expect(at({ value: '12 abc', valueIsText: true, unit: 'U/L' })).toEqual({
        value: '“12 abc”: put the unit “abc” in the unit field',
      });
    });

    it('opens a stored unknown text result ticked, so editing it does not ask again', () => {
      const stored = { id: 'g', analyte: 'Biopsy', date: { date: '2022', approximate: false }, valueText: 'Grade II' };
      expect(observationToFields(stored, []).valueIsText).toBe(true);
      expect(observationToFields({ ...stored, valueText: 'positive' }, []).valueIsText).toBe(false);
    });
  });
});
