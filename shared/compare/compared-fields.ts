// Each compared field of a row: how it is shown, and the key two rows must share to agree on it.
import { partialDateMidpoint, precisionOf, type PartialDate } from '../dates/partial-date';
import type { Citation, Diagnosis, Observation, Patient, TimelineEvent } from '../model/case';
import { formatReferenceRange } from '../model/observation-value';
import type { ComparedField, ComparedItem, ComparedKind, ComparedRow } from './compare-types';
import { FIELDS_BY_KIND } from './compare-types';

/** One field of one row. `key` '' = absent; two present fields agree when their keys are equal. */
export interface FieldValue {
  shown: string;
  key: string;
}

const ABSENT: FieldValue = { shown: '', key: '' };

/**
 * Free text agrees whatever its case and spacing: "Methylprednisolone  500 mg" and
 * "methylprednisolone 500 mg" are one label, and a reviewer would not call them a disagreement.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const text = (value: string | undefined): FieldValue =>
  value === undefined || value.trim() === '' ? ABSENT : { shown: value, key: normaliseText(value) };

const exactly = (value: string | undefined): FieldValue =>
  value === undefined || value === '' ? ABSENT : { shown: value, key: value };

const flag = (value: boolean): FieldValue => (value ? { shown: 'yes', key: 'true' } : { shown: 'no', key: 'false' });

function number(value: number, decimals: number | undefined): string {
  return decimals === undefined ? String(value) : value.toFixed(decimals);
}

/** A date's three fields; the date itself agrees at the coarser of two precisions (see `fieldsAgree`). */
function dateFields(date: PartialDate | undefined): Pick<Fields, 'date' | 'datePrecision' | 'approximate'> {
  if (date === undefined) return { date: ABSENT, datePrecision: ABSENT, approximate: ABSENT };
  return {
    date: exactly(date.date),
    datePrecision: exactly(precisionOf(date.date)),
    approximate: flag(date.approximate),
  };
}

export type Fields = Partial<Record<ComparedField, FieldValue>>;

/** The result without its comparator, as printed: `1620`, `300.0`, `400–500`, `positive`. */
function observationValue(o: Observation): FieldValue {
  if (o.valueText !== undefined) return { shown: o.valueText, key: `t:${normaliseText(o.valueText)}` };
  if (o.value === undefined) return ABSENT;
  const low = number(o.value, o.decimalPlaces);
  // Agreement is on the number: "300" and "300.0" are one value, however many decimals were kept.
  if (o.valueHigh === undefined) return { shown: low, key: `n:${o.value}` };
  return { shown: `${low}–${number(o.valueHigh, o.decimalPlaces)}`, key: `n:${o.value}-${o.valueHigh}` };
}

function observationFields(o: Observation): Fields {
  const range = o.referenceRange;
  return {
    analyte: text(o.analyte),
    value: observationValue(o),
    // Only a number has a comparator; none ("=") is a category of its own for kappa.
    comparator: o.value === undefined ? ABSENT : { shown: o.comparator ?? '', key: o.comparator ?? '=' },
    unit: exactly(o.unit),
    range: range ? { shown: formatReferenceRange(o), key: `${range.low ?? ''}|${range.high ?? ''}` } : ABSENT,
    ...dateFields(o.date),
    notes: text(o.notes),
  };
}

function eventFields(e: TimelineEvent): Fields {
  const end = e.end;
  const dose = e.dose;
  return {
    label: text(e.label),
    ...dateFields(e.start),
    end: end ? exactly(`${end.approximate ? '~' : ''}${end.date}`) : ABSENT,
    duration: e.duration ? exactly(`${e.duration.value} ${e.duration.unit}`) : ABSENT,
    dose: dose?.value !== undefined ? text(`${dose.value} ${dose.unit ?? ''}`) : ABSENT,
    route: text(dose?.route),
    frequency: text(dose?.frequency),
    notes: text(e.notes),
  };
}

function diagnosisFields(d: Diagnosis): Fields {
  return {
    label: text(d.label),
    criteria:
      d.criteria.length === 0
        ? ABSENT
        : { shown: d.criteria.join('; '), key: d.criteria.map(normaliseText).sort().join('\u0000') },
    ...dateFields(d.date),
    notes: text(d.notes),
  };
}

function citationFields(c: Citation): Fields {
  return {
    title: text(c.title),
    authors: c.authors ? { shown: c.authors.join('; '), key: c.authors.map(normaliseText).join('\u0000') } : ABSENT,
    journal: text(c.journal),
    year: c.year === undefined ? ABSENT : exactly(String(c.year)),
    volume: text(c.volume),
    issue: text(c.issue),
    pages: text(c.pages),
    // DOIs are case-insensitive (DOI Handbook 2.4).
    doi: c.doi === undefined ? ABSENT : { shown: c.doi, key: c.doi.toLowerCase() },
    notes: text(c.notes),
  };
}

function patientFields(p: Patient): Fields {
  const age = p.ageAtPresentation;
  return { sex: exactly(p.sex), age: age ? exactly(`${age.value} ${age.unit}`) : ABSENT };
}

export function fieldsOf(kind: ComparedKind, row: ComparedRow): Fields {
  switch (kind) {
    case 'observation':
      return observationFields(row as Observation);
    case 'event':
      return eventFields(row as TimelineEvent);
    case 'diagnosis':
      return diagnosisFields(row as Diagnosis);
    case 'citation':
      return citationFields(row as Citation);
    case 'patient':
      return patientFields(row as Patient);
  }
}

/**
 * Whether a paired item is compared on a field: it is when either side has it. A date's precision
 * and approximate flag only when both sides have the date: a date on one side only is one
 * difference (the date), not three.
 */
export function isCompared(field: ComparedField, left: Fields, right: Fields): boolean {
  if (field === 'datePrecision' || field === 'approximate') {
    return (left.date?.key ?? '') !== '' && (right.date?.key ?? '') !== '';
  }
  return (left[field]?.key ?? '') !== '' || (right[field]?.key ?? '') !== '';
}

/** Two dates agree when they name the same period at the coarser precision: 2021-03-05 and 2021-03 do. */
function datesAgree(a: string, b: string): boolean {
  if (a === '' || b === '') return a === b;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

export function fieldAgrees(field: ComparedField, left: Fields, right: Fields): boolean {
  const a = left[field]?.key ?? '';
  const b = right[field]?.key ?? '';
  return field === 'date' ? datesAgree(a, b) : a === b;
}

/** The fields compared for a kind, in the order shown (FIELDS_BY_KIND). */
export function comparedFieldsOf(kind: ComparedKind): readonly ComparedField[] {
  return FIELDS_BY_KIND[kind];
}

/**
 * The fields an item's agreement counts: its kind's, less what pairing held equal. An event other
 * than a treatment is paired by its label, so its label cannot disagree and is not counted (a
 * treatment is paired by its drug: "Ofatumumab dose 1" and "Ofatumumab" can differ).
 */
export function countedFieldsOf(item: Pick<ComparedItem, 'kind' | 'eventKind'>): readonly ComparedField[] {
  if (item.kind !== 'event' || item.eventKind === 'treatment') return FIELDS_BY_KIND[item.kind];
  return EVENT_FIELDS_BUT_LABEL;
}

const EVENT_FIELDS_BUT_LABEL = FIELDS_BY_KIND.event.filter((field) => field !== 'label');

/** A row's id; citation and patient have none. */
export const idOf = (row: ComparedRow | undefined): string | undefined => (row as { id?: string } | undefined)?.id;

/** Everything two rows must share to be identical, as one string. */
export function signatureOf(kind: ComparedKind, fields: Fields): string {
  let out = '';
  for (const field of FIELDS_BY_KIND[kind]) out += `${fields[field]?.key ?? ''}\u0001`;
  return out;
}

/** Days between the middles of two partial dates, for the assignment's ties. */
export function daysApart(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : 36_500;
  return Math.abs(partialDateMidpoint(a) - partialDateMidpoint(b)) / 86_400_000;
}
