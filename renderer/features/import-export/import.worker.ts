// The import worker: decodes and plans a file off the UI thread, reporting progress as it reads.
import type { Result } from '../../../shared/model/result';
import type { ImportContext, ImportPlan } from '../../../shared/import/plan';
import { prepareImport } from '../../../shared/import/prepare';

export interface ImportRequest {
  fileName: string;
  text: string;
  context: ImportContext;
}

export type ImportReply = { type: 'progress'; fraction: number } | { type: 'done'; result: Result<ImportPlan> };

const post = (reply: ImportReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { fileName, text, context } = event.data;
  let last = 0;
  const result = prepareImport(fileName, text, context, (fraction) => {
    // Every few percent is enough for a progress bar; more would flood the UI thread.
    if (fraction - last >= 0.02 || fraction === 1) {
      last = fraction;
      post({ type: 'progress', fraction });
    }
  });
  post({ type: 'done', result });
};
