// The preloaded case in browser mode: shown on first start, tables complete, charts drawn, data kept.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { encodeCaseFile } from '../shared/codecs/json/case-file';
import { createSeedCase } from '../shared/seed/seed-case';

const seed = createSeedCase();

async function openFresh(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
}

test.describe('first start', () => {
  test('shows the preloaded case with its citation, patient and diagnoses', async ({ page }) => {
    await openFresh(page);
    await expect(page.getByRole('navigation', { name: 'Case menu' })).toBeVisible();
    await expect(page.getByText('Rheumatology (Oxford). 2024. 63(2):e53')).toBeVisible();
    await expect(page.getByText('Female, 61 years at presentation')).toBeVisible();
    for (const d of seed.diagnoses) await expect(page.getByText(d.label, { exact: true })).toBeVisible();
    await page.screenshot({ path: 'assets/screenshots/seed-case.png' });
  });

  test('lists every timeline event in date order with dose, route and frequency', async ({ page }) => {
    await openFresh(page);
    const rows = page.getByRole('grid', { name: 'Timeline events' }).locator('tbody tr');
    await expect(rows).toHaveCount(seed.events.length);
    await expect(rows.first()).toContainText('~2017');
    const ofatumumab = rows.filter({ hasText: 'Ofatumumab dose 2' });
    await expect(ofatumumab.locator('td')).toHaveText([
      '1 Nov 2022',
      'treatment',
      'Ofatumumab dose 2',
      '20 mg',
      's.c.',
      '',
      '',
      '',
      'Edit',
      'Delete',
    ]);
    const pulse = rows.filter({ hasText: 'Methylprednisolone 500 mg' });
    await expect(pulse.locator('td').first()).toHaveText('~22 Aug 2022 – ~24 Aug 2022');
    await expect(pulse.locator('td').nth(6)).toHaveText('3 days');
    await expect(rows.filter({ hasText: 'COVID-19 vaccine dose 1' }).locator('td').first()).toHaveText('Mar 2022');
  });

  test('lists every observation as reported, with comparator and unit', async ({ page }) => {
    await openFresh(page);
    const rows = page.getByRole('grid', { name: 'Observations' }).locator('tbody tr');
    await expect(rows).toHaveCount(seed.observations.length);
    const cells = (analyte: string) =>
      rows.filter({ has: page.getByRole('gridcell', { name: analyte, exact: true }) }).locator('td');
    await expect(cells('CK-MB').nth(2)).toHaveText('>300.0');
    await expect(cells('CK-MB').nth(3)).toHaveText('μg/L');
    await expect(cells('Myoglobin (Myo)').nth(2)).toHaveText('>1200.0');
    await expect(cells('Brain natriuretic peptide (BNP)').nth(2)).toHaveText('176.50');
    await expect(cells('Tear film break-up time').nth(2)).toHaveText('~7');
    await expect(cells('Anti-SRP antibody (IgG)').nth(2)).toHaveText('positive');
    const bCells = rows.filter({ hasText: 'B lymphocytes, total' });
    await expect(bCells.locator('td:nth-child(3)')).toHaveText(['236.4', '0', '1.5']);
    await expect(bCells.locator('td:nth-child(4)').first()).toHaveText('×10⁶/L');
  });

  test('draws one trend chart per numeric analyte with two or more values', async ({ page }) => {
    await openFresh(page);
    const charts = page.locator('figure.trend-chart');
    await expect(charts).toHaveCount(4);
    const bCells = page.locator('figure[data-analyte="B lymphocytes, total"]');
    await expect(bCells.locator('circle.marker')).toHaveCount(3);
    await expect(bCells.locator('circle.marker-exact')).toHaveCount(3);
    const ck = page.locator('figure[data-analyte="Creatine kinase (CK)"]');
    await expect(ck.locator('.recharts-cartesian-axis-tick-value').first()).toBeVisible();
    await expect(ck.locator('.recharts-line-curve')).toHaveCount(1);
  });
});

test.describe('persistence', () => {
  test('a deleted case stays deleted across a reload and comes back from the menu', async ({ page }) => {
    await openFresh(page);
    await page.getByRole('button', { name: 'Delete case' }).click();
    await expect(page.getByText('No cases.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('No cases.')).toBeVisible();
    await page.getByRole('button', { name: 'Restore preloaded case' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await expect(page.getByRole('grid', { name: 'Observations' }).locator('tbody tr')).toHaveCount(
      seed.observations.length,
    );
  });
});

test('exports the untouched preloaded case as the same bytes as the command line', async ({ page }) => {
  await openFresh(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export case as JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${seed.id}.json`);
  const bytes = await readFile(await file.path(), 'utf8');
  expect(bytes).toBe(encodeCaseFile([seed]));
  await expect(page.getByText(`Exported ${seed.id}.json.`)).toBeVisible();
});
