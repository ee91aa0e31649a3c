// Reads a file or pasted text into a source document in the source worker, never on the window's
// thread: a 50-page PDF takes a second or more, and pdf.js loads only when one is opened.
import { fail, type Result } from '../../../shared/model/result';
import type { SourceDocument } from '../../../shared/sources/source-document';
import { keptWorker } from '../../platform/kept-worker';
import { isSourceReply, type SourceRequest } from './source-protocol';

/** One worker for the window, started at the first read and kept (pdf.js stays loaded in it). */
const sourceWorker = keptWorker<SourceDocument>({
  start: () => new Worker(new URL('./source.worker.ts', import.meta.url), { type: 'module' }),
  isReply: isSourceReply,
  stopped: 'the source reader stopped',
  unreadable: 'a message from the source reader could not be read',
});

type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

function ask(request: Unnumbered<SourceRequest>, transfer: Transferable[] = []): Promise<Result<SourceDocument>> {
  return sourceWorker.ask(
    (id) => ({ ...request, id }) as SourceRequest,
    (detail) => fail({ where: request.name, message: `${request.name} could not be read: ${detail}` }),
    transfer,
  );
}

/**
 * Reads a dropped, picked or opened file: text, Markdown, PDF, JATS XML or HTML, by its content.
 * A Blob is handed to the worker unread; bytes (the desktop's) are moved, not copied.
 */
export function readSourceFile(file: Blob | Uint8Array, name: string): Promise<Result<SourceDocument>> {
  return ask({ type: 'file', name, file }, file instanceof Uint8Array ? [file.buffer] : []);
}

/** Text pasted into the pane becomes a source like any other (plain text, whatever it looks like). */
export function readPastedText(pasted: string, name = 'Pasted text'): Promise<Result<SourceDocument>> {
  return ask({ type: 'pasted', name, text: pasted });
}
