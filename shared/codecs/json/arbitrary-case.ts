// fast-check generators of valid cases, for the codecs' property tests (JSON, JSON Schema, CSV, import).
// Numbers are made the way the app makes them: from the decimal text a report prints.
import fc from 'fast-check';
import { deriveEndDate } from '../../dates/duration';
import { comparePartialDates, type PartialDate } from '../../dates/partial-date';
import {
  AGE_UNITS,
  CaseSchema,
  COMPARATORS,
  DURATION_UNITS,
  EVENT_KINDS,
  RECONCILE_DECISIONS,
  SCHEMA_VERSION,
  SEXES,
  type Case,
  type Diagnosis,
  type Observation,
  type RowProvenance,
  type TimelineEvent,
} from '../../model/case';
import { QUOTE_CONTEXT_LIMIT, SOURCE_KINDS, type CaseSource, type EvidenceAnchor } from '../../model/evidence';
import { cleanText } from '../../model/text';
import { keepsDecimals } from '../../values/precision';

export { keepsDecimals };

/** Characters that break naive CSV and spreadsheets, mixed with any Unicode (whole graphemes, no lone surrogates). */
const trickyChar = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '"', ',', "'", '＝', ' ', ';'),
  },
);

/**
 * Text as the schema keeps it (shared/model/text): no control characters but a note's tabs and line
 * ends, no invisible format characters, NFC. Pasted text with those is refused or cleaned on the way in.
 */
const asStored = (text: string, lines: boolean) =>
  cleanText(text.replace(/\p{Cc}/gu, (c) => (lines && '\t\r\n'.includes(c) ? c : ' ')));

/** Notes as a clinician might paste them, formula characters and line breaks included. */
export const anyText = fc.string({ unit: trickyChar, maxLength: 40 }).map((t) => asStored(t, true));
/** A name, label, analyte or unit: one line, with something left when trimmed. */
export const nonEmptyText = fc
  .string({ unit: trickyChar, maxLength: 40 })
  .map((t) => asStored(t, false))
  .filter((t) => t.trim() !== '');

export const anyId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);

export const anyPartialDate: fc.Arbitrary<PartialDate> = fc
  .record({
    year: fc.integer({ min: 1900, max: 2040 }),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
    approximate: fc.boolean(),
  })
  .map(({ year, month, day, approximate }) => {
    const mm = month === undefined ? '' : `-${String(month).padStart(2, '0')}`;
    const dd = month === undefined || day === undefined ? '' : `-${String(day).padStart(2, '0')}`;
    return { date: `${year}${mm}${dd}`, approximate };
  });

/** A number as a report prints it, and what the value parser makes of it: value and reported decimals. */
export const reportedNumber = fc
  .record({
    negative: fc.boolean(),
    whole: fc.oneof(fc.nat({ max: 9 }), fc.nat({ max: 99_999 }), fc.nat({ max: 2 ** 40 })),
  })
  .chain(({ negative, whole }) => {
    // 15 significant digits at most, as the precision rule allows (shared/values/precision).
    const room = Math.min(12, 15 - (whole === 0 ? 0 : String(whole).length));
    const fraction = fc.oneof(fc.constant(''), fc.stringMatching(new RegExp(`^\\d{1,${room}}$`)));
    return fraction.map((f) => ({ negative, whole, fraction: f }));
  })
  .map(({ negative, whole, fraction }) => {
    const text = `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
    return { value: Number(text) + 0, decimals: fraction === '' ? undefined : fraction.length };
  });

/**
 * Any finite double that a person can type or a file bring in: 15 significant digits at most (the
 * precision rule, shared/values/precision), -0 excepted (written and read back as 0).
 */
export const storableDouble = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .map((v) => Number(v.toPrecision(15)) + 0)
  .filter(isStorable);

/** 15 significant digits at most, and no more than 12 decimals where JavaScript writes it without exponent. */
function isStorable(v: number): boolean {
  return Number.isFinite(v) && (/\.(\d+)$/.exec(String(v))?.[1]?.length ?? 0) <= 12;
}

const LOINC_CODES = ['2157-6', '13969-1', '30934-4', '10230-1', '33762-6', '718-7'];
/** Valid UCUM codes, as the unit parser stores them. */
export const UCUM_UNITS = [
  'U/L',
  'ug/L',
  'pg/mL',
  '%',
  's',
  'mm2',
  '{grade}',
  '10*9/L',
  'mg/dL',
  'mmol/L',
  '{cells}/{focus}',
];
/** Units no UCUM parser accepts (the ✱ is not ASCII), with the formula characters in front. */
const freeTextUnit = fc
  .tuple(fc.constantFrom('', '=', '-', '+', '@', "'", 'cells per '), fc.option(nonEmptyText, { nil: '' }))
  .map(([prefix, rest]) => `${prefix}✱${rest}`.trim());

const unitChoice = fc.oneof(
  fc.constantFrom(...UCUM_UNITS).map((unit) => ({ unit })),
  freeTextUnit.map((unit) => ({ unit, unitIsFreeText: true as const })),
);

const optionalText = fc.option(anyText, { nil: undefined });
const withOptional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

const doseArb = fc
  .record({
    amount: fc.option(
      fc.record({
        value: fc
          .double({ min: 0.001, max: 1e6, noNaN: true })
          .map((v) => Number(v.toPrecision(15)))
          .filter(isStorable),
        unit: nonEmptyText,
      }),
      {
        nil: undefined,
      },
    ),
    route: fc.option(nonEmptyText, { nil: undefined }),
    frequency: fc.option(nonEmptyText, { nil: undefined }),
  })
  .filter((d) => d.amount !== undefined || d.route !== undefined || d.frequency !== undefined)
  .map((d) => ({
    ...(d.amount ?? {}),
    ...withOptional('route', d.route),
    ...withOptional('frequency', d.frequency),
  }));

export const anyEvent = (id: fc.Arbitrary<string> = anyId): fc.Arbitrary<TimelineEvent> =>
  fc
    .record({
      id,
      kind: fc.constantFrom(...EVENT_KINDS),
      label: nonEmptyText,
      start: anyPartialDate,
      end: fc.option(anyPartialDate, { nil: undefined }),
      duration: fc.option(
        fc.record({ value: fc.integer({ min: 1, max: 30 }), unit: fc.constantFrom(...DURATION_UNITS) }),
        { nil: undefined },
      ),
      dose: fc.option(doseArb, { nil: undefined }),
      notes: optionalText,
    })
    .map(({ start, end, duration, dose, notes, ...rest }) => {
      let ends = end && comparePartialDates(end.date, start.date) < 0 ? { start: end, end: start } : { start, end };
      // A course's end follows from its duration (and the app checks that it does). A derived end
      // the schema calls "before start" (2022-06 for 2022-06-01 + 1 month) is left out with its duration.
      const derived = duration ? deriveEndDate(ends.start, duration, dose?.frequency) : undefined;
      const keepDuration = derived === undefined || comparePartialDates(derived.date, ends.start.date) >= 0;
      if (derived && keepDuration) ends = { ...ends, end: derived };
      return {
        ...rest,
        start: ends.start,
        ...withOptional('end', ends.end),
        ...withOptional('duration', keepDuration ? duration : undefined),
        ...withOptional('dose', dose),
        ...withOptional('notes', notes),
      };
    });

/** The result part of an observation: a number (maybe censored), a range, or a text result. */
const resultArb = (numbers: fc.Arbitrary<{ value: number; decimals: number | undefined }>) =>
  fc.oneof(
    fc.record({ valueText: nonEmptyText, unit: fc.option(unitChoice, { nil: undefined }) }).map((r) => ({
      valueText: r.valueText,
      ...(r.unit ?? {}),
    })),
    fc
      .record({
        n: numbers,
        comparator: fc.option(fc.constantFrom(...COMPARATORS), { nil: undefined }),
        unit: unitChoice,
      })
      .map(({ n, comparator, unit }) => ({
        ...withOptional('comparator', comparator),
        value: n.value,
        ...withOptional('decimalPlaces', n.decimals),
        ...unit,
      })),
    fc
      .record({ a: numbers, b: numbers, unit: unitChoice })
      // One decimalPlaces serves both ends: the coarser end shown with the finer one's decimals stays within 15 digits.
      .filter(({ a, b }) => keepsDecimals([a.value, b.value], Math.max(a.decimals ?? 0, b.decimals ?? 0)))
      .map(({ a, b, unit }) => {
        const [low, high] = a.value <= b.value ? [a, b] : [b, a];
        const decimals = Math.max(low.decimals ?? 0, high.decimals ?? 0);
        return {
          value: low.value,
          valueHigh: high.value,
          ...(decimals > 0 ? { decimalPlaces: decimals } : {}),
          ...unit,
        };
      }),
  );

const rangeArb = fc
  .record({ low: fc.option(storableDouble, { nil: undefined }), high: fc.option(storableDouble, { nil: undefined }) })
  .filter((r) => r.low !== undefined || r.high !== undefined)
  .map((r) => (r.low !== undefined && r.high !== undefined && r.high < r.low ? { low: r.high, high: r.low } : r))
  .map((r) => ({ ...withOptional('low', r.low), ...withOptional('high', r.high) }));

export const anyObservation = (
  id: fc.Arbitrary<string> = anyId,
  numbers: fc.Arbitrary<{ value: number; decimals: number | undefined }> = reportedNumber,
): fc.Arbitrary<Observation> =>
  fc
    .record({
      id,
      analyte: nonEmptyText,
      loinc: fc.option(fc.constantFrom(...LOINC_CODES), { nil: undefined }),
      date: anyPartialDate,
      result: resultArb(numbers),
      referenceRange: fc.option(rangeArb, { nil: undefined }),
      notes: optionalText,
    })
    .map(({ result, loinc, referenceRange, notes, ...rest }) => ({
      ...rest,
      ...withOptional('loinc', loinc),
      ...result,
      ...withOptional('referenceRange', referenceRange),
      ...withOptional('notes', notes),
    }));

export const anyFingerprint = fc.stringMatching(/^[0-9a-f]{64}$/);

export const anyCaseSource: fc.Arbitrary<CaseSource> = fc.record({
  fingerprint: anyFingerprint,
  name: nonEmptyText,
  kind: fc.constantFrom(...SOURCE_KINDS),
  normaliserVersion: fc.integer({ min: 1, max: 3 }),
});

/** Context words as a source has them: line breaks and formula characters included. */
const contextText = fc
  .string({ unit: trickyChar, maxLength: 12 })
  .map((t) => asStored(t, true).slice(0, QUOTE_CONTEXT_LIMIT));

/** An anchor into one of `sources`: positions only, or with the quote (and maybe its context) it spans. */
export const anyAnchor = (sources: readonly string[]): fc.Arbitrary<EvidenceAnchor> =>
  fc
    .record({
      source: fc.constantFrom(...sources),
      start: fc.integer({ min: 0, max: 200_000 }),
      length: fc.integer({ min: 1, max: 40 }),
      quote: fc.option(
        fc.record({
          exact: fc
            .string({ unit: trickyChar, minLength: 1, maxLength: 20 })
            .map((t) => asStored(t, true))
            .filter((t) => t !== ''),
          prefix: fc.option(contextText, { nil: undefined }),
          suffix: fc.option(contextText, { nil: undefined }),
        }),
        { nil: undefined },
      ),
    })
    .map(({ source, start, length, quote }) =>
      quote === undefined
        ? { source, start, end: start + length }
        : {
            source,
            start,
            end: start + [...quote.exact].length,
            quote: quote.exact,
            ...withOptional('prefix', quote.prefix),
            ...withOptional('suffix', quote.suffix),
          },
    );

/** Gives some rows evidence into the case's sources (none when it has none). */
function withEvidence<T extends { evidence?: EvidenceAnchor[] | undefined }>(
  rows: T[],
  sources: readonly string[],
): fc.Arbitrary<T[]> {
  if (sources.length === 0) return fc.constant(rows);
  return fc
    .tuple(
      ...rows.map(() => fc.option(fc.array(anyAnchor(sources), { minLength: 1, maxLength: 2 }), { nil: undefined })),
    )
    .map((evidence) => rows.map((row, i) => (evidence[i] === undefined ? row : { ...row, evidence: evidence[i] })));
}

const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** An abstractor's name as typed: trimmed names are what the case compares, so unique by those. */
const anyAbstractors = fc.uniqueArray(nonEmptyText, { selector: (t) => t.trim(), minLength: 1, maxLength: 3 });

/** Who made and changed a row, each part maybe absent (an older file, a CSV import). */
const anyProvenance: fc.Arbitrary<RowProvenance> = fc.record(
  {
    createdBy: nonEmptyText,
    createdAt: timestamp,
    changedBy: nonEmptyText,
    changedAt: timestamp,
    reconciled: fc.record(
      {
        decision: fc.constantFrom(...RECONCILE_DECISIONS),
        by: nonEmptyText,
        at: timestamp,
        leftId: anyId,
        rightId: anyId,
      },
      { requiredKeys: ['decision', 'by', 'at'] },
    ),
  },
  { requiredKeys: [] },
);

/** Gives each row who made it, or nothing about that. */
const withProvenance = <T extends object>(rows: T[]): fc.Arbitrary<T[]> =>
  fc
    .tuple(...rows.map(() => fc.option(anyProvenance, { nil: undefined })))
    .map((stamps) => rows.map((row, i) => ({ ...row, ...stamps[i] })));

const anyReconciledSide = fc.record({ caseId: anyId, title: nonEmptyText, abstractors: anyAbstractors });

export interface CaseShape {
  events?: { maxLength: number };
  observations?: { maxLength: number };
  numbers?: fc.Arbitrary<{ value: number; decimals: number | undefined }>;
}

/** A valid case, as CaseSchema returns it (labels trimmed). */
export const anyCase = (shape: CaseShape = {}): fc.Arbitrary<Case> =>
  fc
    .record({
      id: anyId,
      title: nonEmptyText,
      citation: fc.record(
        {
          authors: fc.array(nonEmptyText, { minLength: 1, maxLength: 3 }),
          journal: nonEmptyText,
          year: fc.integer({ min: 1000, max: 9999 }),
          title: nonEmptyText,
          doi: fc.stringMatching(/^10\.\d{4,9}\/[a-z0-9.]{1,10}$/),
          notes: anyText,
        },
        // Authors, journal and year may be absent too: a case made from CSV rows has none.
        { requiredKeys: [] },
      ),
      patient: fc.record(
        {
          ageAtPresentation: fc.record({
            value: fc.integer({ min: 0, max: 150 }),
            unit: fc.constantFrom(...AGE_UNITS),
          }),
          sex: fc.constantFrom(...SEXES),
        },
        { requiredKeys: ['sex'] },
      ),
      diagnoses: fc.uniqueArray(
        fc.record(
          { id: anyId, label: nonEmptyText, criteria: fc.array(nonEmptyText, { maxLength: 2 }), date: anyPartialDate },
          { requiredKeys: ['id', 'label', 'criteria'] },
        ),
        { selector: (d) => d.id, maxLength: 2 },
      ),
      events: fc.uniqueArray(anyEvent(), { selector: (e) => e.id, maxLength: shape.events?.maxLength ?? 6 }),
      observations: fc.uniqueArray(anyObservation(anyId, shape.numbers), {
        selector: (o) => o.id,
        maxLength: shape.observations?.maxLength ?? 6,
      }),
      sources: fc.option(fc.uniqueArray(anyCaseSource, { selector: (s) => s.fingerprint, maxLength: 2 }), {
        nil: undefined,
      }),
      createdAt: timestamp,
      updatedAt: timestamp,
      abstractors: fc.option(anyAbstractors, { nil: undefined }),
      reconciliation: fc.option(
        fc.record({ left: anyReconciledSide, right: anyReconciledSide, by: nonEmptyText, at: timestamp }),
        { nil: undefined },
      ),
    })
    .chain(({ abstractors, reconciliation, ...c }) => {
      const fingerprints = (c.sources ?? []).map((s) => s.fingerprint);
      return fc
        .record({
          diagnoses: withEvidence<Diagnosis>(c.diagnoses, fingerprints).chain(withProvenance),
          events: withEvidence(c.events, fingerprints).chain(withProvenance),
          observations: withEvidence(c.observations, fingerprints).chain(withProvenance),
        })
        .map((rows) => ({
          ...c,
          ...withOptional('sources', c.sources),
          ...rows,
          ...withOptional('abstractors', abstractors),
          ...withOptional('reconciliation', reconciliation),
        }));
    })
    .map((c) => CaseSchema.parse({ schemaVersion: SCHEMA_VERSION, ...c }));
