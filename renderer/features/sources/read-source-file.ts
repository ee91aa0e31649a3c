// Reads a file or pasted text into a source document in the source worker, never on the window's
// thread: a 50-page PDF takes a second or more, and pdf.js loads only when one is opened.
import { fail, type Result } from '../../../shared/model/result';
import type { SourceDocument } from '../../../shared/sources/source-document';
import { isSourceReply, type SourceRequest } from './source-protocol';

type Pending = { name: string; resolve: (result: Result<SourceDocument>) => void };

/** One worker for the window, started at the first read and kept (pdf.js stays loaded in it). */
let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function sourceWorker(): Worker {
  if (worker) return worker;
  const current = new Worker(new URL('./source.worker.ts', import.meta.url), { type: 'module' });
  current.onmessage = (event: MessageEvent<unknown>) => {
    if (!isSourceReply(event.data)) return;
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data.result);
  };
  // Only a bug or a missing file of the build gets here: every read waiting is answered, and the next starts a new worker.
  const stop = (detail: string) => {
    current.terminate();
    if (worker === current) worker = undefined;
    for (const [id, waiting] of pending) {
      pending.delete(id);
      waiting.resolve(fail({ where: waiting.name, message: `${waiting.name} could not be read: ${detail}` }));
    }
  };
  current.onerror = (event) => stop(event.message || 'the source reader stopped');
  current.onmessageerror = () => stop('a message from the source reader could not be read');
  worker = current;
  return current;
}

function ask(request: SourceRequest, transfer: Transferable[] = []): Promise<Result<SourceDocument>> {
  return new Promise((resolve) => {
    pending.set(request.id, { name: request.name, resolve });
    sourceWorker().postMessage(request, transfer);
  });
}

/**
 * Reads a dropped, picked or opened file: text, Markdown, PDF, JATS XML or HTML, by its content.
 * A Blob is handed to the worker unread; bytes (the desktop's) are moved, not copied.
 */
export function readSourceFile(file: Blob | Uint8Array, name: string): Promise<Result<SourceDocument>> {
  return ask({ id: nextId++, type: 'file', name, file }, file instanceof Uint8Array ? [file.buffer] : []);
}

/** Text pasted into the pane becomes a source like any other (plain text, whatever it looks like). */
export function readPastedText(pasted: string, name = 'Pasted text'): Promise<Result<SourceDocument>> {
  return ask({ id: nextId++, type: 'pasted', name, text: pasted });
}
