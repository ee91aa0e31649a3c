// Trend panel speed for `npm run bench`: how long a panel of 10,000 and of 100,000 results takes
// to draw, and how long the page takes to answer the pointer over the 10,000-result panel.
import { median, percentile, type BenchFigure } from './stats';
import type { Browser, Page } from '@playwright/test';
import { SCHEMA_VERSION, type Case, type Observation } from '../../shared/model/case';
import { installLargeCase } from '../support/large-case';
import { newBenchContext } from './bench-context';

const SAMPLES = 7;
const ANALYTE = 'Creatine kinase (CK)';
const UNIT = 'U/L';
const DAY_MS = 86_400_000;

/**
 * A case with `count` CK results over five years: a random walk through flares, about 2 % below
 * the detection limit (censored "<20"), a few ranges, all dated to the day. Deterministic.
 */
function syntheticCase(count: number) {
  const id = `synthetic-trend-${count}`;
  const title = `Synthetic trend: ${count.toLocaleString('en')} CK results`;
  let seed = 20_240_601;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const start = Date.UTC(2018, 0, 1);
  const observations: Observation[] = [];
  let level = 6;
  for (let i = 0; i < count; i += 1) {
    const date = new Date(start + Math.floor((i * 5 * 365 * DAY_MS) / count)).toISOString().slice(0, 10);
    level = Math.min(9.4, Math.max(2.5, level + (random() - 0.5) * 0.35));
    const value = Math.round(Math.exp(level));
    const base = { id: `ck-${i}`, analyte: ANALYTE, date: { date, approximate: false }, unit: UNIT };
    if (value < 20 || random() < 0.02) observations.push({ ...base, comparator: '<', value: 20 });
    else if (random() < 0.005) observations.push({ ...base, value, valueHigh: Math.round(value * 1.2) });
    else observations.push({ ...base, value, referenceRange: { low: 26, high: 192 } });
  }
  const now = new Date().toISOString();
  const c: Case = {
    schemaVersion: SCHEMA_VERSION,
    id,
    title,
    citation: { authors: ['Synthetic fixture'], journal: 'Case Abstractor bench data', year: 2025 },
    patient: { sex: 'unknown' },
    diagnoses: [],
    events: [],
    observations,
    createdAt: now,
    updatedAt: now,
  };
  return c;
}

/** Writes the case straight into the app's IndexedDB (set-up, not the thing measured), then opens it. */
async function installCase(page: Page, count: number): Promise<string> {
  const c = syntheticCase(count);
  await installLargeCase(page, c);
  return c.title;
}

const panelSelector = `figure.course-panel[data-analyte="${ANALYTE}"]`;

/**
 * trend-panel-draw-N: from the click that shows the analyte to the first frame after its panel's
 * line is in the DOM (a requestAnimationFrame, then a posted message, which runs once that
 * frame's style, layout and paint are done). The stored rows are already loaded, so this is the
 * panel's own work: grouping, axis, downsampling, React and recharts.
 */
async function drawTimes(page: Page, count: number): Promise<number[]> {
  const picker = page.locator('details.analyte-picker');
  await page.locator(panelSelector).waitFor({ timeout: 120_000 });
  await picker.locator('summary').click();
  const checkbox = picker.getByRole('checkbox', { name: `${ANALYTE} (${UNIT})` });
  const samples: number[] = [];
  for (let i = 0; i <= SAMPLES; i += 1) {
    await checkbox.uncheck();
    await page.locator(panelSelector).waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    const ms = await page.evaluate(
      ({ selector, expected }) =>
        new Promise<number>((resolve, reject) => {
          const input = [
            ...document.querySelectorAll<HTMLInputElement>('details.analyte-picker input[type=checkbox]'),
          ].find((el) => el.getAttribute('aria-label')?.startsWith('Creatine kinase (CK)'));
          if (!input) return reject(new Error('no checkbox for the analyte'));
          const start = performance.now();
          input.click();
          const poll = () => {
            const figure = document.querySelector(selector);
            const line = figure?.querySelector('path.recharts-line-curve');
            const ready =
              figure?.getAttribute('data-point-count') === String(expected) && (line?.getAttribute('d') ?? '') !== '';
            if (!ready) return requestAnimationFrame(poll);
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - start);
              channel.port2.postMessage(null);
            });
          };
          poll();
        }),
      { selector: panelSelector, expected: count },
    );
    if (i > 0) samples.push(ms); // the first is warm-up (JIT, first recharts render)
  }
  await picker.locator('summary').click();
  return samples;
}

/**
 * trend-panel-hover-10k: pointer moves across the panel, one at a time; each from the
 * pointermove's timestamp to the first task after the next frame (tooltip and crosshair drawn).
 */
async function hoverTimes(page: Page): Promise<number[]> {
  const plot = page.locator(`${panelSelector} .panel-plot`);
  const box = await plot.boundingBox();
  if (!box) throw new Error('the panel is not on screen');
  await plot.scrollIntoViewIfNeeded();
  const inView = (await plot.boundingBox())!;
  await page.evaluate(() => {
    const samples: number[] = [];
    document.addEventListener(
      'pointermove',
      (e) => {
        const at = e.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => samples.push(performance.now() - at);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
    Object.assign(window, { __hover: samples });
  });
  const steps = 60;
  for (let i = 0; i < steps; i += 1) {
    const x = inView.x + 200 + ((inView.width - 240) * i) / steps;
    await page.mouse.move(x, inView.y + inView.height / 2);
    await page.waitForFunction((n) => (window as unknown as { __hover: number[] }).__hover.length >= n, i + 1);
  }
  return page.evaluate(() => (window as unknown as { __hover: number[] }).__hover);
}

export async function measureTrendPanels(browser: Browser, baseUrl: string): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const count of [10_000, 100_000]) {
    const context = await newBenchContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(baseUrl);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await installCase(page, count);
      const draws = await drawTimes(page, count);
      figures.push({ name: `trend-panel-draw-${count / 1000}k`, value: round(median(draws)), unit: 'ms' });
      process.stderr.write(
        `trend-panel-draw-${count / 1000}k: ${draws.map((d) => d.toFixed(0)).join(', ')} ms (median ${median(draws).toFixed(1)})\n`,
      );
      if (count === 10_000) {
        const hovers = await hoverTimes(page);
        figures.push({ name: 'trend-panel-hover-10k', value: round(percentile(hovers, 95)), unit: 'ms' });
        process.stderr.write(
          `trend-panel-hover-10k: ${hovers.length} moves; p50 ${percentile(hovers, 50).toFixed(1)} p95 ${percentile(hovers, 95).toFixed(1)} ms\n`,
        );
      }
    } finally {
      await context.close();
    }
  }
  return figures;
}

const round = (value: number) => Math.round(value * 10) / 10;
