// Specification of reading a source file: the kind by content, the limits, and every refusal, with
// PDFs made by pdf-lib and an encrypted one made by qpdf (fixtures/README.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../model/result';
import { fingerprintText } from './fingerprint';
import { pictureOnlyPdf, textPdf } from './fixtures/text-pdf';
import { MAX_SOURCE_FILE_BYTES, readSource, readText, refuseSize } from './read-source';
import type { SourceDocument } from './source-document';

const readers = { loadPdfJs: () => import('pdfjs-dist/legacy/build/pdf.mjs') };
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, 'fixtures', name)));
const bytesOf = (text: string) => new TextEncoder().encode(text);

function read(bytes: Uint8Array, name: string) {
  return readSource(bytes, name, readers);
}

function value(result: Result<SourceDocument>): SourceDocument {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.value;
}

async function refusal(result: Promise<Result<SourceDocument>>): Promise<{ where: string; message: string }> {
  const settled = await result;
  if (settled.ok) throw new Error(`read as ${settled.value.kind}, not refused`);
  expect(settled.problems).toHaveLength(1);
  return settled.problems[0]!;
}

/** The parts are in order, inside the text, and never overlap. */
function expectWellFormedParts(document: SourceDocument): void {
  let previousEnd = 0;
  for (const part of document.parts) {
    expect(part.start).toBeGreaterThanOrEqual(previousEnd);
    expect(part.end).toBeGreaterThanOrEqual(part.start);
    expect(part.end).toBeLessThanOrEqual(document.text.length);
    previousEnd = part.end;
  }
}

describe('readSource: plain text', () => {
  it('normalises the text and fingerprints the result', async () => {
    const document = value(await read(bytesOf('CK 4210 U/L\r\n\uFB01brosis'), 'report.txt'));
    expect(document).toMatchObject({ kind: 'text', name: 'report.txt', normaliserVersion: 1, parts: [] });
    expect(document.text).toBe('CK 4210 U/L\nfibrosis');
    expect(document.fingerprint).toBe(await fingerprintText('CK 4210 U/L\nfibrosis'));
  });

  it('reads UTF-16 with a byte-order mark through the project’s one decoder', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'CK µ'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(value(await read(utf16, 'report.txt')).text).toBe('CK µ');
  });

  it('names the file and the byte where Latin-1 is not UTF-8', async () => {
    const problem = await refusal(read(new Uint8Array([0x43, 0x4b, 0x20, 0xb5]), 'latin1.txt'));
    expect(problem.where).toBe('latin1.txt:1:4');
    expect(problem.message).toMatch(/^latin1\.txt: not UTF-8 text: byte offset 3 \(0xB5\)/);
  });

  it('makes its headings parts, and the text before the first one a part of its own', async () => {
    const text =
      'A short report line.\n\nCase presentation\n\nCK was 4210 U/L.\n\nFigure 1.\n\nDiscussion\n\nIt fell.\n';
    const document = value(await read(bytesOf(text), 'report.txt'));
    expect(document.parts.map((p) => [p.label, document.text.slice(p.start, p.end)])).toEqual([
      ['Beginning', 'A short report line.\n\n'],
      ['Case presentation', 'Case presentation\n\nCK was 4210 U/L.\n\nFigure 1.\n\n'],
      ['Discussion', 'Discussion\n\nIt fell.\n'],
    ]);
  });
});

describe('readSource: Markdown', () => {
  it('keeps the Markdown as written and makes ATX and setext headings parts, not those in code', async () => {
    const text = '# Anti-SRP myopathy\n\nCK 4210.\n\n```\n# not a heading\n```\n\nCourse\n------\n\nIVIG.\n';
    const document = value(await read(bytesOf(text), 'case.md'));
    expect(document.kind).toBe('markdown');
    expect(document.text).toBe(text);
    expect(document.parts.map((p) => p.label)).toEqual(['Anti-SRP myopathy', 'Course']);
    expect(document.text.slice(document.parts[1]!.start, document.parts[1]!.end)).toBe('Course\n------\n\nIVIG.\n');
    expectWellFormedParts(document);
  });
});

describe('readSource: PDF', () => {
  it('reads the text page by page, each page a part called "Page n", hyphenated words joined', async () => {
    const pdf = await textPdf([
      ['Immune-mediated necro-', 'tizing myopathy with anti-', 'SRP antibodies.'],
      ['CK 4210 U/L on day 3.'],
    ]);
    const document = value(await read(pdf, 'report.pdf'));
    expect(document.kind).toBe('pdf');
    expect(document.text).toBe(
      'Immune-mediated necrotizing myopathy with anti-SRP antibodies.\n\nCK 4210 U/L on day 3.',
    );
    expect(document.parts.map((p) => [p.label, document.text.slice(p.start, p.end)])).toEqual([
      ['Page 1', 'Immune-mediated necrotizing myopathy with anti-SRP antibodies.'],
      ['Page 2', 'CK 4210 U/L on day 3.'],
    ]);
  });

  it('reads a PDF by its content whatever its name says', async () => {
    expect(value(await read(await textPdf([['CK 4210 U/L']]), 'report.txt')).kind).toBe('pdf');
  });

  it('keeps an empty page as a part, so page numbers stay right', async () => {
    const document = value(await read(await textPdf([['One'], [], ['Three']]), 'report.pdf'));
    expect(document.parts.map((p) => [p.label, p.end - p.start])).toEqual([
      ['Page 1', 3],
      ['Page 2', 0],
      ['Page 3', 5],
    ]);
  });

  it('refuses a PDF with no text layer, saying it looks scanned', async () => {
    const problem = await refusal(read(await pictureOnlyPdf(), 'scan.pdf'));
    expect(problem.message).toMatch(/^scan\.pdf has no text layer: it looks like a scanned image/);
    expect(problem.message).toContain('OCR');
  });

  it('refuses a PDF that needs a password, saying it is encrypted', async () => {
    const problem = await refusal(read(fixture('encrypted.pdf'), 'encrypted.pdf'));
    expect(problem).toEqual({
      where: 'encrypted.pdf',
      message: expect.stringMatching(/^encrypted\.pdf is encrypted and needs a password to open/),
    });
  });

  it('reads an encrypted PDF that opens without a password (copying "not allowed", as journals set it)', async () => {
    expect(value(await read(fixture('copy-protected.pdf'), 'journal.pdf')).text).toBe('CK 4210 U/L on admission.');
  });

  it('refuses a damaged PDF, naming the file', async () => {
    const problem = await refusal(read(bytesOf('%PDF-1.7\nthis is not a PDF body'), 'broken.pdf'));
    expect(problem.message).toMatch(/^broken\.pdf (is damaged|could not be read as a PDF)/);
  });

  it('says so when the PDF reader itself does not load', async () => {
    const failing = { loadPdfJs: () => Promise.reject(new Error('chunk missing')) };
    const problem = await refusal(readSource(await textPdf([['x']]), 'report.pdf', failing));
    expect(problem.message).toBe('report.pdf could not be read: the PDF reader did not load (chunk missing)');
  });
});

describe('readSource: refusals before reading', () => {
  it.each([
    ['a JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]],
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]],
    ['a ZIP archive (a Word .docx or an EPUB is one)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0]],
    ['a GIF image', [...bytesOf('GIF89a')]],
    ['an old Microsoft Office document (.doc)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ])('refuses %s named .pdf, saying what it looks like', async (looksLike, bytes) => {
    const problem = await refusal(read(new Uint8Array(bytes), 'report.pdf'));
    expect(problem).toEqual({
      where: 'report.pdf',
      message: `report.pdf is not a text, PDF, JATS or HTML file: it looks like ${looksLike}`,
    });
  });

  it('refuses a text file named .pdf', async () => {
    const problem = await refusal(read(bytesOf('CK 4210 U/L'), 'report.pdf'));
    expect(problem.message).toBe('report.pdf is named as a PDF but is not one: a PDF starts with "%PDF-"');
  });

  it('refuses an empty file, and one of spaces and line ends only', async () => {
    expect((await refusal(read(new Uint8Array(0), 'empty.txt'))).message).toBe('empty.txt is empty');
    expect((await refusal(read(bytesOf(' \r\n\t\n'), 'blank.md'))).message).toBe(
      'blank.md is empty (only spaces and line ends)',
    );
  });

  it('refuses a file over 32 MB, naming the limit, without reading it', async () => {
    const big = new Uint8Array(MAX_SOURCE_FILE_BYTES + 1);
    const problem = await refusal(read(big, 'huge.txt'));
    expect(problem.message).toBe('huge.txt is 32.0 MB; source files over 32 MB are not read');
    expect(MAX_SOURCE_FILE_BYTES).toBe(32 * 1024 * 1024);
  });

  it('lets a file of exactly 32 MB through to be read', () => {
    expect(refuseSize(MAX_SOURCE_FILE_BYTES, 'big.pdf')).toBeUndefined();
    expect(refuseSize(MAX_SOURCE_FILE_BYTES + 1, 'big.pdf')).toMatchObject({ ok: false });
  });

  it('refuses text with NUL bytes in it as binary', async () => {
    const problem = await refusal(read(bytesOf('CK\u0000\u0001 4210'), 'data.txt'));
    expect(problem.message).toBe(
      'data.txt is not a text, PDF, JATS or HTML file: it holds NUL bytes, as binary files do',
    );
  });

  it('refuses XML that is not a JATS article, naming its root', async () => {
    const problem = await refusal(read(bytesOf('<?xml version="1.0"?><svg></svg>'), 'figure.xml'));
    expect(problem.message).toBe(
      'figure.xml is XML with the root element <svg>, not a JATS article (<article>): only JATS XML is read',
    );
  });
});

describe('readText (pasted)', () => {
  it('reads pasted HTML or JATS by its content', async () => {
    expect(value(await readText('<html><body><p>CK 4210</p></body></html>', 'Pasted text')).kind).toBe('html');
    expect(value(await readText('plain words', 'Pasted text')).kind).toBe('text');
  });
});
