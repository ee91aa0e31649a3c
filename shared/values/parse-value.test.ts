import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPARATORS, type Observation } from '../model/case';
import { formatObservationValue } from '../model/observation-value';
import { createSeedCase } from '../seed/seed-case';
import { formatParsedValue, parseObservationValue, type ParsedValue } from './parse-value';

function parsed(text: string): ParsedValue {
  const result = parseObservationValue(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse: ${result.problems[0]?.message ?? ''}`);
  return result.value;
}

function problem(text: string): string {
  const result = parseObservationValue(text);
  if (result.ok) throw new Error(`expected "${text}" to be rejected, got ${JSON.stringify(result.value)}`);
  return result.problems.map((p) => `${p.where}: ${p.message}`).join('; ');
}

describe('parseObservationValue', () => {
  it('keeps ">300.0" as comparator > and value 300 with one decimal place', () => {
    expect(parsed('>300.0')).toEqual({ comparator: '>', value: 300, decimalPlaces: 1 });
  });

  it('keeps 15 significant digits and 12 decimals exactly as typed, with their decimal places', () => {
    expect(parsed('123.456789012345')).toEqual({ value: 123.456789012345, decimalPlaces: 12 });
    expect(formatParsedValue(parsed('123.456789012345'))).toBe('123.456789012345');
    expect(parsed('0.000000000001')).toEqual({ value: 1e-12, decimalPlaces: 12 });
    expect(formatParsedValue(parsed('0.000000000001'))).toBe('0.000000000001');
    expect(parsed('123456789012345')).toEqual({ value: 123456789012345 });
  });

  it('keeps the reported decimals of "176.50"', () => {
    expect(parsed('176.50')).toEqual({ value: 176.5, decimalPlaces: 2 });
  });

  it.each<[string, ParsedValue]>([
    // The seed report's phrasings (CK, CK-MB, TnI, Myo, BNP, LVEF, B cells, tear film, biopsy).
    ['1620', { value: 1620 }],
    ['0.282', { value: 0.282, decimalPlaces: 3 }],
    ['>1200.0', { comparator: '>', value: 1200, decimalPlaces: 1 }],
    ['37', { value: 37 }],
    ['236.4', { value: 236.4, decimalPlaces: 1 }],
    ['0', { value: 0 }],
    ['~7', { comparator: '~', value: 7 }],
    ['~0.8', { comparator: '~', value: 0.8, decimalPlaces: 1 }],
    ['<50', { comparator: '<', value: 50 }],
    ['400–500', { value: 400, valueHigh: 500 }],
    ['Grade 2–3', { value: 2, valueHigh: 3 }],
    ['grade 4', { value: 4 }],
    // Other ways reports print the same things.
    ['>=5', { comparator: '>=', value: 5 }],
    ['≥5', { comparator: '>=', value: 5 }],
    ['≤ 5', { comparator: '<=', value: 5 }],
    ['<= 5', { comparator: '<=', value: 5 }],
    ['=>5', { comparator: '>=', value: 5 }],
    ['∼7', { comparator: '~', value: 7 }],
    ['≈7', { comparator: '~', value: 7 }],
    ['approximately 7', { comparator: '~', value: 7 }],
    ['approx. 0.8', { comparator: '~', value: 0.8, decimalPlaces: 1 }],
    ['less than 50', { comparator: '<', value: 50 }],
    ['more than 300', { comparator: '>', value: 300 }],
    ['at least 5', { comparator: '>=', value: 5 }],
    ['400-500', { value: 400, valueHigh: 500 }],
    ['400 — 500', { value: 400, valueHigh: 500 }],
    ['400 to 500', { value: 400, valueHigh: 500 }],
    ['400 and 500', { value: 400, valueHigh: 500 }],
    ['between 400 and 500', { value: 400, valueHigh: 500 }],
    ['Between 400–500', { value: 400, valueHigh: 500 }],
    ['2-3', { value: 2, valueHigh: 3 }],
    ['4.5–10', { value: 4.5, valueHigh: 10, decimalPlaces: 1 }],
    ['5–5', { value: 5, valueHigh: 5 }],
    ['-5', { value: -5 }],
    ['−5', { value: -5 }],
    ['-5 to -2', { value: -5, valueHigh: -2 }],
    ['-5–-2', { value: -5, valueHigh: -2 }],
    ['<-5', { comparator: '<', value: -5 }],
    ['.5', { value: 0.5, decimalPlaces: 1 }],
    ['1.5e3', { value: 1500 }],
    ['1e+21', { value: 1e21 }],
    ['  1620  ', { value: 1620 }],
  ])('reads %j as %j', (text, value) => {
    expect(parsed(text)).toEqual(value);
  });

  it.each<[string, string]>([
    ['positive', 'positive'],
    ['Positive', 'positive'],
    ['POS', 'positive'],
    ['pos.', 'positive'],
    ['+ve', 'positive'],
    ['negative', 'negative'],
    ['Neg', 'negative'],
    ['-ve', 'negative'],
    ['not detected', 'not detected'],
    ['normal', 'normal'],
    ['Normal', 'Normal'],
    ['trace', 'trace'],
    ['no significant stenosis', 'no significant stenosis'],
    ['non-reactive', 'non-reactive'],
    ['below detection limit', 'below detection limit'],
    ['Grade II', 'Grade II'],
    ['+', '+'],
    ['+++', '+++'],
    ['2+', '2+'],
    ['±', '±'],
    ['1:160', '1:160'],
    ['1 : 320', '1:320'],
    ['  not   detected ', 'not detected'],
  ])('reads the text result %j as %j', (text, valueText) => {
    expect(parsed(text)).toEqual({ valueText });
  });

  it.each<[string, string]>([
    ['', 'result is empty'],
    ['   ', 'result is empty'],
    ['>', 'needs a number after the comparator'],
    ['≥ ', 'needs a number after the comparator'],
    ['abc123', 'is not a result'],
    ['5..3', 'is not a result'],
    ['1.2.3', 'is not a result'],
    ['5.', 'is not a result'],
    ['1e999', 'too large to store'],
    ['-1e999', 'too large to store'],
    ['1e-999', 'too small to store'],
    ['500-400', 'the upper value 400 is below the lower value 500'],
    ['>400-500', 'a range cannot also have a comparator'],
    ['~ 400 to 500', 'a range cannot also have a comparator'],
    ['1,620', 'use . for decimals and no thousands separator'],
    ['0,282', 'use . for decimals and no thousands separator'],
    ['between 400', 'needs two numbers'],
    ['300 U/L', 'put the unit “U/L” in the unit field'],
    ['45%', 'put the unit “%” in the unit field'],
    ['-', 'ambiguous'],
    ['–', 'ambiguous'],
    ['<1:40', 'is not a result'],
    ['positive!', 'characters that do not belong'],
    ['4 < 5', 'is not a result'],
    ['0.1234567890123', '13 digits after the decimal point: at most 12 are kept and shown back'],
    ['1234567890123456', '16 significant digits: a stored number keeps 15 exactly'],
    ['>0.12345678901234567890', '20 significant digits: a stored number keeps 15 exactly'],
    ['1–1234567890123456', '16 significant digits'],
    ['9'.repeat(201), 'longer than 200 characters'],
  ])('rejects %j: %s', (text, message) => {
    expect(problem(text)).toContain(message);
  });

  it('names the value field as where the problem is', () => {
    const result = parseObservationValue('abc123');
    expect(result).toEqual({ ok: false, problems: [{ where: 'value', message: expect.any(String) as string }] });
  });

  it('reads back every seed observation from its displayed text', () => {
    for (const obs of createSeedCase().observations) {
      const { comparator, value, valueHigh, decimalPlaces, valueText } = obs;
      const expected = Object.fromEntries(
        Object.entries({ comparator, value, valueHigh, decimalPlaces, valueText }).filter(([, v]) => v !== undefined),
      );
      expect(parsed(formatObservationValue(obs)), obs.id).toEqual(expected);
    }
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()), (text) => {
        const result = parseObservationValue(text);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on strings built from the characters results are made of', () => {
    const piece = fc.constantFrom(...'0123456789.-–—−<>=≤≥~∼≈,eE+: '.split(''), 'to', 'and', 'between', 'grade', 'pos');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const result = parseObservationValue(pieces.join(''));
        if (result.ok) {
          const v = result.value;
          expect(v.value === undefined).toBe(v.valueText !== undefined);
          if (v.value !== undefined) expect(Number.isFinite(v.value)).toBe(true);
          if (v.valueHigh !== undefined) {
            expect(v.valueHigh).toBeGreaterThanOrEqual(v.value ?? Number.NaN);
            expect(v.comparator).toBeUndefined();
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

// Canonical ParsedValues: what parse(format(v)) must give back unchanged.
const decimalNumber = (decimals: number) => fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 10 ** decimals + 0);
/** With no decimalPlaces, format prints String(value): integers, or exponent notation, never "0.5". */
const plainNumber = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .map((v) => Number(v.toPrecision(15)))
  .filter((v) => Number.isFinite(v) && (Number.isInteger(v) || String(v).includes('e')))
  .map((v) => v + 0);
const withOptionalDecimals = fc.oneof(
  plainNumber.map((value) => ({ value, decimalPlaces: undefined })),
  fc
    .integer({ min: 1, max: 6 })
    .chain((decimalPlaces) => decimalNumber(decimalPlaces).map((value) => ({ value, decimalPlaces }))),
);
const dropUndefined = (v: Record<string, unknown>): ParsedValue =>
  Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as ParsedValue;

const numericValue = fc
  .tuple(fc.option(fc.constantFrom(...COMPARATORS), { nil: undefined }), withOptionalDecimals)
  .map(([comparator, { value, decimalPlaces }]) => dropUndefined({ comparator, value, decimalPlaces }));
const rangeValue = fc
  .oneof(
    fc.tuple(plainNumber, plainNumber).map(([a, b]) => ({ a, b, decimalPlaces: undefined })),
    fc
      .integer({ min: 1, max: 6 })
      .chain((decimalPlaces) =>
        fc.tuple(decimalNumber(decimalPlaces), decimalNumber(decimalPlaces)).map(([a, b]) => ({ a, b, decimalPlaces })),
      ),
  )
  .map(({ a, b, decimalPlaces }) => dropUndefined({ value: Math.min(a, b), valueHigh: Math.max(a, b), decimalPlaces }));
const word = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzé'.split('')),
  minLength: 1,
  maxLength: 10,
});
const textValue = fc
  .array(word, { minLength: 1, maxLength: 4 })
  .map((words) => words.join(' '))
  .filter((t) => !['pos', 'neg'].includes(t))
  .map((valueText) => ({ valueText }));
const CANONICAL_TEXTS = [
  'positive',
  'negative',
  'not detected',
  'trace',
  '+++',
  '2+',
  '1:160',
  'no significant stenosis',
];

describe('formatParsedValue', () => {
  it.each<[ParsedValue, string]>([
    [{ comparator: '>', value: 300, decimalPlaces: 1 }, '>300.0'],
    [{ value: 400, valueHigh: 500 }, '400–500'],
    [{ valueText: 'positive' }, 'positive'],
    [{ comparator: '<=', value: 5 }, '<=5'],
    [{ value: -5, valueHigh: -2 }, '-5–-2'],
  ])('shows %j as %s', (value, text) => {
    expect(formatParsedValue(value)).toBe(text);
  });

  it('agrees with formatObservationValue for every seed observation', () => {
    for (const obs of createSeedCase().observations) {
      const { comparator, value, valueHigh, decimalPlaces, valueText } = obs;
      const fields = dropUndefined({ comparator, value, valueHigh, decimalPlaces, valueText });
      expect(formatParsedValue(fields)).toBe(formatObservationValue(obs as Observation));
    }
  });

  it('is read back unchanged by parseObservationValue', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          numericValue,
          rangeValue,
          textValue,
          fc.constantFrom(...CANONICAL_TEXTS).map((valueText) => ({ valueText })),
        ),
        (value) => {
          expect(parseObservationValue(formatParsedValue(value))).toEqual({ ok: true, value });
        },
      ),
      { numRuns: 3000 },
    );
  });
});
