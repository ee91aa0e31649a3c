// Reads a file or pasted text into a source document, off the window's thread where it can be long.
import type { Result } from '../../../shared/model/result';
import { ok } from '../../../shared/model/result';
import { fingerprintText } from '../../../shared/sources/fingerprint';
import { NORMALISER_VERSION, normaliseText } from '../../../shared/sources/normalise';
import type { SourceDocument } from '../../../shared/sources/source-document';

/** Reads a dropped, picked or opened file. Plain text only for now. */
export async function readSourceFile(file: Blob, name: string): Promise<Result<SourceDocument>> {
  return readPastedText(await file.text(), name);
}

/** Text pasted into the pane becomes a source like any other. */
export async function readPastedText(pasted: string, name = 'Pasted text'): Promise<Result<SourceDocument>> {
  const text = normaliseText(pasted);
  return ok({
    fingerprint: await fingerprintText(text),
    normaliserVersion: NORMALISER_VERSION,
    name,
    kind: 'text',
    text,
    parts: [],
  });
}
