// Records the largest text or byte count the window's own thread reads, decodes or parses: a file
// read in the worker never shows here, so a test can say "the window never held it" without a clock.
import type { Page } from '@playwright/test';

/** Call before `page.goto`; returns a reader of the largest size seen since. Workers are not watched. */
export async function watchWindowReads(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __largestWindowRead: number };
    w.__largestWindowRead = 0;
    const note = (size: number) => {
      w.__largestWindowRead = Math.max(w.__largestWindowRead, size);
    };
    const sizeOf = (input: unknown) =>
      typeof input === 'string'
        ? input.length
        : input instanceof ArrayBuffer || ArrayBuffer.isView(input)
          ? input.byteLength
          : 0;
    const blobText = Blob.prototype.text;
    Blob.prototype.text = function (this: Blob) {
      note(this.size);
      return blobText.call(this);
    };
    const blobBytes = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      note(this.size);
      return blobBytes.call(this);
    };
    const readAsText = FileReader.prototype.readAsText;
    FileReader.prototype.readAsText = function (this: FileReader, blob: Blob, encoding?: string) {
      note(blob.size);
      readAsText.call(this, blob, encoding);
    };
    const readAsArrayBuffer = FileReader.prototype.readAsArrayBuffer;
    FileReader.prototype.readAsArrayBuffer = function (this: FileReader, blob: Blob) {
      note(blob.size);
      readAsArrayBuffer.call(this, blob);
    };
    const decode = TextDecoder.prototype.decode;
    TextDecoder.prototype.decode = function (this: TextDecoder, input?: AllowSharedBufferSource, options?) {
      note(sizeOf(input));
      return decode.call(this, input, options);
    };
    const parse = JSON.parse;
    JSON.parse = (text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      note(sizeOf(text));
      return parse(text, reviver);
    };
  });
  return () => page.evaluate(() => (window as unknown as { __largestWindowRead: number }).__largestWindowRead);
}
