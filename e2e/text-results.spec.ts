// Text results: a value that is no number and no known text result is saved as text only once the
// user says so; a text result never carries a unit; an import, with no one to ask, lists such rows.
import { expect, test } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LABS_COLUMNS } from '../shared/codecs/csv/case-csv';
import { observationForm, observationRows, openSeed, seed } from './support/seed-page';

test('"abc" with U/L asks before it is saved as text, and the unit is refused beside its field', async ({ page }) => {
  await openSeed(page);
  const form = observationForm(page);
  const value = form.getByLabel('Value', { exact: true });
  const unit = form.getByLabel('Unit', { exact: true });
  await form.getByLabel('Analyte').fill('Tear film');
  await form.getByLabel('Date', { exact: true }).fill('2022-08');
  await value.fill('abc');
  await unit.fill('U/L');
  await unit.press('Enter');
  await expect(form.locator('#observation-value-problem')).toContainText(
    '“abc” is not a number or a known text result',
  );
  await expect(form.locator('#observation-unit-problem')).toHaveText(
    'a text result has no unit: clear “U/L”, or give the value as a number',
  );
  await expect(observationRows(page)).toHaveCount(seed.observations.length);

  // Keyboard only: from the value field, Tab reaches the tick the message asks for.
  await value.focus();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Keep as text')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  // Ticked, the value is no longer in question; the unit still is, and nothing is saved.
  await expect(form.locator('#observation-value-problem')).toHaveCount(0);
  await expect(form.locator('#observation-unit-problem')).toBeVisible();
  await expect(observationRows(page)).toHaveCount(seed.observations.length);

  await page.keyboard.press('Tab');
  await expect(unit).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  await expect(observationRows(page)).toHaveCount(seed.observations.length + 1);
  const row = observationRows(page).filter({ hasText: 'Tear film' }).filter({ hasText: 'abc' });
  await expect(row.locator('td').nth(2)).toHaveText('abc');
  await expect(row.locator('td').nth(3)).toHaveText('');
  // The next blank row starts unticked: the word was for "abc" only.
  await expect(form.getByLabel('Keep as text')).toHaveCount(0);
});

test('a known text result such as "positive" saves without asking', async ({ page }) => {
  await openSeed(page);
  const form = observationForm(page);
  await form.getByLabel('Analyte').fill('Anti-HMGCR antibody');
  await form.getByLabel('Date', { exact: true }).fill('2022-08');
  await form.getByLabel('Value', { exact: true }).fill('Positive');
  await expect(form.getByText('→ text result “positive”')).toBeVisible();
  await expect(form.getByLabel('Keep as text')).toHaveCount(0);
  await form.getByLabel('Value', { exact: true }).press('Enter');
  const row = observationRows(page).filter({ hasText: 'Anti-HMGCR antibody' });
  await expect(row.locator('td').nth(2)).toHaveText('positive');
});

test('the import preview lists unknown text results and text results with a unit as warnings', async ({ page }) => {
  await openSeed(page);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'import-')), 'labs.csv');
  await writeFile(
    file,
    [
      LABS_COLUMNS.join(','),
      `${seed.id},tear-abc,Tear film,,2022-08,false,,,,abc,U/L,,,`,
      `${seed.id},hmgcr,Anti-HMGCR antibody,,2022-08,false,,,,negative,,,,`,
    ].join('\r\n'),
  );
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel).toContainText('2 warnings');
  const warnings = panel.getByRole('list', { name: 'Import warnings' }).getByRole('listitem');
  await expect(warnings).toHaveText([
    /^labs\.csv:2:10: “abc” is not a number or a known text result .*: it is imported as text$/,
    /^labs\.csv:2:11: the text result “abc” has a unit \(“U\/L”\)/,
  ]);
  await panel.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(observationRows(page)).toHaveCount(seed.observations.length + 2);
});
