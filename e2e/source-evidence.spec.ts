// The Done-when, as a clinician checks it: with the seed report open beside the preloaded
// case, every row is one click from its words; files that cannot be read are refused by name and
// nothing changes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_SOURCE_FILE_BYTES } from '../shared/sources/source-limits';
import { openSeed, seed } from './support/seed-page';
import { inTextView, openSeedReport, sourcePane, sourceText } from './support/source-pane';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../shared/sources/fixtures');

/** Clicks a row's mark after scrolling the pane away, and expects its words shown in view. */
async function oneClickFromWords(page: Page, mark: Locator): Promise<void> {
  await sourceText(page).evaluate((el) => (el.scrollTop = el.scrollTop > 0 ? 0 : el.scrollHeight));
  await mark.click();
  await expect(sourceText(page).locator('.source-shown').first()).not.toBeEmpty();
  await expect.poll(() => inTextView(page, '.source-shown')).toBe(true);
}

test('with the seed report open, every row of the preloaded case is one click from its words', async ({ page }) => {
  test.setTimeout(120_000);
  await openSeed(page);
  await openSeedReport(page);
  const tables = [
    { grid: page.getByRole('grid', { name: 'Timeline events' }), rows: seed.events.length },
    { grid: page.getByRole('grid', { name: 'Observations' }), rows: seed.observations.length },
  ];
  for (const { grid, rows } of tables) {
    await expect(grid.locator('tbody tr')).toHaveCount(rows);
    const marks = grid.locator('tbody tr [data-evidence-mark]');
    // One mark per row, each found in this edition of the report: none orphaned or waiting.
    await expect(marks).toHaveCount(rows);
    await expect(grid.locator('tbody tr [data-evidence-mark="shown"]')).toHaveCount(rows);
    for (let i = 0; i < rows; i += 1) await oneClickFromWords(page, marks.nth(i));
  }
  const diagnosisMarks = page.getByRole('button', { name: /^Show the words of .* in the source$/ });
  await expect(diagnosisMarks).toHaveCount(seed.diagnoses.length);
  for (let i = 0; i < seed.diagnoses.length; i += 1) await oneClickFromWords(page, diagnosisMarks.nth(i));
});

/** Picks a file through the pane's Open file… and expects it refused with `message`, the case unchanged. */
async function refused(page: Page, name: string, content: Uint8Array | string, message: RegExp) {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'source-')), name);
  await writeFile(file, content);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const undoBefore = await undo.getAttribute('title');
  const chooser = page.waitForEvent('filechooser');
  await sourcePane(page).getByRole('button', { name: 'Open file…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('alert')).toContainText(message);
  // Nothing was listed on the case or stored: no change to undo, the pane still on the report.
  await expect(undo).toHaveAttribute('title', undoBefore ?? '');
  await expect(sourcePane(page).getByRole('heading', { name: /case-report\.txt/ })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss message' }).click();
}

test('a JPEG named .pdf, an empty file, an encrypted PDF and an over-size file are refused by name, and nothing changes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openSeed(page);
  await openSeedReport(page);
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00]);
  await refused(page, 'scan.pdf', jpeg, /scan\.pdf .*JPEG/);
  await refused(page, 'empty.txt', '', /empty\.txt .*empty/);
  await refused(page, 'locked.pdf', await readFile(path.join(FIXTURES, 'encrypted.pdf')), /locked\.pdf .*encrypted/);
  const big = new Uint8Array(MAX_SOURCE_FILE_BYTES + 1).fill(0x61);
  await refused(page, 'huge.txt', big, /huge\.txt .*32 MB/);
});

test('a JATS article offers its citation field by field; nothing typed is replaced until asked', async ({ page }) => {
  await openSeed(page);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Alt+S');
  await sourcePane(page).getByRole('button', { name: 'Open file…' }).press('Enter');
  await (await chooser).setFiles(path.join(FIXTURES, 'sample-article.xml'));
  await expect(sourcePane(page).getByRole('heading', { name: /sample-article\.xml/ })).toBeVisible();

  await page.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Case details' });
  const offered = form.getByRole('region', { name: 'Citation offered by sample-article.xml' });
  await expect(offered).toContainText('Test Reports in Rheumatology');
  // The case's own journal stays until the offer is taken; the offer says it would replace it.
  const journal = form.getByLabel('Journal', { exact: true });
  const typed = await journal.inputValue();
  expect(typed).not.toBe('Test Reports in Rheumatology');
  await offered.getByRole('button', { name: 'Replace journal: Test Reports in Rheumatology' }).press('Enter');
  await expect(journal).toHaveValue('Test Reports in Rheumatology');
  await expect(offered).toContainText('as in the form');
  // Every other field is as it was.
  await expect(form.getByLabel('Year', { exact: true })).toHaveValue(String(seed.citation.year));
});
