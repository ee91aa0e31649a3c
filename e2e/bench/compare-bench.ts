// compare-5k-rows: pairing two abstractions of 5,000 rows each, about a tenth of them differing,
// where the app pairs them: the compare view's own worker (renderer/features/compare), built by the
// app's Vite config and served with the desktop app's Content-Security-Policy (a harness page, as
// for suggestions), timed from the window's request to the comparison arriving back (both cases
// cloned in, the comparison cloned out). Node's time and the window's longest frame gap meanwhile
// go to stderr.
import type { Browser, Page } from '@playwright/test';
import { compareCases } from '../../shared/compare/compare-cases';
import type { Case, Observation, TimelineEvent } from '../../shared/model/case';
import { createLargeCase } from '../support/large-case';
import { startHarness } from '../support/source-harness';
import { watchFrames } from '../support/watch-frames';
import { newBenchContext } from './bench-context';
import { median, type BenchFigure } from './stats';

const RUNS = 9;

/** Deterministic shuffle (a linear congruential order), so every run compares the same pair. */
function reorder<T>(rows: readonly T[], seed: number): T[] {
  return rows
    .map((row, i) => ({ row, k: (i * 7919 + seed * 104_729) % 1_000_003 }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.row);
}

/**
 * The second abstraction: the first with new ids, its rows in another order, and one row in ten
 * differing: values, units, comparators, dates (some only in precision) and labels changed, rows
 * left out and rows added, as a second abstractor's would.
 */
export function secondAbstraction(first: Case): { right: Case; differing: number } {
  let differing = 0;
  const observations: Observation[] = [];
  first.observations.forEach((o, i) => {
    const copy: Observation = { ...structuredClone(o), id: `second-${o.id}` };
    delete copy.date.relativeTo;
    const change = i % 10 === 3 ? Math.floor(i / 10) % 5 : -1;
    if (change >= 0) differing += 1;
    if (change === 0 && copy.value !== undefined) copy.value = copy.value + 1;
    else if (change === 1 && copy.value !== undefined) copy.unit = copy.unit === 'U/L' ? 'U/mL' : 'U/L';
    else if (change === 2 && copy.value !== undefined && copy.valueHigh === undefined)
      copy.comparator = copy.comparator === '>' ? '<' : '>';
    else if (change === 3) copy.date = { ...copy.date, date: copy.date.date.slice(0, 4) };
    else if (change === 4)
      return; // left out
    else if (change >= 0) copy.notes = `${copy.notes ?? ''} (checked)`;
    observations.push(copy);
  });
  const events: TimelineEvent[] = first.events.map((e, i) => {
    const copy: TimelineEvent = { ...structuredClone(e), id: `second-${e.id}` };
    delete copy.start.relativeTo;
    if (copy.end) delete copy.end.relativeTo;
    if (i % 10 === 7) {
      differing += 1;
      copy.notes = `${copy.notes ?? ''} (second reading)`;
    }
    return copy;
  });
  // Rows only the second abstractor found.
  for (let i = 0; i < 50; i += 1) {
    differing += 1;
    observations.push({
      id: `second-only-${i}`,
      analyte: 'Ferritin',
      date: { date: `2019-${String((i % 12) + 1).padStart(2, '0')}`, approximate: false },
      value: 100 + i,
      unit: 'ug/L',
    });
  }
  return {
    right: { ...first, id: 'second-abstraction', events: reorder(events, 3), observations: reorder(observations, 5) },
    differing,
  };
}

export function benchCases(): { left: Case; right: Case; differing: number } {
  const left = createLargeCase({ events: 1_000, observations: 4_000 });
  // Dates relative to events name the first abstraction's ids; the copy keeps the resolved dates.
  return { left, ...secondAbstraction(left) };
}

interface WorkerRun {
  roundTrip: number;
  items: number;
}

function runInWorker(page: Page): Promise<WorkerRun> {
  // A string, not a function: tsx wraps named functions in a helper the page does not have.
  return page.evaluate(`(async () => {
    const start = performance.now();
    const comparison = await window.compareInWorker(window.__left, window.__right);
    return { roundTrip: performance.now() - start, items: comparison.items.length };
  })()`);
}

export async function measureCompare(browser: Browser): Promise<BenchFigure[]> {
  const { left, right, differing } = benchCases();
  const rows = left.events.length + left.observations.length;
  const node: number[] = [];
  let items = 0;
  let notAgreeing = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const comparison = compareCases(left, right);
    node.push(performance.now() - start);
    items = comparison.items.length;
    notAgreeing = comparison.items.filter((i) => i.status !== 'agree').length;
  }
  // Beside the app's preview server and the other harnesses: BENCH_PORT + 70.
  const harness = await startHarness(Number(process.env.BENCH_PORT ?? 4175) + 70, 'compare-harness');
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(harness.url);
    await page.waitForFunction('"compareInWorker" in window');
    await page.evaluate((cases) => Object.assign(window, { __left: cases.left, __right: cases.right }), {
      left,
      right,
    });
    await runInWorker(page); // warm-up: the worker starts and compiles the pairing
    const longestGap = await watchFrames(page);
    const runs: WorkerRun[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await runInWorker(page));
    const gap = await longestGap();
    if (runs.some((r) => r.items !== items)) {
      throw new Error(`compare-5k-rows: the worker gave ${runs[0]!.items} items, Node ${items}`);
    }
    const roundTrip = median(runs.map((r) => r.roundTrip));
    const worker = harness.scripts.map((f) => `${f.file} ${(f.gzipBytes / 1024).toFixed(1)} KB`).join(', ');
    process.stderr.write(
      `compare-5k-rows: ${rows} rows against ${right.events.length + right.observations.length}, ` +
        `${differing} rows planted differing, ${notAgreeing} of ${items} items not agreeing; ` +
        `the app's compare worker in Chromium: median ${roundTrip.toFixed(0)} ms request to answer; ` +
        `Node median ${median(node).toFixed(0)} ms; window's longest frame gap meanwhile ${gap.toFixed(0)} ms; ` +
        `gzipped: ${worker}\n`,
    );
    return [{ name: 'compare-5k-rows', value: roundTrip, unit: 'ms' }];
  } finally {
    await context.close();
    await harness.close();
  }
}
