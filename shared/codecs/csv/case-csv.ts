// The CSV codec: cases → events.csv and labs.csv, and either file → checked rows, recognised by its
// header, with every problem at its `line:column`. The contract is in README.md beside this file.
import type { PartialDate } from '../../dates/partial-date';
import type { Case, Observation, TimelineEvent } from '../../model/case';
import type { Problem, Result } from '../../model/result';
import { sortEvents, sortObservations } from '../../timeline/order';
import { clip } from './cells';
import { csvBatches, stringifyCsvRecords, type CsvBatch, type CsvRecord } from './csv-records';
import { EVENTS_COLUMNS, eventCells, readEventRow, type EventRow } from './events-csv';
import { LABS_COLUMNS, observationCells, readLabRow, type LabRow } from './labs-csv';

export { EVENTS_COLUMNS, LABS_COLUMNS, eventCells, observationCells };
export type { EventRow, LabRow };

export type CsvKind = 'events' | 'labs';

export type CsvTable = { kind: 'events'; rows: EventRow[] } | { kind: 'labs'; rows: LabRow[] };

export interface DecodeCsvOptions {
  /** Share of the work done (0–1), for a progress bar; called a few dozen times for a large file. */
  onProgress?: (fraction: number) => void;
}

/** Export file names for one case: `<case-id>-events.csv` and `<case-id>-labs.csv`. */
export function csvFileNames(caseId: string): Record<CsvKind, string> {
  return { events: `${caseId}-events.csv`, labs: `${caseId}-labs.csv` };
}

/** events.csv of the given cases, each case's events in chronological order. Throws only on a bug (an invalid case). */
export function encodeEventsCsv(cases: readonly Case[]): string {
  const rows = cases.flatMap((c) => sortEvents(c.events).map((event) => eventCells(c.id, event)));
  return stringifyCsvRecords([[...EVENTS_COLUMNS], ...rows]);
}

/** labs.csv of the given cases, each case's observations in chronological order. */
export function encodeLabsCsv(cases: readonly Case[]): string {
  const rows = cases.flatMap((c) => sortObservations(c.observations).map((obs) => observationCells(c.id, obs)));
  return stringifyCsvRecords([[...LABS_COLUMNS], ...rows]);
}

/**
 * What a CSV round trip keeps of a case: its events and observations in chronological order,
 * without durations, relative-date links and empty notes, which CSV cannot carry.
 */
export function csvView(c: Case): { events: TimelineEvent[]; observations: Observation[] } {
  const date = ({ date, approximate }: PartialDate): PartialDate => ({ date, approximate });
  const notes = (text: string | undefined) => (text === undefined || text === '' ? {} : { notes: text });
  return {
    events: sortEvents(c.events).map(({ duration: _duration, notes: text, start, end, ...event }) => ({
      ...event,
      start: date(start),
      ...(end === undefined ? {} : { end: date(end) }),
      ...notes(text),
    })),
    observations: sortObservations(c.observations).map(({ notes: text, date: when, ...obs }) => ({
      ...obs,
      date: date(when),
      ...notes(text),
    })),
  };
}

const HEADERS: Record<CsvKind, readonly string[]> = { events: EVENTS_COLUMNS, labs: LABS_COLUMNS };

const isBlank = (record: CsvRecord): boolean => record.cells.every((cell) => cell.trim() === '');

/**
 * Reads events.csv or labs.csv, whichever the header says. Never throws on bad input: a file with
 * any problem gives every problem (syntax, header, cells, schema, duplicate ids), in file order,
 * each `where` = `line:column` with 1-based line and 1-based column number, and each message
 * starting with the column's name.
 */
export function decodeCsv(text: string, options: DecodeCsvOptions = {}): Result<CsvTable> {
  let reader = new TableReader();
  for (const batch of csvBatches(text, options.onProgress ? { onProgress: options.onProgress } : {})) {
    if (batch.restart) reader = new TableReader();
    reader.read(batch);
  }
  options.onProgress?.(1);
  return reader.result();
}

/** Checks rows batch by batch as the parser gives them: the first non-blank record says which table. */
class TableReader {
  private readonly problems: Problem[] = [];
  private readonly rows: (EventRow | LabRow)[] = [];
  /** Undefined until the header is read: then the kind it names, or undefined when it names none. */
  private header: { kind: CsvKind | undefined } | undefined;

  read(batch: CsvBatch): void {
    for (const problem of batch.problems) this.problems.push(problem);
    for (const record of batch.records) {
      if (isBlank(record)) continue;
      if (this.header === undefined) {
        this.header = { kind: recogniseHeader(record, this.problems) };
        continue;
      }
      const { kind } = this.header;
      // A file that is neither table: its header problems say so, and its rows mean nothing.
      if (kind === undefined) return;
      if (!hasWidth(record, HEADERS[kind].length, this.problems)) continue;
      const row = kind === 'events' ? readEventRow(record.cells, record.line) : readLabRow(record.cells, record.line);
      if (row.ok) this.rows.push(row.row);
      else for (const problem of row.problems) this.problems.push(problem);
    }
  }

  result(): Result<CsvTable> {
    const { problems, rows, header } = this;
    if (header === undefined) {
      if (problems.length === 0) {
        problems.push({ where: '1:1', message: `the file is empty: expected the header of events.csv or labs.csv` });
      }
      return { ok: false, problems };
    }
    const { kind } = header;
    if (kind === undefined) return { ok: false, problems: sortProblems(problems) };
    findDuplicateIds(kind, rows, problems);
    if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
    return {
      ok: true,
      value: kind === 'events' ? { kind, rows: rows as EventRow[] } : { kind, rows: rows as LabRow[] },
    };
  }
}

function recogniseHeader(header: CsvRecord, problems: Problem[]): CsvKind | undefined {
  const cells = header.cells.map((cell) => cell.trim());
  for (const kind of ['events', 'labs'] as const) {
    const expected = HEADERS[kind];
    if (cells.length >= expected.length && expected.every((name, i) => cells[i] === name)) {
      if (cells.slice(expected.length).every((cell) => cell === '')) return kind;
    }
  }
  // Not exactly either header: say which columns differ from the one it looks like.
  const guess = cells.includes('observation_id') ? 'labs' : cells.includes('event_id') ? 'events' : undefined;
  const line = header.line;
  if (guess === undefined) {
    problems.push({
      where: `${line}:1`,
      message:
        `not a Case Abstractor CSV: the first row must be the events.csv header (${EVENTS_COLUMNS.join(',')}) ` +
        `or the labs.csv header (${LABS_COLUMNS.join(',')})`,
    });
    return undefined;
  }
  const expected = HEADERS[guess];
  const count = Math.max(expected.length, cells.length);
  for (let i = 0; i < count; i++) {
    const got = cells[i];
    const want = expected[i];
    if (got === want) continue;
    const where = `${line}:${i + 1}`;
    if (want === undefined) {
      if (got !== '') problems.push({ where, message: `${guess}.csv has no column "${clip(got ?? '')}"` });
    } else if (got === undefined) {
      problems.push({ where, message: `column ${i + 1} must be "${want}", and the header ends before it` });
    } else problems.push({ where, message: `column ${i + 1} must be "${want}", not "${clip(got)}"` });
  }
  return undefined;
}

/**
 * A row must have the header's cells. Extra empty cells are let through: spreadsheets pad rows
 * with trailing commas when a cell beyond the table was ever touched.
 */
function hasWidth(record: CsvRecord, width: number, problems: Problem[]): boolean {
  const { cells, line } = record;
  if (cells.length < width) {
    problems.push({
      where: `${line}:${cells.length + 1}`,
      message: `the row has ${cells.length} cells and the header ${width}: a comma is missing, or a cell has an unquoted comma or line break`,
    });
    return false;
  }
  const extra = cells.findIndex((cell, i) => i >= width && cell.trim() !== '');
  if (extra !== -1) {
    problems.push({
      where: `${line}:${extra + 1}`,
      message: `the row has more cells than the header's ${width}: is a comma in a cell not quoted?`,
    });
    return false;
  }
  return true;
}

function findDuplicateIds(kind: CsvKind, rows: readonly (EventRow | LabRow)[], problems: Problem[]): void {
  const column = kind === 'events' ? 'event_id' : 'observation_id';
  const seen = new Map<string, number>();
  for (const row of rows) {
    const id = 'event' in row ? row.event.id : row.observation.id;
    const key = `${row.caseId ?? ''}\u0000${id}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.line);
    else {
      const inCase = row.caseId === undefined ? 'with an empty case_id' : `in case "${row.caseId}"`;
      problems.push({
        where: `${row.line}:2`,
        message: `${column}: "${id}" is used twice ${inCase} (also line ${first})`,
      });
    }
  }
}

function sortProblems(problems: Problem[]): Problem[] {
  const position = (p: Problem): [number, number] => {
    const [line = '0', column = '0'] = p.where.split(':');
    return [Number(line), Number(column)];
  };
  return problems
    .map((p, index) => ({ p, index, at: position(p) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.index - b.index)
    .map(({ p }) => p);
}
