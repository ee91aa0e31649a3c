// Reading a large CSV file in parts at once, one per processor core: the parts are cut at record
// ends, read where the caller sends them (web workers in the app) and joined into the same table,
// with the same problems at the same lines, as reading the file in one piece gives.
import type { Result } from '../../model/result';
import {
  csvKindOf,
  decodeCsv,
  joinCsvParts,
  readCsvPart,
  type CsvKind,
  type CsvPartRead,
  type CsvTable,
  type DecodeCsvOptions,
} from './case-csv';
import { splitCsvText, type CsvTextPart } from './csv-records';

/** Reads one part elsewhere (another thread); it must do what {@link readCsvPart} does. */
export type ReadCsvPartElsewhere = (part: CsvTextPart, kind: CsvKind) => Promise<CsvPartRead>;

/**
 * Reads the first part here while `elsewhere` reads the others. A file whose header is not clean,
 * or any part with a syntax problem (a cut guessed wrong, or a broken file), is read again in one
 * piece, which gives every problem its exact line. Progress follows the first part.
 */
export async function decodeCsvInParts(
  text: string,
  parts: number,
  elsewhere: ReadCsvPartElsewhere,
  options: DecodeCsvOptions = {},
): Promise<Result<CsvTable>> {
  const kind = parts > 1 ? csvKindOf(text) : undefined;
  if (kind === undefined) return decodeCsv(text, options);
  const [first, ...rest] = splitCsvText(text, parts);
  if (first === undefined || rest.length === 0) return decodeCsv(text, options);
  const others = Promise.all(rest.map((part) => elsewhere(part, kind)));
  const here = readCsvPart(first.text, options.onProgress ? { onProgress: options.onProgress } : {});
  const read = [here, ...(await others)];
  if (read.some((part) => part.reread)) return decodeCsv(text, options);
  options.onProgress?.(1);
  return joinCsvParts(read);
}
