// What the window and the source worker say to each other: types and one check, nothing heavy, so
// the window's bundle carries none of the readers.
import type { Result } from '../../../shared/model/result';
import type { SourceDocument } from '../../../shared/sources/source-document';

export type SourceRequest =
  /** A picked, dropped or opened file: a Blob is handed over unread and read in the worker; bytes the desktop read are moved. */
  | { id: number; type: 'file'; name: string; file: Blob | Uint8Array }
  | { id: number; type: 'pasted'; name: string; text: string };

export interface SourceReply {
  id: number;
  result: Result<SourceDocument>;
}

/** True for our replies; pdf.js's worker module also says "ready" to whoever made the worker, which is not one. */
export function isSourceReply(data: unknown): data is SourceReply {
  return typeof data === 'object' && data !== null && typeof (data as SourceReply).id === 'number' && 'result' in data;
}
