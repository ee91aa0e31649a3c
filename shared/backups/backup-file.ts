// A backup's contents: every case with its rows and evidence, and the text and dismissed
// suggestions of every source a case cites, as one case file (the format Import reads), written
// in pieces and gzip-compressed so that no single string holds the whole of a large profile.
import {
  CASE_FILE_FORMAT,
  CASE_FILE_VERSION,
  SourceTextSchema,
  canonicalCase,
  type SourceText,
} from '../codecs/json/case-file';
import { CaseSchema, type Case } from '../model/case';
import type { DismissedSuggestion } from '../suggest/dismissed';
import type { SourceDocument } from '../sources/source-document';
import { MAX_BACKUP_TEXT_BYTES } from '../ipc/contract';

/** A stored source as the backup reads it: the document and the suggestions dismissed in it. */
export type StoredSource = SourceDocument & { dismissedSuggestions?: readonly DismissedSuggestion[] };

export interface BackupContents {
  cases: readonly Case[];
  /** The sources a case cites, each as a case file carries it; those that cannot be carried are counted apart. */
  sources: SourceText[];
  /** Stored sources no case file can carry (over its text limit): named in the status line, not silently dropped. */
  sourcesLeftOut: string[];
}

/**
 * The sources to carry: every stored source some case lists, with the case's name for it.
 * Sources no case cites are left out, as the import refuses a source no case in the file lists.
 */
export function backupContents(cases: readonly Case[], stored: readonly StoredSource[]): BackupContents {
  const listed = new Map(cases.flatMap((c) => c.sources ?? []).map((s) => [s.fingerprint, s]));
  const sources: SourceText[] = [];
  const sourcesLeftOut: string[] = [];
  for (const doc of stored) {
    const listing = listed.get(doc.fingerprint);
    if (!listing) continue;
    const parsed = SourceTextSchema.safeParse({
      ...listing,
      text: doc.text,
      ...(doc.parts.length > 0 ? { parts: doc.parts } : {}),
      ...(doc.dismissedSuggestions && doc.dismissedSuggestions.length > 0
        ? { dismissedSuggestions: doc.dismissedSuggestions }
        : {}),
    });
    if (parsed.success) sources.push(parsed.data);
    else sourcesLeftOut.push(listing.name);
  }
  return { cases, sources, sourcesLeftOut };
}

/**
 * The case file's text in pieces, one case or source at a time: `{"format":…,"cases":[…],"sources":[…]}`.
 * Compact rather than indented like an export: nobody reads a backup by eye, and it compresses faster.
 */
export function* caseFilePieces({ cases, sources }: Pick<BackupContents, 'cases' | 'sources'>): Generator<string> {
  yield `{"format":${JSON.stringify(CASE_FILE_FORMAT)},"version":${CASE_FILE_VERSION},"cases":[`;
  for (const [index, c] of cases.entries()) yield `${index === 0 ? '' : ','}${JSON.stringify(asStored(c))}`;
  yield ']';
  if (sources.length > 0) {
    yield ',"sources":[';
    for (const [index, source] of sources.entries()) yield `${index === 0 ? '' : ','}${JSON.stringify(source)}`;
    yield ']';
  }
  yield '}\n';
}

/**
 * A case in canonical form; one stored before a rule was tightened (which the repository gives back
 * as it is) goes in as stored rather than costing the whole backup: its data is kept, and a restore
 * names what today's rules refuse in it.
 */
function asStored(c: Case): Case {
  return CaseSchema.safeParse(c).success ? canonicalCase(c) : c;
}

/** What went wrong making a backup, in words for the status line. */
export class BackupTooLargeError extends Error {}

/**
 * The gzip of the pieces, as one array of bytes. Refuses (throws BackupTooLargeError) past
 * MAX_BACKUP_TEXT_BYTES of text, the most a restore reads: a backup that cannot be restored is no backup.
 */
export async function gzipPieces(
  pieces: Iterable<string>,
  limit = MAX_BACKUP_TEXT_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new CompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const compressed = collect(stream.readable).then((bytes) => bytes ?? new Uint8Array());
  const encoder = new TextEncoder();
  let total = 0;
  try {
    for (const piece of pieces) {
      const bytes = encoder.encode(piece);
      total += bytes.byteLength;
      if (total > limit)
        throw new BackupTooLargeError(
          `the cases hold more than ${limit / 1024 / 1024} MB of text, more than a restore reads`,
        );
      await writer.write(bytes);
    }
    await writer.close();
  } catch (error) {
    await writer.abort(error).catch(() => undefined);
    await compressed.catch(() => undefined);
    throw error;
  }
  return compressed;
}

/**
 * Inflates gzip bytes, stopping past `limit` bytes of output (a small file can inflate to
 * gigabytes): `undefined` then, so the caller can say the file is too large rather than run out of memory.
 */
export async function gunzipBounded(
  bytes: Uint8Array,
  limit = MAX_BACKUP_TEXT_BYTES,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const input = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
  return collect(input.pipeThrough(new DecompressionStream('gzip')), limit);
}

async function collect(
  stream: ReadableStream<Uint8Array>,
  limit = Infinity,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
