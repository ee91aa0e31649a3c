// The RFC 4180 layer: text ⇄ records of cells, through csv-parse and csv-stringify, with line numbers.
// The browser builds of both libraries carry their own Buffer, so this one module runs unchanged in
// Node (CLI, main process, tests), the renderer and a web worker.
import { parse, type CsvError, type Options } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Problem } from '../../model/result';

export interface CsvRecord {
  /** 1-based line of the file on which the record starts (a quoted line break makes a record span lines). */
  line: number;
  cells: string[];
}

export interface CsvRecords {
  records: CsvRecord[];
  /** Syntax problems (a quoted cell never closed), each `line:column` with a 1-based column number. */
  problems: Problem[];
}

export interface ParseOptions {
  /** Called with the share of the text parsed so far (0–1), between chunks of about a megabyte. */
  onProgress?: (fraction: number) => void;
}

const BOM = '\uFEFF';
const CHUNK_CHARS = 1 << 20;
const LINE_BREAKS = /\r\n|\r|\n/g;

/** A fresh object per call: csv-parse normalises the options it is given. */
const parseOptions = (): Options => ({
  // Every row is checked against the header later, with a message that names the line.
  relax_column_count: true,
  // A " inside an unquoted cell (37°36'37.8"N) is kept as typed, as spreadsheets and csv-spectrum read it.
  relax_quotes: true,
  // Keep going after a bad quote so that every problem is listed, not only the first.
  skip_records_with_error: true,
  // Excel on Windows writes CRLF, Excel 2011 for Mac wrote CR, everything else LF; a file that mixes
  // them (rows appended by another tool) still splits where its author saw lines.
  record_delimiter: ['\r\n', '\n', '\r'],
});

function countLineBreaks(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    // Most cells have no line break; indexOf is far cheaper than running the regex on each.
    if (cell.indexOf('\n') === -1 && cell.indexOf('\r') === -1) continue;
    count += cell.match(LINE_BREAKS)?.length ?? 0;
  }
  return count;
}

/**
 * Ends of chunks: line breaks preceded by an even number of `"`. In RFC 4180 text every quoted
 * cell holds an even number of quotes (open, close, doubled escapes), so such a break ends a record
 * and each chunk parses on its own. Where the guess is wrong (a lone " inside an unquoted cell
 * before a quoted line break), the break is inside a quoted cell: that chunk ends in an open quote,
 * csv-parse reports it, and the text is read again whole by the slow path.
 */
function chunkEnds(text: string): number[] {
  const ends: number[] = [];
  let inQuotes = false;
  let next = CHUNK_CHARS;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) inQuotes = !inQuotes;
    else if (i >= next && !inQuotes && (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10))) {
      ends.push(i + 1);
      next = i + 1 + CHUNK_CHARS;
    }
  }
  ends.push(text.length);
  return ends;
}

const encoder = new TextEncoder();

function parseChunk(text: string, errors: CsvError[]): string[][] {
  // Bytes from the platform's TextEncoder: csv-parse turns a string into bytes with its bundled
  // Buffer, in JavaScript, at about a third of the speed.
  return parse(encoder.encode(text), {
    ...parseOptions(),
    on_skip: (error) => {
      if (error) errors.push(error);
      return undefined;
    },
  });
}

function toRecords(parsed: readonly string[][], firstLine: number, into: CsvRecord[]): number {
  let line = firstLine;
  for (const cells of parsed) {
    into.push({ line, cells });
    line += 1 + countLineBreaks(cells);
  }
  return line;
}

/**
 * Records of about a megabyte of text at a time, in file order, so that a reader can check each
 * batch and let it go before the next is parsed (100,000 rows held at once cost more in garbage
 * collection than in parsing). A batch with `restart` replaces everything before it: the text had
 * a syntax problem, and the slow path has read it again whole with exact line numbers.
 */
export interface CsvBatch {
  records: CsvRecord[];
  problems: Problem[];
  restart: boolean;
}

/** Never throws on bad input: syntax problems come in a restart batch with every record csv-parse could still read. */
export function* csvBatches(input: string, options: ParseOptions = {}): Generator<CsvBatch, void, undefined> {
  // The byte-order mark is dropped here rather than by csv-parse, which would drop it from every chunk.
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const errors: CsvError[] = [];
  let start = 0;
  let line = 1;
  for (const end of chunkEnds(text)) {
    const records: CsvRecord[] = [];
    let thrown = false;
    try {
      line = toRecords(parseChunk(text.slice(start, end), errors), line, records);
    } catch {
      // csv-parse reports bad input through on_skip; a throw is a library surprise, and the slow
      // path turns it into a problem rather than an exception.
      thrown = true;
    }
    if (thrown || errors.length > 0) {
      yield { ...parseWithDiagnostics(text), restart: true };
      return;
    }
    start = end;
    options.onProgress?.(text.length === 0 ? 1 : end / text.length);
    yield { records, problems: [], restart: false };
  }
}

/**
 * Splits CSV text into records, all at once. Never throws on bad input: syntax problems come back
 * as problems, and the records csv-parse could still read come back with them.
 */
export function parseCsvRecords(input: string, options: ParseOptions = {}): CsvRecords {
  let records: CsvRecord[] = [];
  let problems: Problem[] = [];
  for (const batch of csvBatches(input, options)) {
    if (batch.restart) ({ records, problems } = batch);
    else for (const record of batch.records) records.push(record);
  }
  return { records, problems };
}

/**
 * The slow path, for a file whose chunks did not all parse cleanly: the whole text in one pass with
 * csv-parse's line counts, so that each error and each record after it has the right line. csv-parse counts a CRLF
 * inside a quoted cell as two lines; the CRLFs of the records read so far correct that.
 */
function parseWithDiagnostics(text: string): CsvRecords {
  const records: CsvRecord[] = [];
  const problems: Problem[] = [];
  let extraLines = 0;
  let nextLine = 1;
  try {
    parse(encoder.encode(text), {
      ...parseOptions(),
      on_record: (cells: string[], context: { lines: number }) => {
        const crlfs = cells.reduce((n, cell) => n + (cell.match(/\r\n/g)?.length ?? 0), 0);
        extraLines += crlfs;
        const endLine = context.lines - extraLines;
        const line = Math.max(1, endLine - countLineBreaks(cells));
        records.push({ line, cells });
        nextLine = endLine + 1;
        return null;
      },
      on_skip: (error) => {
        if (!error) return undefined;
        const column = typeof error.column === 'number' ? error.column + 1 : 1;
        const reported = typeof error.lines === 'number' ? error.lines - extraLines : nextLine;
        // An unclosed quote is found at the end of the file; the record it spoils starts on the next line.
        const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? nextLine : Math.max(nextLine, reported);
        problems.push({ where: `${line}:${column}`, message: describeSyntaxError(error) });
        nextLine = Math.max(nextLine, line) + 1;
        return undefined;
      },
    });
  } catch (error) {
    // The options above make csv-parse report through on_skip; anything thrown is a library surprise.
    problems.push({ where: `${nextLine}:1`, message: `cannot read the CSV: ${describe(error)}` });
  }
  return { records, problems };
}

function describeSyntaxError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell is never closed: a " is missing (a " inside a quoted cell is written "")';
    default:
      return error.message;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes records as Excel reads them: a UTF-8 byte-order mark (without it Excel reads UTF-8 as the
 * Windows code page and "µg/L" turns into "Âµg/L"), CRLF line ends (RFC 4180 §2.1) after every
 * record including the last, and quotes only where RFC 4180 §2.6–2.7 needs them.
 */
export function stringifyCsvRecords(records: readonly (readonly string[])[]): string {
  const body = stringify(records as string[][], {
    record_delimiter: '\r\n',
    // csv-stringify stops quoting a lone \n or \r once record_delimiter is set; a notes cell with a
    // line break would then split its row.
    quote_record_delimiter: true,
    eof: true,
  });
  return BOM + body;
}
