// suggest-report-5k-words and suggest-report-50k-words: the suggestion engine over a whole report,
// where the app runs it: in a Web Worker in Chromium, timed from the window's postMessage to the
// suggestions arriving back (the text cloned in, the suggestions cloned out). Node's time and the
// window's longest frame gap meanwhile go to stderr.
import type { Browser, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { normaliseText } from '../../shared/sources/normalise';
import { fingerprintText } from '../../shared/sources/fingerprint';
import { suggestFacts } from '../../shared/suggest/suggest-facts';
import { seedReportPath } from '../support/source-pane';
import { watchFrames } from '../support/watch-frames';
import { reportText, wordCount } from './report-text';
import { median, type BenchFigure } from './stats';
import { newBenchContext } from './bench-context';

const SIZES = [
  { name: 'suggest-report-5k-words', words: 5_000, runs: 9 },
  { name: 'suggest-report-50k-words', words: 50_000, runs: 5 },
] as const;

/**
 * The report: the seed report's own text (read here, never copied into the repository), then
 * generated paragraphs in report shapes up to the word count, normalised as a source is.
 */
export async function benchReport(words: number): Promise<{ text: string; fingerprint: string }> {
  const seed = await readFile(seedReportPath(), 'utf8');
  const text = normaliseText(`${seed.trim()}\n\n${reportText(Math.max(0, words - wordCount(seed)))}`);
  return { text, fingerprint: await fingerprintText(text) };
}

/** The worker: the engine bundled with a message handler, as the app's suggestion worker runs it. */
async function workerScript(): Promise<string> {
  const { build } = await import('esbuild');
  const bundle = await build({
    stdin: {
      contents: `import { suggestFacts } from '../../shared/suggest/suggest-facts';
        self.onmessage = (event) => {
          const start = performance.now();
          const suggestions = suggestFacts(event.data);
          self.postMessage({ suggestions, ms: performance.now() - start });
        };`,
      resolveDir: import.meta.dirname,
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]!.text;
}

interface WorkerRun {
  /** postMessage → suggestions back in the window. */
  roundTrip: number;
  /** suggestFacts alone, inside the worker. */
  inWorker: number;
  suggestions: number;
}

/** One call: the window posts the source, the worker answers with the suggestions. */
function runInWorker(page: Page, source: { text: string; fingerprint: string }): Promise<WorkerRun> {
  // A string, not a function: tsx wraps named functions in a helper the page does not have.
  return page.evaluate(
    `new Promise((resolve) => {
      const source = ${JSON.stringify(source)};
      const start = performance.now();
      window.__suggestWorker.onmessage = (event) =>
        resolve({ roundTrip: performance.now() - start, inWorker: event.data.ms, suggestions: event.data.suggestions.length });
      window.__suggestWorker.postMessage(source);
    })`,
  );
}

export async function measureSuggest(browser: Browser): Promise<BenchFigure[]> {
  const script = await workerScript();
  const context = await newBenchContext(browser);
  const figures: BenchFigure[] = [];
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    await page.evaluate(
      `window.__suggestWorker = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(script)}], { type: 'text/javascript' })))`,
    );
    for (const size of SIZES) {
      const source = await benchReport(size.words);
      // Node, for comparison with the CLI and the tests.
      const node: number[] = [];
      let found = 0;
      for (let run = 0; run < size.runs; run += 1) {
        const start = performance.now();
        found = suggestFacts(source).length;
        node.push(performance.now() - start);
      }
      await runInWorker(page, source); // warm-up: the worker's first compile of the engine
      const runs: WorkerRun[] = [];
      const longestGap = await watchFrames(page);
      for (let run = 0; run < size.runs; run += 1) runs.push(await runInWorker(page, source));
      const gap = await longestGap();
      // The same engine on the same text: a different count means the worker ran something else.
      if (runs.some((r) => r.suggestions !== found)) {
        throw new Error(`${size.name}: the worker gave ${runs[0]!.suggestions} suggestions, Node ${found}`);
      }
      const roundTrip = median(runs.map((r) => r.roundTrip));
      process.stderr.write(
        `${size.name}: ${wordCount(source.text)} words, ${source.text.length} characters, ` +
          `${runs[0]!.suggestions} suggestions (Node: ${found}); Chromium worker median ${roundTrip.toFixed(0)} ms ` +
          `round trip, ${median(runs.map((r) => r.inWorker)).toFixed(0)} ms in the engine; ` +
          `Node median ${median(node).toFixed(0)} ms; window's longest frame gap meanwhile ${gap.toFixed(0)} ms; ` +
          `worker script ${(script.length / 1024).toFixed(0)} KB\n`,
      );
      figures.push({ name: size.name, value: roundTrip, unit: 'ms' });
    }
  } finally {
    await context.close();
  }
  return figures;
}
