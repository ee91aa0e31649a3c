// Import and export in browser mode: CSV export safe for spreadsheets, imports previewed first,
// every problem listed, large files read with a progress bar off the UI thread and cancellable.
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { encodeLabsCsv, EVENTS_COLUMNS, LABS_COLUMNS } from '../shared/codecs/csv/case-csv';
import { parseCsvRecords, stringifyCsvRecords } from '../shared/codecs/csv/csv-records';
import { encodeCaseFile } from '../shared/codecs/json/case-file';
import { createLargeCase } from './support/large-case';
import { watchWindowReads } from './support/window-reads';
import { importFile, importPanel } from './support/import-file';
import { openSeed, seed } from './support/seed-page';

/** `content` as text is written as UTF-8; as bytes, exactly. */

const panel = importPanel;

test('exports the CSV tables (events, labs, evidence) with spreadsheet-safe text cells', async ({ page }) => {
  await openSeed(page);
  const form = page.getByRole('form', { name: 'New event' });
  await form.getByLabel('Event', { exact: true }).fill('=HYPERLINK("http://x","click")');
  await form.getByLabel('Start', { exact: true }).fill('2023-04');
  await form.getByLabel('Start', { exact: true }).press('Enter');

  const downloads: string[] = [];
  page.on('download', (d) => void d.path().then((p) => downloads.push(p)));
  const names: string[] = [];
  page.on('download', (d) => names.push(d.suggestedFilename()));
  await page.getByRole('button', { name: 'Export CSV' }).click();
  // The preloaded rows carry evidence, so the third table comes too.
  await expect.poll(() => downloads.length).toBe(3);
  expect(names).toEqual([`${seed.id}-events.csv`, `${seed.id}-labs.csv`, `${seed.id}-evidence.csv`]);
  await expect(
    page.getByText(`Downloaded ${seed.id}-events.csv, ${seed.id}-labs.csv and ${seed.id}-evidence.csv.`),
  ).toBeVisible();
  const events = await readFile(downloads[0]!, 'utf8');
  const labs = await readFile(downloads[1]!, 'utf8');
  expect(events.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(EVENTS_COLUMNS.join(','));
  expect(labs.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(LABS_COLUMNS.join(','));
  expect(events).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
  expect(labs).toMatch(/,CK-MB,13969-1,2022-08,true,>,300\.0,/);
});

test('lists every problem of a bad file with its line and column, and changes nothing', async ({ page }) => {
  await openSeed(page);
  const good = encodeLabsCsv([seed]);
  const bad = good.replace('2022-09-05', '2022-09-31').replace(',0.282,', ',0.2.82,');
  await importFile(page, 'labs.csv', bad);
  await expect(panel(page).getByRole('alert')).toContainText('labs.csv cannot be imported');
  const problems = panel(page).getByRole('list', { name: 'Import problems' }).getByRole('listitem');
  expect(await problems.count()).toBeGreaterThanOrEqual(2);
  await expect(problems.first()).toContainText(/^labs\.csv:\d+:\d+/);
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('grid', { name: 'Observations' }).locator('tbody tr')).toHaveCount(
    seed.observations.length,
  );
});

test('previews a CSV import, then writes it whole; undo takes it back', async ({ page }) => {
  await openSeed(page);
  const other = {
    ...seed,
    id: 'colleague-case',
    observations: seed.observations.map((o) => ({ ...o, analyte: `${o.analyte} (colleague)` })),
  };
  await importFile(page, 'colleague-labs.csv', encodeLabsCsv([other]));
  await expect(panel(page)).toContainText(`1 case, 0 events, ${seed.observations.length} observations`);
  await expect(panel(page).getByRole('table', { name: 'Cases to import' })).toContainText('colleague-case');
  await expect(panel(page)).toContainText('New analytes:');
  await panel(page).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('colleague-case');
  await expect(page.getByRole('grid', { name: 'Observations' }).locator('tbody tr')).toHaveCount(
    seed.observations.length,
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button')).toHaveCount(1);
});

test('reads UTF-16 with a byte-order mark as the CLI does, and refuses it without one at once', async ({ page }) => {
  await openSeed(page);
  const other = { ...seed, id: 'unicode-case' };
  const text = encodeLabsCsv([other]).replace(/^\uFEFF/, '');
  await importFile(page, 'no-mark.csv', Buffer.from(text, 'utf16le'));
  const problems = panel(page).getByRole('list', { name: 'Import problems' }).getByRole('listitem');
  await expect(problems).toHaveCount(1);
  await expect(problems).toContainText('no-mark.csv:1:1');
  await expect(problems).toContainText('looks like UTF-16LE text without a byte-order mark');
  await panel(page).getByRole('button', { name: 'Close' }).click();

  await importFile(page, 'unicode-text.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  await expect(panel(page)).toContainText(`1 case, 0 events, ${seed.observations.length} observations`);
  await expect(panel(page).getByRole('table', { name: 'Cases to import' })).toContainText('unicode-case');
});

test('a JSON case that exists already can be imported as a copy', async ({ page }) => {
  await openSeed(page);
  await importFile(page, 'seed.json', encodeCaseFile([seed]));
  await panel(page).getByLabel(`What to do with ${seed.id}`).selectOption('copy');
  await panel(page).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button')).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${seed.title} (copy)`);
});

test('a large file is read with a progress bar, off the UI thread, and can be cancelled', async ({ page }) => {
  await openSeed(page);
  const big = encodeLabsCsv([createLargeCase({ events: 0, observations: 100_000 })]);
  await importFile(page, 'big-labs.csv', big);
  const progress = panel(page).getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  // The window answers while the worker reads: the form takes typing.
  await page.getByRole('form', { name: 'New observation' }).getByLabel('Analyte').fill('typed while importing');
  await expect(page.getByRole('form', { name: 'New observation' }).getByLabel('Analyte')).toHaveValue(
    'typed while importing',
  );
  await panel(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button')).toHaveCount(1);
});

test('a 100,000-row file imports whole with a progress bar while the window keeps drawing, and undo takes it back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const largestWindowRead = await watchWindowReads(page);
  await openSeed(page);
  const large = createLargeCase({ events: 0, observations: 100_000 });
  await importFile(page, 'big-labs.csv', encodeLabsCsv([large]));
  await expect(panel(page).getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  const analyte = page.getByRole('form', { name: 'New observation' }).getByLabel('Analyte');
  await analyte.fill('typed while importing');
  await expect(analyte).toHaveValue('typed while importing');
  const importButton = panel(page).getByRole('button', { name: 'Import', exact: true });
  await importButton.waitFor({ timeout: 60_000 });
  // Parsing and checking 100,000 rows happen in the worker: the window never reads the file. How
  // long it stops drawing, reading and writing, is `import-labs-100k-longest-frame-*` in `npm run bench`.
  expect(await largestWindowRead()).toBeLessThan(100_000);

  await importButton.click();
  await expect(page.getByText('Imported big-labs.csv: 1 case, 0 events, 100000 observations.')).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(large.id);
  await expect(page.getByText('100000 observations', { exact: true })).toBeVisible({ timeout: 30_000 });
  await page.locator('figure.course-panel').first().waitFor();
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button')).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button')).toHaveCount(1, { timeout: 30_000 });
});

test('a bad row near the end of a large file, read in chunks, is named by its own line', async ({ page }) => {
  test.setTimeout(120_000);
  await openSeed(page);
  // Three chunks of a megabyte and more (the 100,000-row import above reads many more): the bad
  // row is in the last, so its line is counted across the chunks before it.
  const { records } = parseCsvRecords(encodeLabsCsv([createLargeCase({ events: 0, observations: 30_000 })]));
  const badLine = 29_500;
  const cells = records.map((r) => (r.line === badLine ? r.cells.map((c, i) => (i === 4 ? '2022-13' : c)) : r.cells));
  const csv = stringifyCsvRecords(cells);
  expect(csv.length).toBeGreaterThan(2 * 2 ** 20);
  await importFile(page, 'big-labs.csv', csv);
  const problems = panel(page).getByRole('list', { name: 'Import problems' }).getByRole('listitem');
  await expect(problems).toHaveCount(1, { timeout: 60_000 });
  await expect(problems.first()).toContainText(`big-labs.csv:${badLine}:5`);
  await expect(problems.first()).toContainText('date: month 13 does not exist');
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button')).toHaveCount(1);
});

test('exports every case in one JSON file that imports back whole', async ({ page }) => {
  await openSeed(page);
  await page.getByRole('button', { name: 'Duplicate case' }).click();
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all as JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('case-abstractions.json');
  const exported = JSON.parse(await readFile(await file.path(), 'utf8')) as {
    format: string;
    cases: { title: string }[];
  };
  expect(exported.format).toBe('case-abstraction');
  expect(exported.cases.map((c) => c.title).sort()).toEqual([seed.title, `${seed.title} (copy)`]);
});
