// evidence.csv: one evidence anchor per row, naming the event or observation it is evidence for,
// written from and read into the EvidenceAnchor schema.
import { EvidenceAnchorSchema, type EvidenceAnchor } from '../../model/evidence';
import { IdSchema } from '../../model/id';
import type { Problem } from '../../model/result';
import { clip, escapeText } from './cells';
import { columnIndex, readCaseId, RowReader } from './row-reader';

export const EVIDENCE_COLUMNS = [
  'case_id',
  'row_kind',
  'row_id',
  'source_fingerprint',
  'start',
  'end',
  'quote',
  'prefix',
  'suffix',
] as const;

export type EvidenceColumn = (typeof EVIDENCE_COLUMNS)[number];

/** The rows CSV has: diagnoses are not in CSV, so their evidence travels in JSON only. */
export const EVIDENCE_ROW_KINDS = ['event', 'observation'] as const;
export type EvidenceRowKind = (typeof EVIDENCE_ROW_KINDS)[number];

/** One evidence.csv row, read and checked against EvidenceAnchorSchema. */
export interface EvidenceRow {
  /** 1-based line of the file the row starts on. */
  line: number;
  /** Absent when the cell is empty: the anchor then belongs to a row of the case open in the app. */
  caseId: string | undefined;
  rowKind: EvidenceRowKind;
  /** The event_id or observation_id of the row the anchor is evidence for. */
  rowId: string;
  anchor: EvidenceAnchor;
}

/** Positions are written plain; the quote and its context as text, through the formula escape. */
export function evidenceCells(
  caseId: string,
  rowKind: EvidenceRowKind,
  rowId: string,
  anchor: EvidenceAnchor,
): string[] {
  return [
    escapeText(caseId),
    rowKind,
    escapeText(rowId),
    anchor.source,
    String(anchor.start),
    String(anchor.end),
    ...[anchor.quote, anchor.prefix, anchor.suffix].map((cell) => escapeText(cell ?? '')),
  ];
}

const INDEX = columnIndex(EVIDENCE_COLUMNS);
const ROW_KINDS: ReadonlySet<string> = new Set(EVIDENCE_ROW_KINDS);

function columnOfPath(path: readonly PropertyKey[]): EvidenceColumn | undefined {
  const [head] = path;
  switch (head) {
    case 'source':
      return 'source_fingerprint';
    case 'start':
    case 'end':
    case 'quote':
    case 'prefix':
    case 'suffix':
      return head;
    default:
      return undefined;
  }
}

/** A position: a whole number of characters (Unicode code points) from the start of the source's text. */
function readOffset(row: RowReader<EvidenceColumn>, column: 'start' | 'end'): number | undefined {
  const read = row.number(column);
  if (read === undefined) {
    if (row.code(column) === undefined) row.problem(column, 'is empty: write the position as a whole number');
    return undefined;
  }
  if (!Number.isSafeInteger(read.value) || read.decimals !== undefined) {
    row.problem(column, `"${clip(row.code(column) ?? '')}" is not a whole number of characters`);
    return undefined;
  }
  return read.value;
}

export function readEvidenceRow(
  cells: readonly string[],
  line: number,
): { ok: true; row: EvidenceRow } | { ok: false; problems: Problem[] } {
  const row = new RowReader(INDEX, cells, line);
  const caseId = readCaseId(row, 'case_id');
  const rowKind = row.code('row_kind');
  if (rowKind === undefined) row.problem('row_kind', 'is empty: write event or observation');
  else if (!ROW_KINDS.has(rowKind)) {
    const why = rowKind === 'diagnosis' ? ' (diagnoses are not in CSV: their evidence travels in JSON)' : '';
    row.problem('row_kind', `"${clip(rowKind)}" is not a row kind: write event or observation${why}`);
  }
  const rowId = row.code('row_id');
  if (rowId === undefined) row.problem('row_id', 'is empty: write the event_id or observation_id it is evidence for');
  else {
    const id = IdSchema.safeParse(rowId);
    if (!id.success) for (const issue of id.error.issues) row.problem('row_id', issue.message);
  }
  const source = row.code('source_fingerprint');
  if (source === undefined) row.problem('source_fingerprint', 'is empty: write the source’s SHA-256 fingerprint');
  const start = readOffset(row, 'start');
  const end = readOffset(row, 'end');
  // Built key by key, absent keys left out. The quote and its context are read untrimmed: a quote
  // that differs by one space no longer finds its words.
  const candidate: Record<string, unknown> = { source: source ?? '', start: start ?? 0, end: end ?? 1 };
  for (const column of ['quote', 'prefix', 'suffix'] as const) {
    const text = row.text(column);
    if (text !== undefined) candidate[column] = text;
  }
  const parsed = EvidenceAnchorSchema.safeParse(candidate);
  if (!parsed.success) {
    // Without both positions, what the schema says of the span (its end, the quote's length) is noise.
    const spanKnown = start !== undefined && end !== undefined;
    const issues = parsed.error.issues.filter((i) => spanKnown || (i.path[0] !== 'end' && i.path[0] !== 'quote'));
    row.schemaIssues(issues, columnOfPath);
  }
  if (row.problems.length > 0 || !parsed.success) return { ok: false, problems: row.problems };
  return {
    ok: true,
    row: { line, caseId, rowKind: rowKind as EvidenceRowKind, rowId: rowId ?? '', anchor: parsed.data },
  };
}
