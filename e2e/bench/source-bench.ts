// source-open-pdf-50p: a 50-page text PDF from the file to its source document, read by the window's
// readSourceFile in the source worker (pdf.js loaded there on demand), in the app's own build.
import type { Browser } from '@playwright/test';
import { longReportPdf } from '../../shared/sources/fixtures/text-pdf';
import { readInPage, startSourceHarness } from '../support/source-harness';
import { median, type BenchFigure } from './stats';

const PAGES = 50;
const RUNS = 7;

/**
 * Each run opens a fresh page, so it starts the worker and loads pdf.js as the first PDF a user
 * opens does (from the browser's cache after the first run, as the desktop app reads it from disk).
 * The figure is the median; a second read in the same page (pdf.js already loaded) goes to stderr.
 */
export async function measureSourceOpen(browser: Browser): Promise<BenchFigure[]> {
  // Beside the app's preview server: BENCH_PORT + 50.
  const harness = await startSourceHarness(Number(process.env.BENCH_PORT ?? 4175) + 50);
  const pdf = await longReportPdf(PAGES);
  const context = await browser.newContext();
  try {
    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await context.newPage();
      await page.goto(harness.url);
      await page.waitForFunction('"readSourceFile" in window');
      const first = await readInPage(page, pdf, 'report-50p.pdf');
      if (!first.result.ok || first.result.value.parts.length !== PAGES) {
        throw new Error(`the 50-page PDF was not read: ${JSON.stringify(first.result).slice(0, 300)}`);
      }
      cold.push(first.ms);
      warm.push((await readInPage(page, pdf, 'report-50p.pdf')).ms);
      await page.close();
    }
    const worker = harness.scripts.map((s) => `${s.file} ${(s.gzipBytes / 1024).toFixed(1)} KB`).join(', ');
    process.stderr.write(
      `source-open-pdf-50p: ${(pdf.byteLength / 1024).toFixed(0)} KB PDF; median ${median(cold).toFixed(0)} ms with ` +
        `the worker and pdf.js starting, ${median(warm).toFixed(0)} ms with them running; gzipped: ${worker}\n`,
    );
    return [{ name: 'source-open-pdf-50p', value: median(cold), unit: 'ms' }];
  } finally {
    await context.close();
    await harness.close();
  }
}
