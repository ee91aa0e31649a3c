// The agreement CSV: one row per compared item, for the review's methods section. Its contract
// (columns, types, how to read them in R and pandas) is at the end of shared/codecs/csv/README.md.
import { escapeText } from '../codecs/csv/cells';
import { stringifyCsvRecords } from '../codecs/csv/csv-records';
import type { Diagnosis, Observation, TimelineEvent } from '../model/case';
import { AGREEMENT_FIELDS } from './agreement';
import type { ComparedField, ComparedItem, Comparison, Decisions } from './compare-types';
import { FIELDS_BY_KIND } from './compare-types';
import { countedFieldsOf, fieldAgrees, fieldsOf, idOf, isCompared, type Fields } from './compared-fields';
import { isKept } from './decisions';

export type CsvType = 'string' | 'integer' | 'boolean';

const snake = (field: ComparedField) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Typed fields; every other field's columns are strings. */
const FIELD_TYPES: Partial<Record<ComparedField, CsvType>> = { year: 'integer', approximate: 'boolean' };

const LEADING_COLUMNS = [
  ['item_key', 'string'],
  ['kind', 'string'],
  ['event_kind', 'string'],
  ['name', 'string'],
  ['status', 'string'],
  ['paired_by', 'string'],
  ['left_abstractor', 'string'],
  ['right_abstractor', 'string'],
  ['left_row_id', 'string'],
  ['right_row_id', 'string'],
  ['summary', 'string'],
  ['differences', 'integer'],
] as const satisfies readonly (readonly [string, CsvType])[];

const TRAILING_COLUMNS = [
  ['decision', 'string'],
  ['kept', 'boolean'],
] as const satisfies readonly (readonly [string, CsvType])[];

/** Every column, in order, with its type: the contract the README documents and a test checks. */
export const AGREEMENT_CSV_COLUMNS: readonly (readonly [string, CsvType])[] = [
  ...LEADING_COLUMNS,
  ...AGREEMENT_FIELDS.flatMap((field) => [
    [`${snake(field)}_left`, FIELD_TYPES[field] ?? 'string'] as const,
    [`${snake(field)}_right`, FIELD_TYPES[field] ?? 'string'] as const,
    [`${snake(field)}_agree`, 'boolean'] as const,
  ]),
  ...TRAILING_COLUMNS,
];

/** What the item is about, in the clinician's words: the analyte, the event or the diagnosis. */
function nameOf(item: ComparedItem): string {
  const row = item.left ?? item.right;
  if (row === undefined) return '';
  switch (item.kind) {
    case 'observation':
      return (row as Observation).analyte;
    case 'event':
      return (row as TimelineEvent).label;
    case 'diagnosis':
      return (row as Diagnosis).label;
    default:
      return item.kind;
  }
}

const text = (value: string) => escapeText(value);
const bool = (value: boolean | undefined) => (value === undefined ? '' : value ? 'true' : 'false');

/** A field's cell as its type reads: approximate `true`/`false`, year an integer, the rest text as shown. */
function cell(field: ComparedField, fields: Fields | undefined): string {
  const value = fields?.[field];
  if (value === undefined || value.key === '') return '';
  if (field === 'approximate') return value.key;
  if (field === 'year') return value.key;
  return text(value.shown);
}

/**
 * The wide agreement CSV: per item, its kind, status and rows, then for each field the left's and
 * the right's values and whether they agree (empty where the field was not compared: one side
 * only, a field of another kind, or absent on both sides), then the decision and whether the
 * reconciled case keeps the item. The abstractors' names are columns, not headers, so the columns
 * are the same for every export.
 */
export function agreementCsv(
  comparison: Comparison,
  decisions: Decisions,
  leftName: string,
  rightName: string,
): string {
  const records: string[][] = [AGREEMENT_CSV_COLUMNS.map(([name]) => name)];
  for (const item of comparison.items) {
    const left = item.left ? fieldsOf(item.kind, item.left) : undefined;
    const right = item.right ? fieldsOf(item.kind, item.right) : undefined;
    const kindFields = new Set<ComparedField>(FIELDS_BY_KIND[item.kind]);
    const counted = new Set<ComparedField>(countedFieldsOf(item));
    const paired = left !== undefined && right !== undefined;
    const decision = decisions[item.key];
    const record = [
      text(item.key),
      item.kind,
      item.eventKind ?? '',
      text(nameOf(item)),
      item.status,
      item.pairedBy ?? '',
      text(leftName),
      text(rightName),
      text(idOf(item.left) ?? ''),
      text(idOf(item.right) ?? ''),
      text(item.summary),
      paired ? String(item.differences.length) : '',
    ];
    for (const field of AGREEMENT_FIELDS) {
      if (!kindFields.has(field)) {
        record.push('', '', '');
        continue;
      }
      // A field pairing held equal shows both values, and no agreement: it is not a reading that could differ.
      const compared = paired && counted.has(field) && isCompared(field, left, right);
      record.push(cell(field, left), cell(field, right), compared ? bool(fieldAgrees(field, left, right)) : '');
    }
    const choice = item.status === 'agree' ? 'agreed' : (decision?.choice ?? '');
    record.push(choice, bool(isKept(item, decision)));
    records.push(record);
  }
  return stringifyCsvRecords(records);
}
