// hostile-title-50mb-longest-frame: a JSON case whose title is one 50 MB string, read and refused
// in the import worker; the figure is the longest the window goes without drawing meanwhile
// (the hostile-files issue's budget: under 250 ms). Median of three runs.
import type { Browser } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encodeCaseFile } from '../../shared/codecs/json/case-file';
import { createSeedCase } from '../../shared/seed/seed-case';
import { watchFrames } from '../support/watch-frames';
import { median, type BenchFigure } from './stats';
import { newBenchContext } from './bench-context';

const RUNS = 3;

export async function measureHostileTitle(browser: Browser, baseUrl: string): Promise<BenchFigure[]> {
  const seed = createSeedCase();
  const hostile = encodeCaseFile([{ ...seed, id: 'hostile' }]).replace(
    `"title": ${JSON.stringify(seed.title)}`,
    `"title": "${'A'.repeat(50_000_000)}"`,
  );
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'bench-hostile-')), 'hostile.json');
  await writeFile(file, hostile, 'utf8');
  const gaps: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await newBenchContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(baseUrl);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const longestGap = await watchFrames(page);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import…' }).click();
      await (await chooser).setFiles(file);
      await page
        .getByRole('region', { name: 'Import' })
        .getByText('hostile.json cannot be imported')
        .waitFor({ timeout: 120_000 });
      gaps.push(await longestGap());
    } finally {
      await context.close();
    }
  }
  return [{ name: 'hostile-title-50mb-longest-frame', value: median(gaps), unit: 'ms' }];
}
