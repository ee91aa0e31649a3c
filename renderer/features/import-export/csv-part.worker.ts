// A helper of the import worker: reads one part of a large CSV file while the import worker reads
// another (shared/codecs/csv/parallel-read.ts), on a processor core of its own.
import { readCsvPart, type CsvKind, type CsvPartRead } from '../../../shared/codecs/csv/case-csv';
import type { CsvTextPart } from '../../../shared/codecs/csv/csv-records';

export interface CsvPartRequest {
  part: CsvTextPart;
  kind: CsvKind;
}

/** 'ready' once loaded (a nested worker's script is fetched by its parent, which must not be busy until then), then the part read. */
export type CsvPartReply = 'ready' | CsvPartRead;

const reply = (message: CsvPartReply) => self.postMessage(message);

reply('ready');

self.onmessage = (event: MessageEvent<CsvPartRequest>) => {
  const { part, kind } = event.data;
  reply(readCsvPart(part.text, { firstLine: part.firstLine, kind }));
};
