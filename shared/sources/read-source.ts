// Reads a source file's bytes into a source document: what kind of file it is (by its content, not
// only its name), the limits, and the one reading of each kind, for the source worker and the CLI alike.
import { MAX_SOURCE_FILE_BYTES } from './source-limits';
import { decodeText } from '../codecs/text/decode-text';
import type { SourceKind } from '../model/evidence';
import { fail, ok, type Result } from '../model/result';
import { joinPieces, sourceDocument } from './assemble';
import { normalisePdfPages, normaliseText } from './normalise';
import { readHtml } from './read-html';
import { readJats } from './read-jats';
import { refusesDeclarations } from './markup-tree';
import { readPdfPages, type PdfJs } from './read-pdf';
import { markdownParts, plainTextParts } from './read-text';
import type { SourceDocument } from './source-document';

export { MAX_SOURCE_FILE_BYTES };

/** What loads pdf.js: the legacy build in Node, the standard one on demand in the source worker. */
export interface SourceReaders {
  loadPdfJs(): Promise<PdfJs>;
}

/** What the window shows when a whole document is one page: "Page 1". */
export const pageLabel = (number: number) => `Page ${number}`;

const NOT_READ = 'is not a text, PDF, JATS or HTML file';

/** Files we are asked to open by mistake, known by their first bytes. */
const SIGNATURES: readonly { bytes: (number | undefined)[]; at?: number; looksLike: string }[] = [
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], looksLike: 'a PNG image' },
  { bytes: ascii('GIF8'), looksLike: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], looksLike: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], looksLike: 'a TIFF image' },
  { bytes: ascii('WEBP'), at: 8, looksLike: 'a WebP image' },
  { bytes: ascii('ftyp'), at: 4, looksLike: 'a photo or video (HEIC or MP4)' },
  { bytes: ascii('PK\x03\x04'), looksLike: 'a ZIP archive (a Word .docx or an EPUB is one)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: 'an old Microsoft Office document (.doc)' },
  { bytes: ascii('{\\rtf'), looksLike: 'an RTF document' },
  { bytes: [0x1f, 0x8b], looksLike: 'a gzip archive' },
];

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, signature: readonly (number | undefined)[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

/** "%PDF-" in the first 1,024 bytes, where readers look for it (ISO 32000-2 §7.5.2 lets junk come first). */
function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  const magic = ascii('%PDF-');
  for (let i = head.indexOf(0x25); i !== -1 && i <= head.length - magic.length; i = head.indexOf(0x25, i + 1)) {
    if (startsWith(head, magic, i)) return true;
  }
  return false;
}

const extension = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file over the limit, refused by its size alone: the worker asks before it reads the file. */
export function refuseSize(byteLength: number, name: string): Result<never> | undefined {
  if (byteLength <= MAX_SOURCE_FILE_BYTES) return undefined;
  return fail({
    where: name,
    message: `${name} is ${megabytes(byteLength)}; source files over ${MAX_SOURCE_FILE_BYTES / 1024 / 1024} MB are not read`,
  });
}

/**
 * The refusals every reader shares, before any parsing: over the size limit, empty, a file of a
 * kind no reader takes (an image, an archive), or a file named as a PDF that is not one.
 */
function refuseBytes(bytes: Uint8Array, name: string): Result<never> | undefined {
  const refuse = (message: string) => fail({ where: name, message: `${name} ${message}` });
  const tooLarge = refuseSize(bytes.byteLength, name);
  if (tooLarge) return tooLarge;
  if (bytes.byteLength === 0) return refuse('is empty');
  if (isPdf(bytes)) return undefined;
  const known = SIGNATURES.find((signature) => startsWith(bytes, signature.bytes, signature.at));
  if (known) return refuse(`${NOT_READ}: it looks like ${known.looksLike}`);
  if (extension(name) === 'pdf') return refuse('is named as a PDF but is not one: a PDF starts with "%PDF-"');
  return undefined;
}

/**
 * What a text is by its start: a JATS article (root <article>, or PubMed Central's <pmc-articleset>),
 * HTML, other XML (refused), or else text or Markdown by the file's name.
 */
function kindOfText(text: string, name: string): Result<SourceKind> {
  // Processing instructions (<?xml …?>, <?xml-stylesheet …?>), comments and a DOCTYPE, then the root element.
  const prolog =
    /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*(?:<!DOCTYPE\s+([^\s>]+)[^>]*>)?(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*(?:<([A-Za-z][\w.:-]*))?/i.exec(
      text,
    );
  const doctype = prolog?.[1]?.toLowerCase() ?? '';
  const root = prolog?.[2]?.toLowerCase() ?? '';
  if (root === 'article' || root === 'pmc-articleset') return ok('jats');
  if (doctype === 'html' || ['html', 'head', 'body', 'meta', 'title'].includes(root)) return ok('html');
  const ext = extension(name);
  if (/^\s*<\?xml/i.test(text) || ext === 'xml' || ext === 'nxml') {
    const what = root === '' ? 'no root element' : `the root element <${root}>`;
    return fail({
      where: name,
      message: `${name} is XML with ${what}, not a JATS article (<article>): only JATS XML is read`,
    });
  }
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return ok('html');
  return ok(ext === 'md' || ext === 'markdown' ? 'markdown' : 'text');
}

/** Reads a file's bytes as a source of the kind its content says. Never throws on a bad file. */
export async function readSource(
  bytes: Uint8Array,
  name: string,
  readers: SourceReaders,
): Promise<Result<SourceDocument>> {
  const refused = refuseBytes(bytes, name);
  if (refused) return refused;
  if (isPdf(bytes)) return readPdf(bytes, name, readers);
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return fail(...decoded.problems.map((p) => ({ where: `${name}:${p.where}`, message: `${name}: ${p.message}` })));
  }
  const { text } = decoded.value;
  if (text.includes('\u0000')) {
    return fail({ where: name, message: `${name} ${NOT_READ}: it holds NUL bytes, as binary files do` });
  }
  return readText(text, name);
}

/** Text already in hand (decoded from a file, or pasted): the kind by its content and name. */
export async function readText(raw: string, name: string): Promise<Result<SourceDocument>> {
  if (raw.trim() === '') return fail({ where: name, message: `${name} is empty (only spaces and line ends)` });
  // Before the kind is decided: a declaration would hide the root element from kindOfText.
  const declared = /^\s*</.test(raw) ? refusesDeclarations(raw, name) : undefined;
  if (declared) return declared;
  const kind = kindOfText(raw, name);
  if (!kind.ok) return kind;
  if (kind.value === 'jats' || kind.value === 'html') {
    const read = kind.value === 'jats' ? readJats(raw, name) : readHtml(raw);
    if (!read.ok) return read;
    const { pieces, offeredCitation } = read.value;
    if (pieces.every((piece) => piece.text.trim() === '')) {
      return fail({ where: name, message: `${name} has no article text (no paragraphs were found in it)` });
    }
    return ok(await sourceDocument({ name, kind: kind.value, ...joinPieces(pieces, '\n\n'), offeredCitation }));
  }
  const text = normaliseText(raw);
  const parts = kind.value === 'markdown' ? markdownParts(text) : plainTextParts(text);
  return ok(await sourceDocument({ name, kind: kind.value, text, parts }));
}

/** Pasted words are plain text whatever they look like ("<5 mg" is not markup): normalised, headings as parts. */
export async function readPastedText(raw: string, name: string): Promise<Result<SourceDocument>> {
  if (raw.trim() === '') return fail({ where: name, message: `${name} is empty (only spaces and line ends)` });
  const text = normaliseText(raw);
  return ok(await sourceDocument({ name, kind: 'text', text, parts: plainTextParts(text) }));
}

async function readPdf(bytes: Uint8Array, name: string, readers: SourceReaders): Promise<Result<SourceDocument>> {
  let pdfjs: PdfJs;
  try {
    pdfjs = await readers.loadPdfJs();
  } catch (error) {
    // Only a broken build gets here (the PDF reader's code failed to load): say it, do not guess.
    const detail = error instanceof Error ? error.message : String(error);
    return fail({ where: name, message: `${name} could not be read: the PDF reader did not load (${detail})` });
  }
  const pages = await readPdfPages(bytes, name, pdfjs);
  if (!pages.ok) return pages;
  const pieces = normalisePdfPages(pages.value).map((text, index) => ({ text, label: pageLabel(index + 1) }));
  return ok(await sourceDocument({ name, kind: 'pdf', ...joinPieces(pieces, '\n\n') }));
}
