// The CSV codec: cases → events.csv, labs.csv and evidence.csv, and any of them → checked rows,
// recognised by its header, with every problem at its `line:column`. The contract is in README.md beside this file.
import type { PartialDate } from '../../dates/partial-date';
import { withoutProvenance, type Case, type Observation, type TimelineEvent } from '../../model/case';
import type { EvidenceAnchor } from '../../model/evidence';
import type { Problem, Result } from '../../model/result';
import { sortEvents, sortObservations } from '../../timeline/order';
import { clip } from './cells';
import { csvBatches, stringifyCsvRecords, type CsvBatch, type CsvRecord } from './csv-records';
import { EVENTS_COLUMNS, eventCells, readEventRow, type EventRow } from './events-csv';
import { EVIDENCE_COLUMNS, evidenceCells, readEvidenceRow, type EvidenceRow } from './evidence-csv';
import { LABS_COLUMNS, observationCells, readLabRow, type LabRow } from './labs-csv';

export { EVENTS_COLUMNS, EVIDENCE_COLUMNS, LABS_COLUMNS, eventCells, evidenceCells, observationCells };
export type { EventRow, EvidenceRow, LabRow };

export type CsvKind = 'events' | 'labs' | 'evidence';

export type CsvTable =
  { kind: 'events'; rows: EventRow[] } | { kind: 'labs'; rows: LabRow[] } | { kind: 'evidence'; rows: EvidenceRow[] };

export interface DecodeCsvOptions {
  /** Share of the work done (0–1), for a progress bar; called a few dozen times for a large file. */
  onProgress?: (fraction: number) => void;
}

/** Export file names for one case: `<case-id>-events.csv`, `<case-id>-labs.csv`, `<case-id>-evidence.csv`. */
export function csvFileNames(caseId: string): Record<CsvKind, string> {
  return { events: `${caseId}-events.csv`, labs: `${caseId}-labs.csv`, evidence: `${caseId}-evidence.csv` };
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
 * evidence.csv of the given cases: each anchor of each event, then of each observation, rows in
 * chronological order and each row's anchors in their order. Diagnoses are not in CSV.
 */
export function encodeEvidenceCsv(cases: readonly Case[]): string {
  const rows = cases.flatMap((c) => [
    ...sortEvents(c.events).flatMap((e) => (e.evidence ?? []).map((a) => evidenceCells(c.id, 'event', e.id, a))),
    ...sortObservations(c.observations).flatMap((o) =>
      (o.evidence ?? []).map((a) => evidenceCells(c.id, 'observation', o.id, a)),
    ),
  ]);
  return stringifyCsvRecords([[...EVIDENCE_COLUMNS], ...rows]);
}

/** Whether any event or observation has evidence: only then does a CSV export write evidence.csv. */
export function hasCsvEvidence(cases: readonly Case[]): boolean {
  return cases.some((c) => [...c.events, ...c.observations].some((row) => (row.evidence?.length ?? 0) > 0));
}

/**
 * What a CSV round trip keeps of a case: its events and observations in chronological order,
 * without durations, relative-date links and empty notes, which CSV cannot carry; with their
 * evidence from evidence.csv, where an empty prefix or suffix is no prefix or suffix. Who made and
 * changed a row is not held in CSV either.
 */
export function csvView(c: Case): { events: TimelineEvent[]; observations: Observation[] } {
  const date = ({ date, approximate }: PartialDate): PartialDate => ({ date, approximate });
  const notes = (text: string | undefined) => (text === undefined || text === '' ? {} : { notes: text });
  const evidence = (anchors: EvidenceAnchor[] | undefined) =>
    anchors === undefined || anchors.length === 0
      ? {}
      : {
          evidence: anchors.map(({ prefix, suffix, ...anchor }) => ({
            ...anchor,
            ...(prefix ? { prefix } : {}),
            ...(suffix ? { suffix } : {}),
          })),
        };
  return {
    events: sortEvents(c.events.map(withoutProvenance)).map(
      ({ duration: _duration, notes: text, start, end, evidence: anchors, ...event }) => ({
        ...event,
        start: date(start),
        ...(end === undefined ? {} : { end: date(end) }),
        ...notes(text),
        ...evidence(anchors),
      }),
    ),
    observations: sortObservations(c.observations.map(withoutProvenance)).map(
      ({ notes: text, date: when, evidence: anchors, ...obs }) => ({
        ...obs,
        date: date(when),
        ...notes(text),
        ...evidence(anchors),
      }),
    ),
  };
}

const HEADERS: Record<CsvKind, readonly string[]> = {
  events: EVENTS_COLUMNS,
  labs: LABS_COLUMNS,
  evidence: EVIDENCE_COLUMNS,
};

const isBlank = (record: CsvRecord): boolean => record.cells.every((cell) => cell.trim() === '');

/**
 * Reads events.csv, labs.csv or evidence.csv, whichever the header says. Never throws on bad input: a file with
 * any problem gives every problem, each `where` = `line:column` with 1-based line and 1-based column
 * number. The real cause comes first: problems of the file's shape (syntax, header, a line that repeats
 * the header, a row of the wrong width), in file order, then those of its cells (each message starting
 * with the column's name), in file order. A row of the wrong width is not read further: its cells
 * are shifted, and what they would say is noise.
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
  /** Of the file's shape: syntax, header, repeated headers, row widths. */
  private readonly shape: Problem[] = [];
  /** Of the cells of rows that have the header's shape. */
  private readonly problems: Problem[] = [];
  private readonly rows: (EventRow | LabRow | EvidenceRow)[] = [];
  /**
   * Undefined until the header is read: then the kind it names (undefined when it names none) and
   * its width, trailing empty cells included.
   */
  private header: { kind: CsvKind | undefined; width: number } | undefined;

  read(batch: CsvBatch): void {
    for (const problem of batch.problems) this.shape.push(problem);
    for (const record of batch.records) {
      if (isBlank(record)) continue;
      if (this.header === undefined) {
        this.header = { kind: recogniseHeader(record, this.shape), width: record.cells.length };
        continue;
      }
      const { kind, width } = this.header;
      // A file that is neither table: its header problems say so, and its rows mean nothing.
      if (kind === undefined) return;
      if (isHeader(record, kind)) {
        // Files pasted one after another: one message per such line, rather than one per cell about ids.
        this.shape.push({ where: `${record.line}:1`, message: `line ${record.line} repeats the header` });
        continue;
      }
      if (!hasWidth(record, HEADERS[kind].length, width, this.shape)) continue;
      const row = READERS[kind](record.cells, record.line);
      if (row.ok) this.rows.push(row.row);
      else for (const problem of row.problems) this.problems.push(problem);
    }
  }

  result(): Result<CsvTable> {
    const { shape, problems, rows, header } = this;
    if (header === undefined) {
      if (shape.length === 0) {
        shape.push({
          where: '1:1',
          message: `the file is empty: expected the header of events.csv, labs.csv or evidence.csv`,
        });
      }
      return { ok: false, problems: shape };
    }
    const { kind } = header;
    if (kind === undefined) return { ok: false, problems: sortProblems(shape) };
    findDuplicateIds(kind, rows, problems);
    if (shape.length + problems.length > 0) {
      return { ok: false, problems: [...sortProblems(shape), ...sortProblems(problems)] };
    }
    return {
      ok: true,
      value:
        kind === 'events'
          ? { kind, rows: rows as EventRow[] }
          : kind === 'labs'
            ? { kind, rows: rows as LabRow[] }
            : { kind, rows: rows as EvidenceRow[] },
    };
  }
}

type RowRead = { ok: true; row: EventRow | LabRow | EvidenceRow } | { ok: false; problems: Problem[] };

const READERS: Record<CsvKind, (cells: readonly string[], line: number) => RowRead> = {
  events: readEventRow,
  labs: readLabRow,
  evidence: readEvidenceRow,
};

/** The header's names in order (spaces around them tolerated), then nothing but empty cells. */
function isHeader(record: CsvRecord, kind: CsvKind): boolean {
  const { cells } = record;
  const expected = HEADERS[kind];
  return (
    cells.length >= expected.length &&
    expected.every((name, i) => cells[i]?.trim() === name) &&
    cells.every((cell, i) => i < expected.length || cell.trim() === '')
  );
}

function recogniseHeader(header: CsvRecord, problems: Problem[]): CsvKind | undefined {
  for (const kind of ['events', 'labs', 'evidence'] as const) if (isHeader(header, kind)) return kind;
  const cells = header.cells.map((cell) => cell.trim());
  // Not exactly any header: say which columns differ from the one it looks like.
  const guess =
    cells.includes('row_kind') || cells.includes('source_fingerprint')
      ? 'evidence'
      : cells.includes('observation_id')
        ? 'labs'
        : cells.includes('event_id')
          ? 'events'
          : undefined;
  const line = header.line;
  if (guess === undefined) {
    problems.push({
      where: `${line}:1`,
      message:
        `not a Case Abstractor CSV: the first row must be the events.csv header (${EVENTS_COLUMNS.join(',')}) ` +
        `, the labs.csv header (${LABS_COLUMNS.join(',')}) or the evidence.csv header (${EVIDENCE_COLUMNS.join(',')})`,
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
 * A row must have the header's cells. Empty cells after them are let through only as far as the
 * header line has them too: a spreadsheet pads every line alike, header included, when a cell
 * beyond the table was ever touched. An extra cell the header line lacks, empty or not, is a comma
 * too many ("1,200", "Creatine kinase, total"): it shifts every cell after it, and the row is
 * reported as that rather than by the four or five cells it garbles.
 */
function hasWidth(record: CsvRecord, columns: number, headerWidth: number, problems: Problem[]): boolean {
  const { cells, line } = record;
  if (cells.length < columns) {
    problems.push({
      where: `${line}:${cells.length + 1}`,
      message: `the row has ${cells.length} cells and the header ${columns}: a comma is missing, or a cell has an unquoted comma or line break`,
    });
    return false;
  }
  const padding = Math.max(columns, headerWidth);
  const extra = cells.findIndex((cell, i) => i >= columns && (i >= padding || cell.trim() !== ''));
  if (extra !== -1) {
    problems.push({
      where: `${line}:${extra + 1}`,
      message: `the row has ${cells.length} cells and the header ${columns}: is a comma in a cell not quoted?`,
    });
    return false;
  }
  return true;
}

function findDuplicateIds(
  kind: CsvKind,
  rows: readonly (EventRow | LabRow | EvidenceRow)[],
  problems: Problem[],
): void {
  // An anchor has no id of its own; a row may have several.
  if (kind === 'evidence') return;
  const column = kind === 'events' ? 'event_id' : 'observation_id';
  const seen = new Map<string, number>();
  for (const row of rows) {
    const id = 'event' in row ? row.event.id : 'observation' in row ? row.observation.id : row.rowId;
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
