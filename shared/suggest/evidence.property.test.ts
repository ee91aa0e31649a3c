// Property of the suggestion engine: for any report-like text, every suggestion's evidence resolves
// in that text to words that print the suggestion's value (the observation's number or text result,
// the treatment's dose), so the words the queue highlights are the words the row was read from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAnchor } from '../evidence/resolve-anchor';
import { suggestFacts } from './suggest-facts';
import type { Suggestion } from './suggestion';

const FINGERPRINT = 'f'.repeat(64);

/** Every number the words print, read both ways where a comma could group thousands ("12,480"). */
export function numbersIn(words: string): number[] {
  const found: number[] = [];
  // Thousands grouped by a comma, a space or a thin space; decimals after a point.
  for (const m of words.matchAll(/\d{1,3}(?:[,\u2009\u202f ]\d{3})+(?:\.\d+)?/g)) {
    found.push(Number(m[0].replace(/[,\u2009\u202f ]/g, '')));
  }
  for (const m of words.matchAll(/\d*\.\d+|\d+/g)) found.push(Number(m[0]));
  // A decimal comma ("1,5 mg"), as some reports print it.
  for (const m of words.matchAll(/\d+,\d+/g)) found.push(Number(m[0].replace(',', '.')));
  return found;
}

function prints(words: string, value: number): boolean {
  return numbersIn(words).some((n) => Math.abs(n - value) <= 1e-9 * Math.max(1, Math.abs(value)));
}

/** What the words must show of a suggestion, or undefined when it carries no value (an admission). */
function valuesOf(s: Suggestion): { numbers: number[]; text?: string } | undefined {
  if (s.kind === 'observation') {
    if (s.row.value !== undefined) {
      return { numbers: s.row.valueHigh === undefined ? [s.row.value] : [s.row.value, s.row.valueHigh] };
    }
    return s.row.valueText === undefined ? undefined : { numbers: [], text: s.row.valueText };
  }
  return s.row.dose?.value === undefined ? undefined : { numbers: [s.row.dose.value] };
}

// Report shapes, in phrasings of our own: the names, units and routes the finders are meant for.
const ANALYTES = ['CK', 'creatine kinase', 'CPK', 'ALT', 'AST', 'CRP', 'LDH', 'haemoglobin', 'ferritin', 'LVEF'];
const UNITS = ['U/L', 'IU/L', 'U/l', 'units/L', 'mg/L', 'g/dL', 'ng/mL', 'µmol/L', 'mmol/L', '%'];
const DRUGS = ['prednisone', 'methotrexate', 'rituximab', 'azathioprine', 'tacrolimus', 'IVIG', 'methylprednisolone'];
const DOSE_UNITS = ['mg', 'g', 'mg/kg', 'g/kg', 'mg/day'];
const ROUTES = ['', ' i.v.', ' orally', ' s.c.', ' intravenously'];
const FREQUENCIES = ['', ' daily', ' weekly', '/day', ' twice daily'];
const MONTHS = ['January', 'March', 'May', 'August', 'October', 'December'];
const FILLER = [
  'The patient reported proximal weakness',
  'examination was otherwise unremarkable',
  'she was admitted to the neurology ward',
  'a muscle biopsy was performed',
  'symptoms improved slowly',
  'as shown in Fig. 2',
  'a 58-year-old woman',
  'in a series of 120 patients',
  'with a 40-fold rise',
  'as reported before [12]',
];

/** A number as a report prints it: integers, reported decimals, thousands with a comma. */
const printedNumber = fc
  .tuple(fc.integer({ min: 0, max: 25_000 }), fc.constantFrom(0, 0, 1, 2), fc.boolean())
  .map(([n, decimals, grouped]) => {
    const value = decimals === 0 ? n : n / 10 ** decimals;
    return grouped && value >= 1000
      ? value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
      : value.toFixed(decimals);
  });

const lab = fc
  .tuple(
    fc.constantFrom(...ANALYTES),
    fc.constantFrom('', 'was ', 'of ', 'rose to ', 'fell to ', '> ', '<', 'approximately '),
    printedNumber,
    fc.constantFrom(...UNITS),
    fc.option(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 61, max: 400 })), { nil: undefined }),
  )
  .map(
    ([analyte, link, value, unit, reference]) =>
      `${analyte} ${link}${value} ${unit}${reference ? ` (reference ${reference[0]}–${reference[1]})` : ''}`,
  );

const textResult = fc
  .tuple(fc.constantFrom(...ANALYTES), fc.constantFrom('normal', 'negative', 'positive'))
  .map(([analyte, result]) => `${analyte} was ${result}`);

const dose = fc
  .tuple(
    fc.constantFrom(...DRUGS),
    fc.constantFrom('1', '2', '5', '20', '60', '500', '1,000', '0.4', '1.5', '12.5'),
    fc.constantFrom(...DOSE_UNITS),
    fc.constantFrom(...ROUTES),
    fc.constantFrom(...FREQUENCIES),
  )
  .map(([drug, amount, unit, route, frequency]) => `${drug} ${amount} ${unit}${route}${frequency}`);

const date = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 28 }), fc.constantFrom(...MONTHS), fc.integer({ min: 2005, max: 2024 }))
    .map(([day, month, year]) => `on ${day} ${month} ${year}`),
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 2005, max: 2024 })).map(([m, y]) => `in ${m} ${y}`),
  fc.constantFrom('two weeks later', 'after 6 months', '3 days after admission', '5 years ago', 'at the age of 47'),
);

const clause = fc.oneof(
  { arbitrary: lab, weight: 4 },
  { arbitrary: dose, weight: 3 },
  { arbitrary: textResult, weight: 1 },
  { arbitrary: fc.constantFrom(...FILLER), weight: 2 },
);

const sentence = fc
  .tuple(fc.option(date, { nil: undefined }), fc.array(clause, { minLength: 1, maxLength: 4 }))
  .map(([when, clauses]) => {
    const body = clauses.join(clauses.length > 2 ? ', ' : ' and ');
    const text = when === undefined ? body : `${when}, ${body}`;
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  });

const report = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 })
  .map((paragraphs) => paragraphs.map((p) => p.join(' ')).join('\n\n'));

describe('every suggestion’s evidence', () => {
  /** Suggestions whose value was checked, by kind: lab values and doses both. */
  const checked = { observation: 0, event: 0 };

  it('resolves to words that contain its value', () => {
    fc.assert(
      fc.property(report, (text) => {
        const source = { text, fingerprint: FINGERPRINT };
        for (const suggestion of suggestFacts(source)) {
          const resolved = resolveAnchor(suggestion.evidence, source);
          expect(resolved.status).toBe('found');
          if (resolved.status !== 'found') continue;
          const words = text.slice(resolved.start, resolved.end);
          const values = valuesOf(suggestion);
          if (values === undefined) continue;
          for (const n of values.numbers) {
            expect(prints(words, n), `"${words}" does not print ${n} (${suggestion.id})`).toBe(true);
          }
          if (values.text !== undefined) expect(words.toLowerCase()).toContain(values.text.toLowerCase());
          checked[suggestion.kind] += 1;
        }
      }),
      { numRuns: 300 },
    );
    // 300 reports take about 2 s here; room for a busy machine.
  }, 30_000);

  // Runs after the property (a file's tests run in order): it must have had values to check.
  it('is not vacuous: the generated reports gave the engine values to check', () => {
    expect(checked.observation, 'no observation carried a value: the property checked none').toBeGreaterThan(100);
    expect(checked.event, 'no treatment carried a dose: the property checked none').toBeGreaterThan(100);
  });
});

describe('numbersIn', () => {
  it.each([
    ['CK 12,480 IU/L', 12_480],
    ['ALT 312.0 U/L', 312],
    ['rituximab 1 g', 1],
    ['CRP 0.40 mg/L', 0.4],
    ['CK 1 620 U/L', 1620],
    ['IVIG 0,4 g/kg', 0.4],
  ])('reads %j as printing %d', (words, value) => {
    expect(prints(words, value)).toBe(true);
  });

  it.each([
    ['CK 12,480 IU/L', 1248],
    ['ALT 312.0 U/L', 3120],
    ['prednisone 60 mg', 6],
  ])('does not read %j as printing %d', (words, value) => {
    expect(prints(words, value)).toBe(false);
  });
});
