// A case made from CSV rows alone: no author, journal or year is invented for it; the case list and
// header say its details are missing and lead to the first of them; its exports carry nothing made up.
import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LABS_COLUMNS } from '../shared/codecs/csv/case-csv';
import { createSeedCase } from '../shared/seed/seed-case';

const seed = createSeedCase();
const CASE_ID = 'csv-only-case';
const YEAR = String(new Date().getUTCFullYear());

async function importCsvOnlyCase(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'import-')), 'labs.csv');
  await writeFile(
    file,
    [LABS_COLUMNS.join(','), `${CASE_ID},ck-1,Creatine kinase (CK),2157-6,2022-08,false,,1620,,,U/L,,,`].join('\r\n'),
  );
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel).toContainText('New case: fill in its citation after the import.');
  await panel.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CASE_ID);
}

test('a CSV-only case shows no invented author, journal or year, and says its details are missing', async ({
  page,
}) => {
  await importCsvOnlyCase(page);
  const header = page.getByRole('region', { name: CASE_ID });
  await expect(header).toContainText('Details missing Authors, journal and year are not filled in yet.');
  await expect(header).not.toContainText('Unknown');
  await expect(header).not.toContainText(YEAR);
  const listed = page.getByRole('region', { name: 'Cases' }).getByRole('button', { name: new RegExp(CASE_ID) });
  await expect(listed).toHaveText(`${CASE_ID}details missing`);
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button', { name: seed.title })).not.toContainText(
    'details missing',
  );

  // The prompt opens the details form in the first missing field; filling it in clears the state.
  await header.getByRole('button', { name: 'Fill in details' }).click();
  const form = page.getByRole('form', { name: 'Case details' });
  await expect(form.getByLabel('Authors')).toBeFocused();
  await expect(form.getByLabel('Journal')).toHaveValue('');
  await expect(form.getByLabel('Year')).toHaveValue('');
  await page.keyboard.type('Doe J');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: CASE_ID })).toContainText('Journal and year are not filled in yet.');
  await page.getByRole('region', { name: CASE_ID }).getByRole('button', { name: 'Fill in details' }).click();
  await expect(page.getByRole('form', { name: 'Case details' }).getByLabel('Journal')).toBeFocused();
});

test('the JSON and CSV exports of a CSV-only case carry no invented field', async ({ page }) => {
  await importCsvOnlyCase(page);
  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export case as JSON' }).click();
  const text = await readFile(await (await json).path(), 'utf8');
  const exported = JSON.parse(text) as { cases: { title: string; citation: object; patient: object }[] };
  expect(exported.cases[0]?.title).toBe(CASE_ID);
  expect(exported.cases[0]?.citation).toEqual({});
  expect(exported.cases[0]?.patient).toEqual({ sex: 'unknown' });
  expect(text).not.toContain('Unknown');

  const csv: string[] = [];
  page.on('download', (d) => void d.path().then((p) => csv.push(p)));
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect.poll(() => csv.length).toBe(2);
  for (const file of csv) expect(await readFile(file, 'utf8')).not.toMatch(/Unknown|Created by a CSV import/);
});
