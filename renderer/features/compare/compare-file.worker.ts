// Reads the other abstraction's file off the window's thread: a case file of 100,000 rows takes a
// second to parse and check, which the window would spend frozen.
import type { Case } from '../../../shared/model/case';
import type { Result } from '../../../shared/model/result';
import { readComparedFile, type ComparedFileBytes } from './read-compared-file';

export type CompareFileReply = Result<Case[]>;

self.onmessage = (event: MessageEvent<ComparedFileBytes>) => {
  void readComparedFile(event.data).then(
    (result) => self.postMessage(result satisfies CompareFileReply),
    (error: unknown) =>
      self.postMessage({
        ok: false,
        problems: [{ where: event.data.fileName, message: error instanceof Error ? error.message : String(error) }],
      } satisfies CompareFileReply),
  );
};
