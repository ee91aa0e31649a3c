// One source read, as the source worker answers it: apart from the worker so that it is tested in
// Node, with pdf.js's Node build.
import { fail } from '../../../shared/model/result';
import { readPastedText, readSource, refuseSize, type SourceReaders } from '../../../shared/sources/read-source';
import type { SourceReply, SourceRequest } from './source-protocol';

/** Answers one request; never throws (a bug becomes a problem naming the file, not a dead worker). */
export async function answerSourceRequest(request: SourceRequest, readers: SourceReaders): Promise<SourceReply> {
  const { id, name } = request;
  try {
    if (request.type === 'pasted') return { id, result: await readPastedText(request.text, name) };
    const { file } = request;
    const size = file instanceof Uint8Array ? file.byteLength : file.size;
    // Refused before it is read: a 2 GB file would otherwise be read into memory first.
    const tooLarge = refuseSize(size, name);
    if (tooLarge) return { id, result: tooLarge };
    const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
    return { id, result: await readSource(bytes, name, readers) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { id, result: fail({ where: name, message: `${name} could not be read: ${detail}` }) };
  }
}
