// Evidence in files, in browser mode: the tables of one case imported together in one preview, and
// exports that leave out the publisher's words on request.
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  csvFileNames,
  encodeEventsCsv,
  encodeEvidenceCsv,
  encodeLabsCsv,
  EVIDENCE_COLUMNS,
} from '../shared/codecs/csv/case-csv';
import { encodeCaseFile } from '../shared/codecs/json/case-file';
import type { Case } from '../shared/model/case';
import { importFile, importFiles, importPanel } from './support/import-file';
import { openSeed, seed } from './support/seed-page';

const FP = '5e'.repeat(32);
const QUOTE = 'necrotising myopathy';

/** A colleague's case with a listed source and quoted evidence on two events and an observation. */
function citedCase(): Case {
  const strip = <T extends { evidence?: unknown }>({ evidence: _e, ...row }: T) => row;
  const anchor = (start: number) => ({ source: FP, start, end: start + QUOTE.length, quote: QUOTE, prefix: 'a ' });
  return {
    ...seed,
    id: 'cited-case',
    title: 'A cited case',
    sources: [{ fingerprint: FP, name: 'report.txt', kind: 'text', normaliserVersion: 1 }],
    diagnoses: seed.diagnoses.map((d) => strip(d)),
    events: seed.events.map((e, i) => (i < 2 ? { ...strip(e), evidence: [anchor(100 * i)] } : strip(e))),
    observations: seed.observations.map((o, i) => (i === 0 ? { ...strip(o), evidence: [anchor(500)] } : strip(o))),
  };
}

async function downloadsOf(page: Page, count: number, click: () => Promise<void>): Promise<Download[]> {
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await click();
  await expect.poll(() => downloads.length).toBe(count);
  return downloads;
}

test('imports the events, labs and evidence tables of a case together, in one preview', async ({ page }) => {
  await openSeed(page);
  const c = citedCase();
  const names = csvFileNames(c.id);
  await importFiles(page, [
    { name: names.evidence, content: encodeEvidenceCsv([c]) },
    { name: names.events, content: encodeEventsCsv([c]) },
    { name: names.labs, content: encodeLabsCsv([c]) },
  ]);
  const panel = importPanel(page);
  await expect(panel).toContainText(
    `1 case, ${c.events.length} events, ${c.observations.length} observations, 3 evidence anchors`,
  );
  const cases = panel.getByRole('table', { name: 'Cases to import' });
  await expect(cases.getByRole('columnheader', { name: 'Evidence' })).toBeVisible();
  await expect(
    cases
      .getByRole('row', { name: /cited-case/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('3');
  await expect(panel).toContainText(`Sources named by fingerprint only: ${FP.slice(0, 12)}…`);

  // Keyboard only: the Import button takes Enter.
  await panel.getByRole('button', { name: 'Import', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(`Imported ${names.evidence}, ${names.events} and ${names.labs}: 1 case,`, { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.id);
  await expect(page.getByRole('grid', { name: 'Observations' }).locator('tbody tr')).toHaveCount(c.observations.length);

  // The anchors landed on their rows: an export of the case gives the same evidence.csv back.
  const [, , evidence] = await downloadsOf(page, 3, () => page.getByRole('button', { name: 'Export CSV' }).click());
  expect(evidence!.suggestedFilename()).toBe(names.evidence);
  expect(await readFile(await evidence!.path(), 'utf8')).toBe(encodeEvidenceCsv([c]));
});

test('refuses an evidence row for a row in none of the files, naming its line, and imports nothing', async ({
  page,
}) => {
  await openSeed(page);
  const c = citedCase();
  const names = csvFileNames(c.id);
  await importFiles(page, [
    { name: names.labs, content: encodeLabsCsv([c]) },
    { name: names.evidence, content: encodeEvidenceCsv([c]) },
  ]);
  const problems = importPanel(page).getByRole('list', { name: 'Import problems' }).getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.first()).toContainText(
    `${names.evidence}:2:3: row_id: event "${c.events[0]!.id}" is in none of the files`,
  );
  await importPanel(page).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button')).toHaveCount(1);
});

test('exports without quotes: positions and fingerprints only, in CSV and in JSON', async ({ page }) => {
  await openSeed(page);
  const c = citedCase();
  await importFile(page, 'cited.json', encodeCaseFile([c]));
  await importPanel(page).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);

  // The option is reached and ticked from the keyboard, beside the export commands.
  const option = page.getByRole('checkbox', { name: 'Leave out quotes' });
  await option.focus();
  await page.keyboard.press('Space');
  await expect(option).toBeChecked();

  const csv = await downloadsOf(page, 3, () => page.getByRole('button', { name: 'Export CSV' }).click());
  const evidence = await readFile(await csv[2]!.path(), 'utf8');
  expect(evidence.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(EVIDENCE_COLUMNS.join(','));
  expect(evidence).not.toContain(QUOTE);
  expect(evidence.split('\r\n').filter((line) => line.includes(FP))).toHaveLength(3);
  await expect(page.getByText(/Downloaded .*-evidence\.csv \(without quotes\)\./)).toBeVisible();

  const [json] = await downloadsOf(page, 1, () => page.getByRole('button', { name: 'Export case as JSON' }).click());
  const text = await readFile(await json!.path(), 'utf8');
  expect(text).not.toContain(QUOTE);
  const file = JSON.parse(text) as { version: number; cases: Case[]; sources?: unknown };
  expect(file.version).toBe(3);
  expect(file.sources).toBeUndefined();
  const anchors = file.cases[0]!.events.flatMap((e) => e.evidence ?? []);
  expect(anchors.sort((a, b) => a.start - b.start)).toEqual([
    { source: FP, start: 0, end: QUOTE.length },
    { source: FP, start: 100, end: 100 + QUOTE.length },
  ]);
});
