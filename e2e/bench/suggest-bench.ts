// suggest-report-5k-words and suggest-report-50k-words: the suggestion engine over a whole report,
// where the app runs it: the review queue's own worker (renderer/features/suggestion-queue), built by
// the app's Vite config and served with the desktop app's Content-Security-Policy (a harness page, as
// for sources), timed from the window's request to the suggestions arriving back (the text cloned in,
// the suggestions cloned out). Node's time and the window's longest frame gap meanwhile go to stderr.
import type { Browser, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { normaliseText } from '../../shared/sources/normalise';
import { fingerprintText } from '../../shared/sources/fingerprint';
import { immunotherapyHepatitis } from '../../shared/suggest/dev-set/immunotherapy-hepatitis';
import { lupusNephritis } from '../../shared/suggest/dev-set/lupus-nephritis';
import { myastheniaIvig } from '../../shared/suggest/dev-set/myasthenia-ivig';
import { statinMyopathy } from '../../shared/suggest/dev-set/statin-myopathy';
import { thromboticMicroangiopathy } from '../../shared/suggest/dev-set/thrombotic-microangiopathy';
import { suggestFacts } from '../../shared/suggest/suggest-facts';
import { startHarness } from '../support/source-harness';
import { seedReportPath } from '../support/source-pane';
import { watchFrames } from '../support/watch-frames';
import { reportText, wordCount } from './report-text';
import { median, type BenchFigure } from './stats';
import { newBenchContext } from './bench-context';

const SIZES = [
  { name: 'suggest-report-5k-words', words: 5_000, runs: 9 },
  { name: 'suggest-report-50k-words', words: 50_000, runs: 5 },
] as const;

const DEV_SET = [statinMyopathy, lupusNephritis, immunotherapyHepatitis, myastheniaIvig, thromboticMicroangiopathy];

/**
 * The report: the seed report's own text (read here, never copied into the repository) and the
 * development set's passages, then generated paragraphs in report shapes up to the word count,
 * normalised as a source is.
 */
export async function benchReport(words: number): Promise<{ text: string; fingerprint: string }> {
  const written = [(await readFile(seedReportPath(), 'utf8')).trim(), ...DEV_SET.map((p) => p.text.trim())].join(
    '\n\n',
  );
  const text = normaliseText(`${written}\n\n${reportText(Math.max(0, words - wordCount(written)))}`);
  return { text, fingerprint: await fingerprintText(text) };
}

interface WorkerRun {
  /** requestSuggestions → suggestions back in the window. */
  roundTrip: number;
  suggestions: number;
}

/** One request, as the queue makes it: the source (already in the page) to the worker and back. */
function runInWorker(page: Page): Promise<WorkerRun> {
  return page.evaluate(async () => {
    const w = window as unknown as {
      __source: { text: string; fingerprint: string };
      requestSuggestions(request: {
        text: string;
        fingerprint: string;
        events: [];
      }): Promise<{ ok: true; value: unknown[] } | { ok: false; problems: { message: string }[] }>;
    };
    const start = performance.now();
    const result = await w.requestSuggestions({ ...w.__source, events: [] });
    const roundTrip = performance.now() - start;
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
    return { roundTrip, suggestions: result.value.length };
  });
}

export async function measureSuggest(browser: Browser): Promise<BenchFigure[]> {
  // Beside the app's preview server and the source harness: BENCH_PORT + 60.
  const harness = await startHarness(Number(process.env.BENCH_PORT ?? 4175) + 60, 'suggest-harness');
  const context = await newBenchContext(browser);
  const figures: BenchFigure[] = [];
  try {
    const page = await context.newPage();
    await page.goto(harness.url);
    await page.waitForFunction('"requestSuggestions" in window');
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
      // In the page before the clock starts, so the figure is the app's path, not Playwright's.
      await page.evaluate((s) => Object.assign(window, { __source: s }), source);
      await runInWorker(page); // warm-up: the worker starts and compiles the engine
      const runs: WorkerRun[] = [];
      const longestGap = await watchFrames(page);
      for (let run = 0; run < size.runs; run += 1) runs.push(await runInWorker(page));
      const gap = await longestGap();
      // The same engine on the same text: a different count means the worker ran something else.
      if (runs.some((r) => r.suggestions !== found)) {
        throw new Error(`${size.name}: the worker gave ${runs[0]!.suggestions} suggestions, Node ${found}`);
      }
      const roundTrip = median(runs.map((r) => r.roundTrip));
      const worker = harness.scripts.map((f) => `${f.file} ${(f.gzipBytes / 1024).toFixed(1)} KB`).join(', ');
      process.stderr.write(
        `${size.name}: ${wordCount(source.text)} words, ${source.text.length} characters, ${found} suggestions; ` +
          `the app's suggestion worker in Chromium: median ${roundTrip.toFixed(0)} ms request to answer; ` +
          `Node median ${median(node).toFixed(0)} ms; window's longest frame gap meanwhile ${gap.toFixed(0)} ms; ` +
          `gzipped: ${worker}\n`,
      );
      figures.push({ name: size.name, value: roundTrip, unit: 'ms' });
    }
  } finally {
    await context.close();
    await harness.close();
  }
  return figures;
}
