// The contract between the compare engine (shared/compare) and the compare view (renderer/features/compare).
import type { Case, Citation, Diagnosis, Observation, Patient, TimelineEvent } from '../model/case';

/** What a compared item is; a pair never crosses kinds, nor event kinds. */
export type ComparedKind = 'citation' | 'patient' | 'diagnosis' | 'event' | 'observation';
export type ComparedRow = Diagnosis | TimelineEvent | Observation | Citation | Patient;

/**
 * Every field compared, in the clinician's words, in the order the view and the agreement CSV show
 * them. Which kinds have which field: see `FIELDS_BY_KIND`.
 */
export const COMPARED_FIELDS = [
  // citation
  'title',
  'authors',
  'journal',
  'year',
  'volume',
  'issue',
  'pages',
  'doi',
  // patient
  'sex',
  'age',
  // diagnoses, events and observations
  'label',
  'criteria',
  'analyte',
  'value',
  'comparator',
  'unit',
  'range',
  'date',
  'datePrecision',
  'approximate',
  'end',
  'duration',
  'dose',
  'route',
  'frequency',
  'notes',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export const FIELDS_BY_KIND: Readonly<Record<ComparedKind, readonly ComparedField[]>> = {
  citation: ['title', 'authors', 'journal', 'year', 'volume', 'issue', 'pages', 'doi', 'notes'],
  patient: ['sex', 'age'],
  // A diagnosis's label and an observation's analyte are what pairs them (see `compareCases`), so
  // they agree by construction and are not counted, as kind is not.
  diagnosis: ['criteria', 'date', 'datePrecision', 'approximate', 'notes'],
  event: ['label', 'date', 'datePrecision', 'approximate', 'end', 'duration', 'dose', 'route', 'frequency', 'notes'],
  observation: ['value', 'comparator', 'unit', 'range', 'date', 'datePrecision', 'approximate', 'notes'],
};

/** Categorical fields with Cohen's kappa (kind is not one: pairing holds it equal). */
export const KAPPA_FIELDS = ['comparator', 'unit', 'approximate', 'datePrecision'] as const;
export type KappaField = (typeof KAPPA_FIELDS)[number];

/** Both sides as shown to the clinician; '' = absent. */
export interface FieldDifference {
  field: ComparedField;
  left: string;
  right: string;
}

export type PairStatus = 'agree' | 'differ' | 'left-only' | 'right-only';

export interface ComparedItem {
  /** Stable: `${kind}:${leftId ?? '-'}:${rightId ?? '-'}` ('citation:-:-', 'patient:-:-'). */
  key: string;
  kind: ComparedKind;
  eventKind?: TimelineEvent['kind'];
  status: PairStatus;
  left?: ComparedRow;
  right?: ComparedRow;
  /** [] unless status is 'differ'. */
  differences: FieldDifference[];
  /** 'single' = citation and patient, one a case. Absent on unpaired items. */
  pairedBy?: 'evidence' | 'identical' | 'assignment' | 'single';
  /** One line for the list, e.g. "CK 12,000 U/L · 2021-03-05". */
  summary: string;
}

export interface FieldAgreement {
  field: ComparedField;
  /** Paired items that have this field on either side (absent on both sides is not counted). */
  compared: number;
  agreed: number;
  percent: number | null;
  /** null = NA: not a kappa field, nothing compared, or chance agreement is 1. */
  kappa: number | null;
  kappaDefined: boolean;
}

export interface Agreement {
  fields: FieldAgreement[];
  overall: { compared: number; agreed: number; percent: number | null };
  presence: { both: number; leftOnly: number; rightOnly: number; percent: number | null };
}

export interface Comparison {
  items: ComparedItem[];
  agreement: Agreement;
}

export type Decision = { choice: 'left' } | { choice: 'right' } | { choice: 'edited'; row: ComparedRow };
/** By item key; 'agree' items need none. */
export type Decisions = Readonly<Record<string, Decision>>;

export interface ReconcileInput {
  left: Case;
  right: Case;
  comparison: Comparison;
  decisions: Decisions;
  /** The reconciler's name. */
  by: string;
  /** ISO 8601 UTC timestamp. */
  now: string;
  newCaseId: string;
}

// Functions (shared/compare/index.ts):
//   compareCases(left, right): Comparison
//   reconcileCases(input: ReconcileInput): Result<Case>   refuses naming the first undecided item
//   undecidedCount(comparison, decisions): number
//   agreementCsv(comparison, decisions, leftName, rightName): string   (contract in shared/codecs/csv/README.md)
// Worker: renderer/features/compare/compare-client.ts exports compareInWorker(left, right): Promise<Comparison>.
