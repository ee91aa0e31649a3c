// Specification of the source worker's answers, in Node with pdf.js's Node build: every kind goes
// through the same reading, and a file over the limit is refused before it is read.
import { describe, expect, it } from 'vitest';
import { textPdf } from '../../../shared/sources/fixtures/text-pdf';
import { MAX_SOURCE_FILE_BYTES } from '../../../shared/sources/read-source';
import { answerSourceRequest } from './source-reading';

const readers = { loadPdfJs: () => import('pdfjs-dist/legacy/build/pdf.mjs') };

describe('answerSourceRequest', () => {
  it('reads a Blob (a picked file) by its content and answers with the request’s id', async () => {
    const file = new Blob([new Uint8Array(await textPdf([['CK 4210 U/L']]))]);
    const reply = await answerSourceRequest({ id: 7, type: 'file', name: 'report.pdf', file }, readers);
    expect(reply).toMatchObject({ id: 7, result: { ok: true, value: { kind: 'pdf', text: 'CK 4210 U/L' } } });
  });

  it('reads bytes the desktop read', async () => {
    const file = new TextEncoder().encode('# Case\n\nCK 4210');
    const reply = await answerSourceRequest({ id: 1, type: 'file', name: 'case.md', file }, readers);
    expect(reply.result.ok && reply.result.value.parts.map((p) => p.label)).toEqual(['Case']);
  });

  it('refuses a file over the limit by its size, without reading it', async () => {
    const file = { size: MAX_SOURCE_FILE_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) } as Blob;
    const reply = await answerSourceRequest({ id: 2, type: 'file', name: 'huge.pdf', file }, readers);
    expect(reply.result).toEqual({
      ok: false,
      problems: [{ where: 'huge.pdf', message: 'huge.pdf is 32.0 MB; source files over 32 MB are not read' }],
    });
  });

  it('reads pasted words as plain text, even when they start like markup', async () => {
    const reply = await answerSourceRequest(
      { id: 3, type: 'pasted', name: 'Pasted text', text: '<5 mg/L\r\nCK' },
      readers,
    );
    expect(reply.result).toMatchObject({ ok: true, value: { kind: 'text', text: '<5 mg/L\nCK', name: 'Pasted text' } });
  });

  it('turns a failure while reading into a problem naming the file', async () => {
    const file = { size: 10, arrayBuffer: () => Promise.reject(new Error('the file was moved')) } as Blob;
    const reply = await answerSourceRequest({ id: 4, type: 'file', name: 'gone.txt', file }, readers);
    expect(reply.result).toEqual({
      ok: false,
      problems: [{ where: 'gone.txt', message: 'gone.txt could not be read: the file was moved' }],
    });
  });
});
