// labs.csv: one observation per row, written from and read into the Observation schema.
import { COMPARATORS, ObservationSchema, type Observation } from '../../model/case';
import type { Problem } from '../../model/result';
import { findAnalyte } from '../../analytes/common-labs';
import { proseUnit } from '../../units/prose-units';
import { isValidUcum } from '../../units/ucum';
import { keepsDecimals } from '../../values/precision';
import { clip, escapeText, formatMeasured, formatNumber } from './cells';
import { columnIndex, readCaseId, RowReader } from './row-reader';

export const LABS_COLUMNS = [
  'case_id',
  'observation_id',
  'analyte',
  'loinc',
  'date',
  'date_approx',
  'comparator',
  'value',
  'value_high',
  'value_text',
  'unit',
  'ref_low',
  'ref_high',
  'notes',
] as const;

export type LabsColumn = (typeof LABS_COLUMNS)[number];

/** One labs.csv row, read and checked against ObservationSchema. */
export interface LabRow {
  /** 1-based line of the file the row starts on. */
  line: number;
  /** Absent when the cell is empty: the rows then belong to the case open in the app. */
  caseId: string | undefined;
  observation: Observation;
}

const COMPARATOR_SET: ReadonlySet<string> = new Set(COMPARATORS);

/**
 * The cells of one row. `value` and `value_high` carry the reported decimals (`300.0`); the other
 * numbers are plain. Not in CSV: `decimalPlaces` (it is in the value's text), `unitIsFreeText`
 * (a unit that is not UCUM reads back as free text) and relative-date links.
 */
export function observationCells(caseId: string, obs: Observation): string[] {
  const range = obs.referenceRange;
  const measured = (value: number | undefined) => (value === undefined ? '' : formatMeasured(value, obs.decimalPlaces));
  const plain = (value: number | undefined) => (value === undefined ? '' : formatNumber(value));
  return [
    ...[caseId, obs.id, obs.analyte, obs.loinc, obs.date.date, String(obs.date.approximate), obs.comparator].map(
      (cell) => escapeText(cell ?? ''),
    ),
    measured(obs.value),
    measured(obs.valueHigh),
    escapeText(obs.valueText ?? ''),
    escapeText(obs.unit ?? ''),
    plain(range?.low),
    plain(range?.high),
    escapeText(obs.notes ?? ''),
  ];
}

function columnOfPath(path: readonly PropertyKey[]): LabsColumn | undefined {
  const [head, sub] = path;
  switch (head) {
    case 'id':
      return 'observation_id';
    case 'analyte':
    case 'loinc':
    case 'comparator':
    case 'value':
    case 'unit':
    case 'notes':
      return head;
    case 'date':
      return sub === 'approximate' ? 'date_approx' : 'date';
    case 'valueHigh':
      return 'value_high';
    case 'valueText':
      return 'value_text';
    case 'decimalPlaces':
      return 'value';
    case 'unitIsFreeText':
      return 'unit';
    case 'referenceRange':
      return sub === 'high' ? 'ref_high' : 'ref_low';
    default:
      return undefined;
  }
}

/** ucum-lhc parses each code; a 100,000-row file has a handful of distinct units. */
const ucumCache = new Map<string, boolean>();

function isUcum(unit: string): boolean {
  let valid = ucumCache.get(unit);
  if (valid === undefined) {
    if (ucumCache.size > 10_000) ucumCache.clear();
    valid = isValidUcum(unit);
    ucumCache.set(unit, valid);
  }
  return valid;
}

const INDEX = columnIndex(LABS_COLUMNS);

/** Reads one labs.csv row; every problem of the row comes back, each at its column. */
export function readLabRow(
  cells: readonly string[],
  line: number,
): { ok: true; row: LabRow } | { ok: false; problems: Problem[] } {
  const row = new RowReader(INDEX, cells, line);
  const caseId = readCaseId(row, 'case_id');
  // Built key by key, absent keys left out: this runs once per row of a 100,000-row file.
  const candidate: Record<string, unknown> = {
    id: row.code('observation_id') ?? '',
    analyte: row.text('analyte') ?? '',
  };
  const loinc = row.code('loinc');
  if (loinc !== undefined) candidate.loinc = loinc;
  candidate.date = { date: row.code('date') ?? '', approximate: row.boolean('date_approx') };
  const comparator = row.code('comparator');
  if (comparator !== undefined) {
    // A bad comparator is left out, so that zod still runs the row's cross-field rules (a bad enum stops them).
    if (COMPARATOR_SET.has(comparator)) candidate.comparator = comparator;
    else row.problem('comparator', `"${clip(comparator)}" is not a comparator: write one of ${COMPARATORS.join(' ')}`);
  }
  const value = row.number('value');
  const valueHigh = row.number('value_high');
  if (value !== undefined) candidate.value = value.value;
  if (valueHigh !== undefined) candidate.valueHigh = valueHigh.value;
  // One decimalPlaces serves both ends of a range, as the model stores it: the finer of the two,
  // unless the coarser end shown with it would pass 15 digits ("-1000" beside "100.139225949251"):
  // then the numbers are kept exactly and their trailing zeros are not.
  const decimals = Math.max(value?.decimals ?? 0, valueHigh?.decimals ?? 0);
  const ends = [value?.value, valueHigh?.value].filter((v) => v !== undefined);
  if (value !== undefined && decimals > 0 && keepsDecimals(ends, decimals)) candidate.decimalPlaces = decimals;
  const valueText = row.text('value_text');
  if (valueText !== undefined) candidate.valueText = valueText;
  const unit = row.text('unit');
  if (unit !== undefined) {
    candidate.unit = unit;
    const code = unit.trim();
    if (code !== '' && !isUcum(code)) {
      // Spelled as reports spell it ("IU/L", "μg/l", "×10^9/L"): the one table the suggestions use too.
      const mapped = proseUnit(code, findAnalyte(String(candidate.analyte))?.unit);
      if (mapped !== undefined) candidate.unit = mapped.code;
      else candidate.unitIsFreeText = true;
    }
  }
  const low = row.number('ref_low');
  const high = row.number('ref_high');
  if (low !== undefined || high !== undefined) {
    const range: Record<string, number> = {};
    if (low !== undefined) range.low = low.value;
    if (high !== undefined) range.high = high.value;
    candidate.referenceRange = range;
  }
  const notes = row.text('notes');
  if (notes !== undefined) candidate.notes = notes;

  const parsed = ObservationSchema.safeParse(candidate);
  if (!parsed.success) row.schemaIssues(parsed.error.issues, columnOfPath);
  if (row.problems.length > 0 || !parsed.success) return { ok: false, problems: row.problems };
  return { ok: true, row: { line, caseId, observation: parsed.data } };
}
