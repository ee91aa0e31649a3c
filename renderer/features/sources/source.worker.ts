// The source worker: reads files into source documents off the window's thread. pdf.js is loaded
// here on demand, the first time a PDF is opened, so the window's bundle never carries it.
import type { SourceRequest } from './source-protocol';
import { answerSourceRequest } from './source-reading';

/**
 * pdf.js runs inside this worker: importing its worker module first gives pdf.js its message
 * handler on this thread (pdf.js calls it a "fake worker"), so it starts no worker of its own and
 * needs no blob: URL or worker-src in the Content-Security-Policy. The module also greets
 * whoever made this worker with a "ready" message, which the window ignores (isSourceReply).
 */
async function loadPdfJs() {
  await import('pdfjs-dist/build/pdf.worker.min.mjs');
  return import('pdfjs-dist');
}

self.onmessage = async (event: MessageEvent<SourceRequest>) => {
  self.postMessage(await answerSourceRequest(event.data, { loadPdfJs }));
};
