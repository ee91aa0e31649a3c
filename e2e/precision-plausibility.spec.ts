// Precision and plausibility: a number with more digits than a stored one keeps is refused beside its
// field with the limit and why; a year 9999 or 1700 is legal, flagged beside the field and in the
// import preview, and saved.
import { expect, test } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LABS_COLUMNS } from '../shared/codecs/csv/case-csv';
import { observationForm, observationRows, openSeed, seed } from './support/seed-page';

test('a date "9999" and a value 1e16 are flagged beside their fields and still saved', async ({ page }) => {
  await openSeed(page);
  const form = observationForm(page);
  const date = form.getByLabel('Date', { exact: true });
  await form.getByLabel('Analyte').fill('Creatine kinase (CK)');
  await date.fill('9999');
  await expect(form.locator('#observation-date-hint')).toContainText('year 9999: is this right?');
  await expect(date).toHaveAccessibleDescription(/year 9999: is this right\?/);
  await form.getByLabel('Value', { exact: true }).fill('1e16');
  await expect(form.locator('#observation-value-hint')).toContainText(
    '1e16: is this right? (beyond ±1e15, more than any report prints)',
  );
  await form.getByLabel('Unit', { exact: true }).fill('U/L');
  await form.getByLabel('Unit', { exact: true }).press('Enter');
  await expect(observationRows(page)).toHaveCount(seed.observations.length + 1);
});

test('a value with 16 significant digits is refused beside the field with the limit and why', async ({ page }) => {
  await openSeed(page);
  const form = observationForm(page);
  const value = form.getByLabel('Value', { exact: true });
  await form.getByLabel('Analyte').fill('Creatine kinase (CK)');
  await form.getByLabel('Date', { exact: true }).fill('2022-08');
  await value.fill('1620.123456789012');
  await form.getByLabel('Unit', { exact: true }).fill('U/L');
  await value.press('Enter');
  await expect(form.locator('#observation-value-problem')).toHaveText(
    '“1620.123456789012” has 16 significant digits: a stored number keeps 15 exactly and would round the rest, so round it to 15 digits or fewer',
  );
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await expect(observationRows(page)).toHaveCount(seed.observations.length);

  // 15 digits are kept exactly as typed.
  await value.fill('1620.12345678901');
  await value.press('Enter');
  await expect(observationRows(page)).toHaveCount(seed.observations.length + 1);
  await expect(observationRows(page).filter({ hasText: '1620.12345678901' })).toHaveCount(1);
});

test('a CSV import with a year 1700 shows the warning in the preview and still imports', async ({ page }) => {
  await openSeed(page);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'import-')), 'labs.csv');
  await writeFile(
    file,
    [LABS_COLUMNS.join(','), `${seed.id},ck-1700,Creatine kinase (CK),,1700-03,false,,1620,,,U/L,,,`].join('\r\n'),
  );
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel).toContainText('1 warning');
  await expect(panel.getByRole('list', { name: 'Import warnings' }).getByRole('listitem')).toHaveText([
    /^labs\.csv:2:5: year 1700: is this right\? \(case reports date from 1800 to \d{4}\)$/,
  ]);
  await panel.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(observationRows(page)).toHaveCount(seed.observations.length + 1);
});
