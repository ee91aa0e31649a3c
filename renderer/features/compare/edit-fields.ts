// The compare's edit form as plain data: which fields each kind shows, the fields prefilled from a
// row, and the row read back, with the event and lab forms' own parsing (shared/editing). Pure.
import type { ComparedItem, ComparedRow } from '../../../shared/compare/compare-types';
import { optionalText } from '../../../shared/editing/date-input';
import { eventToFields, fieldsToEvent, type EventFields } from '../../../shared/editing/event-fields';
import {
  fieldsToObservation,
  observationToFields,
  type ObservationFields,
} from '../../../shared/editing/observation-fields';
import {
  DiagnosisSchema,
  PROVENANCE_FIELDS,
  type Diagnosis,
  type Observation,
  type TimelineEvent,
} from '../../../shared/model/case';
import type { Result } from '../../../shared/model/result';
import { validateWith } from '../../../shared/model/validate';

export type Fields = Record<string, string | boolean>;

export interface FieldSpec {
  name: string;
  label: string;
  check?: boolean;
  /** Names and notes get two columns of the form's grid. */
  wide?: boolean;
}

export const EVENT_FIELDS: FieldSpec[] = [
  { name: 'label', label: 'Event', wide: true },
  { name: 'start', label: 'Start' },
  { name: 'startApproximate', label: 'Start approximate', check: true },
  { name: 'end', label: 'End' },
  { name: 'endApproximate', label: 'End approximate', check: true },
  { name: 'duration', label: 'Duration' },
  { name: 'doseValue', label: 'Dose' },
  { name: 'doseUnit', label: 'Dose unit' },
  { name: 'route', label: 'Route' },
  { name: 'frequency', label: 'Frequency' },
  { name: 'notes', label: 'Notes', wide: true },
];

export const OBSERVATION_FIELDS: FieldSpec[] = [
  { name: 'analyte', label: 'Analyte', wide: true },
  { name: 'date', label: 'Date' },
  { name: 'dateApproximate', label: 'Date approximate', check: true },
  { name: 'value', label: 'Value' },
  { name: 'valueIsText', label: 'Keep as text', check: true },
  { name: 'unit', label: 'Unit' },
  { name: 'unitIsFreeText', label: 'Unit is free text', check: true },
  { name: 'referenceLow', label: 'Reference low' },
  { name: 'referenceHigh', label: 'Reference high' },
  { name: 'notes', label: 'Notes', wide: true },
];

export const DIAGNOSIS_FIELDS: FieldSpec[] = [
  { name: 'label', label: 'Diagnosis', wide: true },
  { name: 'criteria', label: 'Criteria (separated by ;)', wide: true },
  { name: 'notes', label: 'Notes', wide: true },
];

/** Whether E can edit this kind here; citation and patient are edited in the reconciled case's details. */
export const editableKinds = new Set<ComparedItem['kind']>(['event', 'observation', 'diagnosis']);

export function initialFields(item: ComparedItem, base: ComparedRow, events: readonly TimelineEvent[]): Fields {
  if (item.kind === 'event') return eventToFields(base as TimelineEvent, events);
  if (item.kind === 'observation') return observationToFields(base as Observation, events);
  const d = base as Diagnosis;
  return { label: d.label, criteria: d.criteria.join('; '), notes: d.notes ?? '' };
}

/**
 * Who made and changed the row (schema 3): not in the form, so carried over from the row edited.
 * Not what was reconciled: the reconcile writes that anew for the edited row.
 */
const PROVENANCE = PROVENANCE_FIELDS.filter((key) => key !== 'reconciled');

function withProvenance(base: ComparedRow, read: Result<ComparedRow>): Result<ComparedRow> {
  if (!read.ok) return read;
  const kept = Object.fromEntries(
    PROVENANCE.flatMap((key) => {
      const value = (base as Partial<Record<(typeof PROVENANCE)[number], unknown>>)[key];
      return value === undefined ? [] : [[key, value]];
    }),
  );
  return { ok: true, value: { ...read.value, ...kept } as ComparedRow };
}

export function readFields(item: ComparedItem, base: ComparedRow, fields: Fields, events: readonly TimelineEvent[]) {
  const id = (base as { id: string }).id;
  if (item.kind === 'event')
    return withProvenance(base, fieldsToEvent(fields as EventFields, id, events) as Result<ComparedRow>);
  if (item.kind === 'observation')
    return withProvenance(base, fieldsToObservation(fields as ObservationFields, id, events) as Result<ComparedRow>);
  const d = base as Diagnosis;
  const notes = optionalText(String(fields['notes'] ?? ''));
  const { notes: _dropped, ...rest } = d;
  return validateWith(DiagnosisSchema, {
    ...rest,
    label: String(fields['label'] ?? '').trim(),
    criteria: String(fields['criteria'] ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
    ...(notes === undefined ? {} : { notes }),
  }) as Result<ComparedRow>;
}

export const fieldSpecs = (kind: ComparedItem['kind']): FieldSpec[] =>
  kind === 'event' ? EVENT_FIELDS : kind === 'observation' ? OBSERVATION_FIELDS : DIAGNOSIS_FIELDS;
