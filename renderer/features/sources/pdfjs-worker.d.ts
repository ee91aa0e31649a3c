// pdf.js ships no types for its worker module; the source worker imports it for its side effect only.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs';
