// events.csv: one timeline event per row, written from and read into the TimelineEvent schema.
import { EVENT_KINDS, TimelineEventSchema, type TimelineEvent } from '../../model/case';
import type { Problem } from '../../model/result';
import { clip, escapeText, formatNumber } from './cells';
import { columnIndex, readCaseId, RowReader } from './row-reader';

export const EVENTS_COLUMNS = [
  'case_id',
  'event_id',
  'kind',
  'label',
  'start_date',
  'start_approx',
  'end_date',
  'end_approx',
  'dose_value',
  'dose_unit',
  'route',
  'frequency',
  'notes',
] as const;

export type EventsColumn = (typeof EVENTS_COLUMNS)[number];

/** One events.csv row, read and checked against TimelineEventSchema. */
export interface EventRow {
  /** 1-based line of the file the row starts on. */
  line: number;
  /** Absent when the cell is empty: the rows then belong to the case open in the app. */
  caseId: string | undefined;
  event: TimelineEvent;
}

const KINDS: ReadonlySet<string> = new Set(EVENT_KINDS);

/**
 * The cells of one row. Text cells go through the formula escape; the number is written plain.
 * Not in CSV: duration, relative-date links (the resolved dates are written).
 */
export function eventCells(caseId: string, event: TimelineEvent): string[] {
  const { dose, end } = event;
  const text = [
    caseId,
    event.id,
    event.kind,
    event.label,
    event.start.date,
    String(event.start.approximate),
    end?.date ?? '',
    end === undefined ? '' : String(end.approximate),
  ].map(escapeText);
  return [
    ...text,
    dose?.value === undefined ? '' : formatNumber(dose.value),
    ...[dose?.unit, dose?.route, dose?.frequency, event.notes].map((cell) => escapeText(cell ?? '')),
  ];
}

function columnOfPath(path: readonly PropertyKey[]): EventsColumn | undefined {
  const [head, sub] = path;
  switch (head) {
    case 'id':
      return 'event_id';
    case 'kind':
    case 'label':
    case 'notes':
      return head;
    case 'start':
    case 'end':
      return sub === 'approximate' ? `${head}_approx` : `${head}_date`;
    case 'dose':
      return sub === 'unit' ? 'dose_unit' : sub === 'route' || sub === 'frequency' ? sub : 'dose_value';
    default:
      return undefined;
  }
}

const INDEX = columnIndex(EVENTS_COLUMNS);

/** Reads one events.csv row; every problem of the row comes back, each at its column. */
export function readEventRow(
  cells: readonly string[],
  line: number,
): { ok: true; row: EventRow } | { ok: false; problems: Problem[] } {
  const row = new RowReader(INDEX, cells, line);
  const caseId = readCaseId(row, 'case_id');
  const kind = row.code('kind');
  if (kind === undefined) row.problem('kind', `is empty: write one of ${EVENT_KINDS.join(', ')}`);
  else if (!KINDS.has(kind)) {
    row.problem('kind', `"${clip(kind)}" is not an event kind: write one of ${EVENT_KINDS.join(', ')}`);
  }
  // Built key by key, absent keys left out: this runs once per row of a 100,000-row file.
  const candidate: Record<string, unknown> = {
    id: row.code('event_id') ?? '',
    // An unknown kind is already a problem of its column; 'other' lets the row's other rules run.
    kind: kind !== undefined && KINDS.has(kind) ? kind : 'other',
    label: row.text('label') ?? '',
    start: { date: row.code('start_date') ?? '', approximate: row.boolean('start_approx') },
  };
  const endDate = row.code('end_date');
  const endApprox = row.boolean('end_approx');
  if (endDate !== undefined) candidate.end = { date: endDate, approximate: endApprox };
  else if (endApprox) row.problem('end_approx', 'is true but there is no end_date');

  const dose: Record<string, unknown> = {};
  const doseValue = row.number('dose_value');
  if (doseValue !== undefined) dose.value = doseValue.value;
  for (const [key, column] of DOSE_TEXT) {
    const text = row.text(column);
    if (text !== undefined) dose[key] = text;
  }
  // A dose_value that is not a number is already a problem; an empty dose would only repeat it.
  if (Object.keys(dose).length > 0 || row.code('dose_value') !== undefined) candidate.dose = dose;
  const notes = row.text('notes');
  if (notes !== undefined) candidate.notes = notes;

  const parsed = TimelineEventSchema.safeParse(candidate);
  if (!parsed.success) row.schemaIssues(parsed.error.issues, columnOfPath);
  if (row.problems.length > 0 || !parsed.success) return { ok: false, problems: row.problems };
  return { ok: true, row: { line, caseId, event: parsed.data } };
}

const DOSE_TEXT = [
  ['unit', 'dose_unit'],
  ['route', 'route'],
  ['frequency', 'frequency'],
] as const;
