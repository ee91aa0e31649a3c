// `npm run bench`: speed figures, one JSON line each ({"name", "value", "unit"}). Measured here, never in a timed test.
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';

const COLD_LOADS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function report(name: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 10) / 10, unit })}\n`);
}

/**
 * open-to-seed-case: from navigation start to the seed case's timeline and observation tables
 * having rows, in a fresh browser context each time (empty IndexedDB, so first-start seeding is
 * included). Timed inside the page against performance.timeOrigin, sampled every animation frame.
 */
async function openToSeedCase(baseUrl: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const samples: number[] = [];
    for (let i = 0; i < COLD_LOADS; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(baseUrl, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(
        () =>
          document.querySelector('table[aria-label="Timeline events"] tbody tr') &&
          document.querySelector('table[aria-label="Observations"] tbody tr')
            ? performance.now()
            : false,
        undefined,
        { polling: 'raf', timeout: 30_000 },
      );
      samples.push((await handle.jsonValue()) as number);
      await context.close();
    }
    // The first load also warms the preview server's file cache; the median absorbs it.
    return median(samples);
  } finally {
    await browser.close();
  }
}

const server = await preview({ preview: { port: 4175, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
try {
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4175/';
  report('open-to-seed-case', await openToSeedCase(url), 'ms');
} finally {
  await server.close();
}
