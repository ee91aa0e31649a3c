// The case-abstraction data model: zod schemas are the single source of truth, types are inferred.
import { z } from 'zod';
import { PartialDateSchema, parsePartialDate, partialDateBounds } from '../dates/partial-date';
import { precisionProblem } from '../values/precision';
import { checkDerivedDates } from '../dates/relative-links';
import { IdSchema } from './id';
import { isValidLoinc } from './loinc';
import { CaseSourceSchema, EvidenceAnchorSchema } from './evidence';
import { NameText, NoteText, TitleText } from './text';

export { IdSchema };

/**
 * 2: evidence on events, observations and diagnoses, and the case's sources. 3: who created and
 * last changed each row and when, the case's abstractors, and what a reconciliation decided. Older
 * cases are upgraded on the way in (./upgrade.ts), never refused.
 */
export const SCHEMA_VERSION = 3 as const;

// Every text has a length limit and character rules (./text): names ≤ 200, titles ≤ 500, notes ≤ 20,000.
const NonEmptyText = NameText;
const FiniteNumber = z.number().refine(Number.isFinite, 'number must be finite');
const IsoTimestamp = z.iso.datetime({ message: 'timestamp must be ISO 8601 UTC, e.g. 2024-01-31T12:00:00.000Z' });

export const RECONCILE_DECISIONS = ['agreed', 'left', 'right', 'edited'] as const;

/**
 * On a row of a reconciled case: which abstraction it came from (or that both agreed, or that the
 * reconciler edited it), who decided and when, and the ids of the rows it was decided from.
 */
export const RowReconciledSchema = z
  .object({
    decision: z.enum(RECONCILE_DECISIONS),
    by: NameText('reconciled by'),
    at: IsoTimestamp,
    leftId: IdSchema.optional(),
    rightId: IdSchema.optional(),
  })
  .strict();

/**
 * Who made a row and who last changed it, and when (schema 3). Every part is optional: rows of
 * older files, and rows imported from CSV, say nothing about it, and nothing is invented for them.
 * A row saved before the abstractor gave a name has its times and no name.
 */
export const RowProvenanceShape = {
  createdBy: NameText('created by').optional(),
  createdAt: IsoTimestamp.optional(),
  changedBy: NameText('changed by').optional(),
  changedAt: IsoTimestamp.optional(),
  reconciled: RowReconciledSchema.optional(),
};
export const RowProvenanceSchema = z.object(RowProvenanceShape).strict();

/** The row fields that say who and when rather than what was read: comparing and CSV leave them aside. */
export const PROVENANCE_FIELDS = ['createdBy', 'createdAt', 'changedBy', 'changedAt', 'reconciled'] as const;
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number];

/** A row as read, without who made it and when. */
export function withoutProvenance<T extends object>(row: T): Omit<T, ProvenanceField> {
  const {
    createdBy: _createdBy,
    createdAt: _createdAt,
    changedBy: _changedBy,
    changedAt: _changedAt,
    reconciled: _reconciled,
    ...rest
  } = row as T & Partial<Record<ProvenanceField, unknown>>;
  return rest;
}

/** One side of a reconciliation: the case it came from, as it was named then. */
export const ReconciledSideSchema = z
  .object({
    caseId: IdSchema,
    title: TitleText('title'),
    abstractors: z.array(NameText('abstractor')),
  })
  .strict();

/** On a case written by reconciling two abstractions: the two, who reconciled them and when. */
export const CaseReconciliationSchema = z
  .object({
    left: ReconciledSideSchema,
    right: ReconciledSideSchema,
    by: NameText('reconciled by'),
    at: IsoTimestamp,
  })
  .strict();

/**
 * Authors, journal and year are absent when not known yet (a case made from CSV rows, a report read
 * before its details): an absent field says "unknown" without inventing one.
 */
export const CitationSchema = z
  .object({
    authors: z.array(NonEmptyText('author')).min(1, 'authors are empty: leave them out when not known').optional(),
    journal: NonEmptyText('journal').optional(),
    year: z.number().int().min(1000, 'year is out of range').max(9999, 'year is out of range').optional(),
    title: TitleText('title').optional(),
    volume: NonEmptyText('volume').optional(),
    issue: NonEmptyText('issue').optional(),
    pages: NonEmptyText('pages').optional(),
    doi: z
      .string()
      .max(200, 'DOI is longer than 200 characters')
      .regex(/^10\.\d{4,9}\/\S+$/, 'DOI must look like 10.1234/abc')
      .refine((doi) => !/\p{Cc}/u.test(doi), 'DOI has a control character: remove it')
      .optional(),
    notes: NoteText().optional(),
  })
  .strict();

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const AGE_UNITS = ['years', 'months', 'weeks', 'days'] as const;

export const PatientSchema = z
  .object({
    ageAtPresentation: z
      .object({
        value: FiniteNumber.refine((v) => v >= 0 && v <= 150, 'age must be between 0 and 150'),
        unit: z.enum(AGE_UNITS),
      })
      .strict()
      .optional(),
    sex: z.enum(SEXES),
  })
  .strict();

export const DiagnosisSchema = z
  .object({
    id: IdSchema,
    label: NonEmptyText('diagnosis'),
    criteria: z.array(NonEmptyText('criterion')),
    date: PartialDateSchema.optional(),
    notes: NoteText().optional(),
    /** Where in the case's sources this was read (schema 2). */
    evidence: z.array(EvidenceAnchorSchema).optional(),
    ...RowProvenanceShape,
  })
  .strict();

export const EVENT_KINDS = [
  'symptom',
  'diagnosis',
  'treatment',
  'procedure',
  'vaccination',
  'admission',
  'outcome',
  'other',
] as const;

/** Dose as reported; a vaccine "by injection" has a route but no amount, so every part is optional. */
function endsBeforeStart(start: string, end: string): boolean {
  if (!parsePartialDate(start).ok || !parsePartialDate(end).ok) return false;
  return partialDateBounds(end).last < partialDateBounds(start).first;
}

export const DoseSchema = z
  .object({
    value: FiniteNumber.refine((v) => v > 0, 'dose must be greater than 0').optional(),
    unit: NonEmptyText('dose unit').optional(),
    route: NonEmptyText('route').optional(),
    frequency: NonEmptyText('frequency').optional(),
  })
  .strict()
  .superRefine((dose, ctx) => {
    if (dose.value !== undefined && dose.unit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a dose needs a unit' });
    }
    if (dose.unit !== undefined && dose.value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a dose unit needs a dose amount' });
    }
    if (Object.values(dose).every((part) => part === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'dose is empty: give an amount, a route or a frequency' });
    }
  });

export const DURATION_UNITS = ['days', 'weeks', 'months', 'years', 'doses'] as const;

/** A course length as reported ("3 days", "×5"), kept beside the derived end date. */
export const DurationSchema = z
  .object({
    value: FiniteNumber.refine((v) => v > 0, 'duration must be greater than 0'),
    unit: z.enum(DURATION_UNITS),
  })
  .strict();

export const TimelineEventSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(EVENT_KINDS),
    label: NonEmptyText('label'),
    start: PartialDateSchema,
    end: PartialDateSchema.optional(),
    duration: DurationSchema.optional(),
    dose: DoseSchema.optional(),
    notes: NoteText().optional(),
    /** Where in the case's sources this was read (schema 2). */
    evidence: z.array(EvidenceAnchorSchema).optional(),
    ...RowProvenanceShape,
  })
  .strict()
  .superRefine((event, ctx) => {
    // Compare periods, not labels: an end of "2022-06" is not before a start of "2022-06-01";
    // only an end whose whole period lies before the start's is.
    if (event.end && endsBeforeStart(event.start.date, event.end.date)) {
      ctx.addIssue({ code: 'custom', path: ['end', 'date'], message: 'end date is before start date' });
    }
  });

export const COMPARATORS = ['<', '<=', '>', '>=', '~'] as const;

export const ReferenceRangeSchema = z
  .object({
    low: FiniteNumber.optional(),
    high: FiniteNumber.optional(),
  })
  .strict()
  .superRefine((range, ctx) => {
    if (range.low === undefined && range.high === undefined) {
      ctx.addIssue({ code: 'custom', message: 'reference range needs a low or a high limit' });
    }
    if (range.low !== undefined && range.high !== undefined && range.high < range.low) {
      ctx.addIssue({ code: 'custom', path: ['high'], message: 'reference high is below reference low' });
    }
  });

/** Labs and measurements alike: a numeric result (maybe censored or a range) or a text result. */
export const ObservationSchema = z
  .object({
    id: IdSchema,
    analyte: NonEmptyText('analyte'),
    loinc: z.string().refine(isValidLoinc, 'LOINC code must look like 2157-6, with its check digit right').optional(),
    date: PartialDateSchema,
    comparator: z.enum(COMPARATORS).optional(),
    value: FiniteNumber.optional(),
    valueHigh: FiniteNumber.optional(),
    /** Digits after the decimal point as reported, so ">300.0" is shown back as typed. */
    decimalPlaces: z.number().int().min(1).max(12).optional(),
    valueText: NonEmptyText('text result').optional(),
    /** UCUM code (`U/L`, `ug/L`, `10*6/L`); free text only when `unitIsFreeText` says so. */
    unit: NonEmptyText('unit').optional(),
    unitIsFreeText: z.literal(true).optional(),
    referenceRange: ReferenceRangeSchema.optional(),
    notes: NoteText().optional(),
    /** Where in the case's sources this was read (schema 2). */
    evidence: z.array(EvidenceAnchorSchema).optional(),
    ...RowProvenanceShape,
  })
  .strict()
  .superRefine((obs, ctx) => {
    const hasNumber = obs.value !== undefined;
    if (hasNumber === (obs.valueText !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: hasNumber ? 'value has both a number and a text result' : 'value needs a number or a text result',
      });
    }
    if (obs.valueHigh !== undefined) {
      if (!hasNumber) ctx.addIssue({ code: 'custom', path: ['valueHigh'], message: 'a range needs a low value' });
      else if (obs.valueHigh < (obs.value ?? 0)) {
        ctx.addIssue({ code: 'custom', path: ['valueHigh'], message: 'upper value is below the lower value' });
      }
      if (obs.comparator !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['comparator'], message: 'a range cannot also have a comparator' });
      }
    }
    if (obs.comparator !== undefined && !hasNumber) {
      ctx.addIssue({ code: 'custom', path: ['comparator'], message: 'a comparator needs a numeric value' });
    }
    if (obs.decimalPlaces !== undefined && !hasNumber) {
      ctx.addIssue({ code: 'custom', path: ['decimalPlaces'], message: 'decimal places need a numeric value' });
    }
    // Shown with its decimals, a value must still be one a stored number keeps (1000 with 12 decimals
    // has 16 digits): past 15, toFixed shows digits the report never printed.
    for (const n of obs.decimalPlaces === undefined ? [] : [obs.value, obs.valueHigh]) {
      const imprecise =
        n === undefined || Math.abs(n) >= 1e21 ? undefined : precisionProblem(n.toFixed(obs.decimalPlaces));
      if (imprecise !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['decimalPlaces'],
          message: `with ${obs.decimalPlaces} decimals, ${imprecise}`,
        });
      }
    }
    if (hasNumber && obs.unit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a numeric value needs a unit' });
    }
    if (obs.unitIsFreeText && obs.unit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['unitIsFreeText'], message: 'free-text unit flag without a unit' });
    }
  });

/** What the case details form edits: everything but the rows and the bookkeeping. */
export const CaseDetailsSchema = z
  .object({
    title: TitleText('title'),
    citation: CitationSchema,
    patient: PatientSchema,
    diagnoses: z.array(DiagnosisSchema),
  })
  .strict();

export const CaseSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION, { message: `schema version must be ${SCHEMA_VERSION}` }),
    id: IdSchema,
    title: TitleText('title'),
    citation: CitationSchema,
    patient: PatientSchema,
    diagnoses: z.array(DiagnosisSchema),
    /** The documents the case was read from; their text is kept apart, keyed by fingerprint (schema 2). */
    sources: z.array(CaseSourceSchema).optional(),
    events: z.array(TimelineEventSchema),
    observations: z.array(ObservationSchema),
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
    /** Everyone who edited the case, each once, in the order of their first edit (schema 3). */
    abstractors: z.array(NameText('abstractor')).optional(),
    /** Set on a case written by reconciling two abstractions (schema 3). */
    reconciliation: CaseReconciliationSchema.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    checkEvidenceSources(c, ctx);
    const abstractors = new Set<string>();
    c.abstractors?.forEach((name, index) => {
      if (abstractors.has(name)) {
        ctx.addIssue({ code: 'custom', path: ['abstractors', index], message: `abstractor "${name}" is listed twice` });
      }
      abstractors.add(name);
    });
    for (const [list, items] of [
      ['diagnoses', c.diagnoses],
      ['events', c.events],
      ['observations', c.observations],
    ] as const) {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item.id)) {
          ctx.addIssue({ code: 'custom', path: [list, index, 'id'], message: `duplicate id "${item.id}"` });
        }
        seen.add(item.id);
      });
    }
    for (const problem of checkDerivedDates(c)) {
      ctx.addIssue({
        code: 'custom',
        path: problem.where
          .split(/[.[\]]+/)
          .filter(Boolean)
          .map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
        message: problem.message,
      });
    }
  });

/**
 * Every anchor names a source the case lists, so that whoever opens the case can tell which
 * document (name, kind, normaliser) its offsets count into; the text itself stays in the source
 * store. A source is listed once.
 */
function checkEvidenceSources(
  c: {
    sources?: { fingerprint: string }[] | undefined;
    diagnoses: { evidence?: { source: string }[] | undefined }[];
    events: { evidence?: { source: string }[] | undefined }[];
    observations: { evidence?: { source: string }[] | undefined }[];
  },
  ctx: z.RefinementCtx,
): void {
  const listed = new Set<string>();
  c.sources?.forEach((source, index) => {
    if (listed.has(source.fingerprint)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources', index, 'fingerprint'],
        message: `source ${source.fingerprint.slice(0, 12)}… is listed twice`,
      });
    }
    listed.add(source.fingerprint);
  });
  for (const [list, items] of [
    ['diagnoses', c.diagnoses],
    ['events', c.events],
    ['observations', c.observations],
  ] as const) {
    items.forEach((item, index) =>
      item.evidence?.forEach((anchor, k) => {
        if (listed.has(anchor.source)) return;
        ctx.addIssue({
          code: 'custom',
          path: [list, index, 'evidence', k, 'source'],
          message: `evidence names source ${anchor.source.slice(0, 12)}…, which is not in the case's sources: add the source to the case first`,
        });
      }),
    );
  }
}

export type Citation = z.infer<typeof CitationSchema>;
export type Patient = z.infer<typeof PatientSchema>;
export type Diagnosis = z.infer<typeof DiagnosisSchema>;
export type Dose = z.infer<typeof DoseSchema>;
export type Duration = z.infer<typeof DurationSchema>;
export type EventKind = (typeof EVENT_KINDS)[number];
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type Comparator = (typeof COMPARATORS)[number];
export type Observation = z.infer<typeof ObservationSchema>;
export type Case = z.infer<typeof CaseSchema>;
export type RowProvenance = z.infer<typeof RowProvenanceSchema>;
export type RowReconciled = z.infer<typeof RowReconciledSchema>;
export type ReconcileDecision = (typeof RECONCILE_DECISIONS)[number];
export type CaseReconciliation = z.infer<typeof CaseReconciliationSchema>;
