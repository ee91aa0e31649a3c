// The one reading of a file's bytes as text, for the CLI and the import worker alike: UTF-8 with or
// without a byte-order mark, UTF-16 LE or BE with one; anything else is refused with one message.
import { fail, ok, type Result } from '../../model/result';

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

export interface DecodedText {
  /** The text without its byte-order mark. */
  text: string;
  encoding: TextEncoding;
}

/** Every refusal ends with the same way out: what Excel, R and pandas all write. */
const SAVE_AS_UTF8 = 'save it as UTF-8 ("CSV UTF-8" in Excel) and try again';

/**
 * Decodes strictly: a Latin-1 file read as UTF-8 would otherwise turn "µg" into "�g" in silence, and
 * a UTF-16 file without its mark would become text with a NUL between every two letters. A problem's
 * `where` is the `line:column` of the first byte that cannot be read (`1:1` when the file as a whole
 * is refused); its message gives the byte offset (0-based, as hex editors count) where there is one.
 */
export function decodeText(bytes: Uint8Array): Result<DecodedText> {
  const bom = byteOrderMark(bytes);
  if (bom === 'UTF-32LE' || bom === 'UTF-32BE') {
    // Checked before UTF-16: FF FE 00 00 also starts like a UTF-16 LE mark.
    return refuse('1:1', `the file is ${bom} text (its byte-order mark says so), which is not read: ${SAVE_AS_UTF8}`);
  }
  if (bom === 'UTF-16LE' || bom === 'UTF-16BE') {
    if (bytes.byteLength % 2 === 1) {
      const last = bytes.byteLength - 1;
      return refuse(
        whereIs(bytes, bom, last),
        `the file is ${bom} text (its byte-order mark says so) but has an odd number of bytes (${bytes.byteLength}): ` +
          `it ends half-way through a character at byte offset ${last}; ${SAVE_AS_UTF8}`,
      );
    }
    return read(bytes, bom);
  }
  const guess = utf16WithoutMark(bytes);
  if (guess !== undefined) {
    return refuse(
      '1:1',
      `the file looks like ${guess} text without a byte-order mark (a NUL byte beside each letter): ${SAVE_AS_UTF8}`,
    );
  }
  return read(bytes, 'UTF-8');
}

type Mark = TextEncoding | 'UTF-32LE' | 'UTF-32BE';

function byteOrderMark(b: Uint8Array): Mark | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'UTF-8';
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 && b.byteLength >= 4 ? 'UTF-32LE' : 'UTF-16LE';
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16BE';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32BE';
  return undefined;
}

/**
 * A file of ours (a header, "{") starts with a letter or a sign, never NUL: a NUL byte beside the first
 * one is UTF-16 (or UTF-32) without its mark. Only the start is looked at; a NUL further in is a
 * character of the text, for the character rules to name with its line and column.
 */
function utf16WithoutMark(b: Uint8Array): string | undefined {
  if (b.byteLength < 2) return undefined;
  if (b[0] !== 0 && b[1] === 0) return 'UTF-16LE';
  if (b[0] === 0 && b[1] !== 0) return 'UTF-16BE';
  if (b[0] === 0 && b[1] === 0) return 'UTF-16BE or UTF-32';
  return undefined;
}

const decoder = (encoding: TextEncoding) =>
  // ignoreBOM: false drops the mark; fatal: true throws on the first byte that is not the encoding.
  new TextDecoder(encoding.toLowerCase(), { fatal: true, ignoreBOM: false });

function read(bytes: Uint8Array, encoding: TextEncoding): Result<DecodedText> {
  try {
    return ok({ text: decoder(encoding).decode(bytes), encoding });
  } catch {
    // Only a bad file gets here: finding the place costs a few more decodes, a good one none.
  }
  const { offset, atEnd } = firstBadByte(bytes, encoding);
  const at = `byte offset ${offset} (${hex(bytes, offset, encoding)})`;
  const message =
    encoding === 'UTF-8'
      ? atEnd
        ? `not UTF-8 text: the file ends half-way through the character at ${at}; ${SAVE_AS_UTF8}`
        : `not UTF-8 text: ${at} is not part of a UTF-8 character (is the file Latin-1 or Windows-1252?); ${SAVE_AS_UTF8}`
      : `not ${encoding} text: ${at} is half of a character (a lone surrogate); ${SAVE_AS_UTF8}`;
  return refuse(whereIs(bytes, encoding, offset), message);
}

/**
 * The offset of the first byte that cannot be read, and whether it starts an unfinished character at
 * the very end. A streaming decoder holds back an unfinished character and throws only at a byte that
 * cannot continue it, so "this prefix throws" is monotone, and a binary search finds the shortest such
 * prefix in about 26 decodes of at most 64 MB.
 */
function firstBadByte(bytes: Uint8Array, encoding: TextEncoding): { offset: number; atEnd: boolean } {
  const throws = (length: number): boolean => {
    try {
      decoder(encoding).decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let low = 0;
  let high = bytes.byteLength;
  // Every prefix reads: only the final flush threw, on an unfinished last character.
  const atEnd = !throws(high);
  if (atEnd) high = bytes.byteLength + 1;
  else {
    while (low + 1 < high) {
      const middle = (low + high) >>> 1;
      if (throws(middle)) high = middle;
      else low = middle;
    }
  }
  // The decoder stops at the byte that cannot follow; the character it spoils starts at its lead byte.
  const stop = high - 1;
  if (encoding !== 'UTF-8') {
    // A high surrogate is refused at the unit after it, which is not its low half.
    const unit = atEnd ? stop - 2 : stop - (stop % 2);
    const before = unit - 2;
    const highHalf = before >= 0 && (bytes[encoding === 'UTF-16LE' ? before + 1 : before] ?? 0) >> 2 === 0xd8 >> 2;
    return { offset: highHalf ? before : unit, atEnd };
  }
  let start = stop;
  while (start > 0 && start > stop - 3 && isContinuation(bytes[start - 1])) start -= 1;
  const lead = start - 1;
  return { offset: lead >= 0 && lead + sequenceLength(bytes[lead]) > stop ? lead : stop, atEnd };
}

/** How many bytes a UTF-8 character with this first byte has (1 for anything that cannot lead one). */
function sequenceLength(byte: number | undefined): number {
  if (byte === undefined || byte < 0xc0) return 1;
  return byte < 0xe0 ? 2 : byte < 0xf0 ? 3 : 4;
}

const isContinuation = (byte: number | undefined) => byte !== undefined && byte >= 0x80 && byte < 0xc0;

function hex(bytes: Uint8Array, offset: number, encoding: TextEncoding): string {
  const width = encoding === 'UTF-8' ? 1 : 2;
  const shown = [...bytes.subarray(offset, offset + width)].map(
    (b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return shown.join(' ');
}

/** `line:column` of a byte, counting the characters before it as a text editor shows them. */
function whereIs(bytes: Uint8Array, encoding: TextEncoding, offset: number): string {
  // Not fatal: the bytes before the bad one are good, but for the lead of the character it spoils.
  const lines = new TextDecoder(encoding.toLowerCase()).decode(bytes.subarray(0, offset)).split(/\r\n|\r|\n/);
  return `${lines.length}:${(lines.at(-1) ?? '').length + 1}`;
}

function refuse(where: string, message: string): Result<DecodedText> {
  return fail({ where, message });
}
