// import-labs-100k and parse-labs-100k-raw: the app's import of a 100,000-row labs CSV (parse,
// validate and plan, then apply and store in IndexedDB, all in the import worker), and the bare CSV parser on
// the same text, measured in the same run; and how long the window stops drawing meanwhile.
import type { Browser } from '@playwright/test';
import type { BenchFigure } from './stats';
import { build } from 'esbuild';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encodeLabsCsv } from '../../shared/codecs/csv/case-csv';
import { createLargeCase } from '../support/large-case';
import { watchFrames } from '../support/watch-frames';
import { newBenchContext } from './bench-context';

const ROWS = 100_000;

/**
 * csv-parse's browser build, the one the app uses, as a script for a page: the raw parse runs in
 * the same Chromium as the import, so the two figures compare one engine's work.
 */
async function rawParserScript(): Promise<string> {
  const bundle = await build({
    stdin: {
      contents: "import { parse } from 'csv-parse/browser/esm/sync'; globalThis.__parseCsv = parse;",
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]!.text;
}

/**
 * The bare parser on the file's bytes (as the app gives it, UTF-8 without the byte-order mark;
 * csv-parse reads bytes about twice as fast as a string) in a blank page: fastest of three, in ms.
 */
async function rawParseMs(browser: Browser, text: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addScriptTag({ content: await rawParserScript() });
    await page.evaluate((csv) => {
      (globalThis as unknown as { __csv: Uint8Array }).__csv = new TextEncoder().encode(csv.replace(/^\uFEFF/, ''));
    }, text);
    const runs: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { ms, records } = await page.evaluate(() => {
        const g = globalThis as unknown as { __csv: Uint8Array; __parseCsv: (t: Uint8Array) => unknown[] };
        const start = performance.now();
        const parsed = g.__parseCsv(g.__csv);
        return { ms: performance.now() - start, records: parsed.length };
      });
      if (records !== ROWS + 1) throw new Error(`raw parse gave ${records} records`);
      runs.push(ms);
    }
    return Math.min(...runs);
  } finally {
    await context.close();
  }
}

/**
 * The import is timed from the file's text reaching the app to the rows being stored, minus the
 * time the preview waits for the user's click.
 */
export async function measureImport(browser: Browser, baseUrl: string): Promise<BenchFigure[]> {
  const text = encodeLabsCsv([createLargeCase({ events: 0, observations: ROWS })]);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'bench-import-')), 'labs-100k.csv');
  await writeFile(file, text, 'utf8');
  const rawMs = await rawParseMs(browser, text);

  const context = await newBenchContext(browser);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const readingGap = await watchFrames(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  const panel = page.getByRole('region', { name: 'Import' });
  const importButton = panel.getByRole('button', { name: 'Import', exact: true });
  await importButton.waitFor({ timeout: 120_000 });
  const longestReadingGap = await readingGap();
  const writingGap = await watchFrames(page);
  await importButton.click();
  await page.getByText(/^Imported labs-100k\.csv/).waitFor({ timeout: 180_000 });
  // Until the new case's tables and panels have drawn: opening 100,000 rows is the window's own work.
  await page.locator('figure.course-panel').first().waitFor({ timeout: 60_000 });
  const longestWritingGap = await writingGap();
  // A string, not a function: tsx wraps named functions in a helper the page does not have.
  const importMs = await page.evaluate<number>(
    `(() => { const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      return at('import:planned') - at('import:read-start') + (at('import:written') - at('import:write-start')); })()`,
  );
  process.stderr.write(
    `import-labs-100k: ${await page.evaluate<string>(
      `(() => { const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
        return 'read+plan ' + (at('import:planned') - at('import:read-start')).toFixed(0) + ' ms, apply+store ' + (at('import:written') - at('import:write-start')).toFixed(0) + ' ms'; })()`,
    )}; raw parse ${rawMs.toFixed(0)} ms\n`,
  );
  await context.close();
  return [
    { name: 'import-labs-100k', value: Math.round(ROWS / (importMs / 1000)), unit: 'rows/s' },
    { name: 'parse-labs-100k-raw', value: Math.round(ROWS / (rawMs / 1000)), unit: 'rows/s' },
    { name: 'import-labs-100k-longest-frame-reading', value: longestReadingGap, unit: 'ms' },
    { name: 'import-labs-100k-longest-frame-writing', value: longestWritingGap, unit: 'ms' },
  ];
}
