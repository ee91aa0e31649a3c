// One analyte, one name: a synonym typed into the preloaded case joins the analyte the case has
// (its name, its LOINC code, its panel), and a value in another unit of the same dimension is drawn
// in that panel, converted, with the unit as reported in the tooltip.
import { expect, test, type Page } from '@playwright/test';
import { observationForm, observationRows, openSeed, seed } from './support/seed-page';

const CK = 'Creatine kinase (CK)';
const CK_ROWS = seed.observations.filter((o) => o.analyte === CK).length;

const overview = (page: Page) => page.locator('section.course-overview');
const panelsOf = (page: Page, analyte: string) => overview(page).locator(`figure[data-analyte="${analyte}"]`);

/** Types into the observation form from the keyboard, Tab to the next field. */
async function addObservation(page: Page, analyte: string, date: string, value: string, unit: string, note: string) {
  const form = observationForm(page);
  await form.getByLabel('Analyte').focus();
  await page.keyboard.type(analyte);
  await form.getByLabel('Date', { exact: true }).focus();
  await page.keyboard.type(date);
  await form.getByLabel('Value', { exact: true }).focus();
  await page.keyboard.type(value);
  await form.getByLabel('Unit', { exact: true }).focus();
  await page.keyboard.type(unit);
  await form.getByLabel('Notes').focus();
  await page.keyboard.type(note);
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Analyte')).toHaveValue('');
}

test('a value typed as “Creatine kinase” joins the case’s Creatine kinase (CK), its LOINC code and its panel', async ({
  page,
}) => {
  await openSeed(page);
  await expect(panelsOf(page, CK)).toHaveAttribute('data-point-count', String(CK_ROWS));

  const form = observationForm(page);
  await form.getByLabel('Analyte').focus();
  await page.keyboard.type('Creatine kinase');
  // Said before saving: the name the row will have, and the code it will carry.
  await expect(form.locator('[data-canonical-analyte]')).toHaveText(`→ saved as “${CK}”, as in this case`);
  await expect(form.getByLabel('LOINC')).toHaveValue('2157-6');
  await form.getByLabel('Analyte').fill('');
  await expect(form.getByLabel('LOINC')).toHaveValue('');

  await addObservation(page, 'Creatine kinase', '2022-09-20', '900', 'U/L', 'typed as Creatine kinase');
  const row = observationRows(page).filter({ hasText: 'typed as Creatine kinase' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('gridcell', { name: CK, exact: true })).toHaveCount(1);
  await expect(row.getByRole('gridcell', { name: '2157-6', exact: true })).toHaveCount(1);
  // Every CK row carries the same code.
  await expect(
    observationRows(page)
      .filter({ has: page.getByRole('gridcell', { name: CK, exact: true }) })
      .filter({ hasText: '2157-6' }),
  ).toHaveCount(CK_ROWS + 1);

  await expect(panelsOf(page, CK)).toHaveCount(1);
  await expect(panelsOf(page, CK)).toHaveAttribute('data-point-count', String(CK_ROWS + 1));
  await expect(panelsOf(page, 'Creatine kinase')).toHaveCount(0);
});

test('“CPK” in μkat/L is drawn in the CK panel in U/L, the value as reported in the tooltip', async ({ page }) => {
  await openSeed(page);
  await addObservation(page, 'CPK', '2022-09-20', '2.0', 'μkat/L', 'typed as CPK');
  const row = observationRows(page).filter({ hasText: 'typed as CPK' });
  await expect(row.getByRole('gridcell', { name: CK, exact: true })).toHaveCount(1);

  const ck = panelsOf(page, CK);
  await expect(ck).toHaveCount(1);
  await expect(ck).toHaveAttribute('data-unit', 'U/L');
  await expect(ck).toHaveAttribute('data-point-count', String(CK_ROWS + 1));
  await ck.locator('[data-point]').nth(2).hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip.locator('[data-tooltip-value]')).toHaveText('120 U/L');
  await expect(tooltip.locator('[data-tooltip-reported]')).toHaveText('Reported as 2.0 μkat/L, converted to U/L.');
  await expect(tooltip.locator('[data-tooltip-date]')).toHaveText('20 Sep 2022');
});

test('a code filled from the analyte’s name leaves when the unit is of another kind: lymphocytes in % are not the count', async ({
  page,
}) => {
  await openSeed(page);
  const form = observationForm(page);
  await form.getByLabel('Analyte').focus();
  await page.keyboard.type('Lymphocytes');
  await expect(form.getByLabel('LOINC')).toHaveValue('731-0');
  await form.getByLabel('Unit', { exact: true }).focus();
  await page.keyboard.type('%');
  await expect(form.getByLabel('LOINC')).toHaveValue('');
  await form.getByLabel('Unit', { exact: true }).fill('');
  await page.keyboard.type('10*9/L');
  await expect(form.getByLabel('LOINC')).toHaveValue('731-0');
  await page.keyboard.press('Escape');

  await addObservation(page, 'Lymphocytes', '2022-09-20', '18', '%', 'lymphocytes in percent');
  const row = observationRows(page).filter({ hasText: 'lymphocytes in percent' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('gridcell', { name: '731-0', exact: true })).toHaveCount(0);
});
