// Hostile files under the size limit: refused in the import worker with the field and the limit,
// while the window keeps drawing; invisible characters never reach a case.
import { expect, test } from '@playwright/test';
import { encodeLabsCsv } from '../shared/codecs/csv/case-csv';
import { encodeCaseFile } from '../shared/codecs/json/case-file';
import { createSeedCase } from '../shared/seed/seed-case';
import { watchWindowReads } from './support/window-reads';
import { importFile, importPanel } from './support/import-file';

const seed = createSeedCase();
const panel = importPanel;

test('a JSON case whose title is one 50 MB string is refused, naming the field and the limit, while the window keeps drawing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const largestWindowRead = await watchWindowReads(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  const hostile = encodeCaseFile([{ ...seed, id: 'hostile' }]).replace(
    `"title": ${JSON.stringify(seed.title)}`,
    `"title": "${'A'.repeat(50_000_000)}"`,
  );
  await importFile(page, 'hostile.json', hostile);
  await expect(panel(page).getByRole('alert')).toContainText('hostile.json cannot be imported', { timeout: 60_000 });
  await expect(panel(page).getByRole('list', { name: 'Import problems' }).getByRole('listitem')).toHaveText([
    /cases\[0\]\.title.*title is 50,000,000 characters long; at most 500 are allowed/,
  ]);
  // Reading and refusing happen in the worker; the window only ever holds the message. How long the
  // window stops drawing meanwhile is `hostile-title-50mb-longest-frame` in `npm run bench`.
  expect(await largestWindowRead()).toBeLessThan(100_000);
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button')).toHaveCount(1);
});

test('NUL in an analyte is refused at its line and column; a zero-width space is removed and said', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  const lab = { ...seed.observations[0]!, id: 'ck-from-file', analyte: 'Creatine kinase (CK)' };
  const csv = encodeLabsCsv([{ ...seed, observations: [lab] }]);

  await importFile(page, 'labs.csv', csv.replace('Creatine kinase (CK)', 'Creatine\u0000kinase\u0000(CK)'));
  await expect(panel(page).getByRole('list', { name: 'Import problems' }).getByRole('listitem')).toHaveText([
    /^labs\.csv:2:3.*analyte has the control character U\+0000 at character 9/,
  ]);
  await panel(page).getByRole('button', { name: 'Close' }).click();

  await importFile(page, 'labs.csv', csv.replace('Creatine kinase (CK)', 'Creatine\u200B kinase (CK)'));
  await expect(panel(page)).toContainText('an invisible character (U+200B) was removed');
  await panel(page).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/^Imported labs\.csv/)).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Observations' });
  await expect(grid.getByText('Creatine kinase (CK)', { exact: true }).first()).toBeVisible();
  // Read the cells' text directly: Playwright's text matching folds invisible characters away.
  expect(await grid.evaluate((el) => el.textContent?.includes('\u200B'))).toBe(false);
});

test('a case stored before the limits opens whole, with a notice naming the field over its limit', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  const long = 'Anti-SRP myopathy '.repeat(30).trim();
  // As an older version could have stored it: straight into IndexedDB, past the schema.
  await page.evaluate(async (title) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('case-abstractor');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('cases', 'readwrite');
    const store = tx.objectStore('cases');
    const all = await new Promise<Record<string, unknown>[]>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
    });
    store.put({ ...all[0], title });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, long);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(long);
  await expect(page.getByRole('status').filter({ hasText: 'Stored before today’s limits' })).toContainText(
    `title is ${long.length} characters long; at most 500 are allowed. Nothing was cut`,
  );
});

test('a zero-width space pasted into a form field is said beside it, and saved without it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  const form = page.getByRole('form', { name: 'New observation' });
  const analyte = form.getByLabel('Analyte', { exact: true });
  await analyte.fill('Ferri\u200Btin');
  await expect(form.getByText('Invisible characters (U+200B) are removed when saved.')).toBeVisible();
  await expect(analyte).toHaveAccessibleDescription(/Invisible characters \(U\+200B\)/);
  await form.getByLabel('Date', { exact: true }).fill('2022-09');
  await form.getByLabel('Value', { exact: true }).fill('850');
  await form.getByLabel('Unit', { exact: true }).fill('ng/mL');
  await form.getByLabel('Unit', { exact: true }).press('Enter');
  const row = page.getByRole('grid', { name: 'Observations' }).locator('tbody tr').filter({ hasText: '850' });
  await expect(row.locator('td').nth(1)).toHaveText('Ferritin');
  expect(
    await row
      .locator('td')
      .nth(1)
      .evaluate((td) => td.textContent?.includes('\u200B')),
  ).toBe(false);
});
