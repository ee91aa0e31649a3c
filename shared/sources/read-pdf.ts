// A PDF's text, page by page, through pdf.js; the caller chooses the build (the legacy one in Node,
// the standard one in the source worker), so this module runs in both and loads nothing itself.
import type * as PdfJsModule from 'pdfjs-dist';
import { fail, ok, type Result } from '../model/result';

export type PdfJs = Pick<typeof PdfJsModule, 'getDocument'>;

/** pdf.js's VerbosityLevel.ERRORS: its warnings about fonts it does not need for text would fill the CLI's output. */
const ERRORS_ONLY = 0;

/**
 * The text of each page, in page order, as pdf.js lays it out (a line end where a line ends). Never
 * throws: a PDF that needs a password, is damaged, or has no text on any page is a problem naming
 * the file.
 */
export async function readPdfPages(bytes: Uint8Array, name: string, pdfjs: PdfJs): Promise<Result<string[]>> {
  const task = pdfjs.getDocument({
    // pdf.js refuses a Node Buffer; a plain Uint8Array view over the same bytes is not a copy.
    data: bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    // No `new Function` for fonts: the app's Content-Security-Policy forbids eval, and text needs none.
    isEvalSupported: false,
    // Text only: no @font-face, no system fonts, nothing fetched.
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: ERRORS_ONLY,
  });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        // Marked-content markers carry no text.
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text.trim());
      page.cleanup();
    }
    if (pages.every((page) => page === '')) {
      return fail({
        where: name,
        message:
          `${name} has no text layer: it looks like a scanned image, and pictures of words cannot be read or ` +
          'anchored. Open the publisher’s HTML or PDF with text, or run the scan through text recognition (OCR) first',
      });
    }
    return ok(pages);
  } catch (error) {
    return fail({ where: name, message: whyUnreadable(name, error) });
  } finally {
    await task.destroy();
  }
}

function whyUnreadable(name: string, error: unknown): string {
  const kind = error instanceof Error ? error.name : '';
  if (kind === 'PasswordException') {
    return `${name} is encrypted and needs a password to open; save an unprotected copy (print to PDF) and open that`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  if (kind === 'InvalidPDFException') return `${name} is damaged and cannot be read as a PDF (${detail})`;
  return `${name} could not be read as a PDF (${detail})`;
}
