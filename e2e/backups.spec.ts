// Backups in browser mode: a reminder to export after a day of changes (kept dismissed across a
// reload, reachable and dismissible from the keyboard), and a backup (.json.gz) restored through
// Import…'s preview, which asks replace, copy or skip for a case already stored.
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { encodeCaseFile } from '../shared/codecs/json/case-file';
import { importFile } from './support/import-file';
import { openSeed, seed } from './support/seed-page';

const reminder = (page: Page) => page.getByRole('region', { name: 'Export reminder' });

/** Presses Tab until the focus is inside `region` (or gives up): proves it is in the keyboard's path. */
async function tabInto(page: Page, region: ReturnType<typeof reminder>): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    if (await region.evaluate((element) => element.contains(document.activeElement))) return;
  }
  throw new Error('the reminder is not reachable with Tab');
}

test('reminds to export after a day of changes, from the keyboard, and not again until a day after', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-12-03T09:00:00') });
  await openSeed(page);
  await page.getByRole('button', { name: 'Duplicate case' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(seed.title);

  // The same day: no reminder, however many changes.
  await page.clock.fastForward('08:00:00');
  await expect(reminder(page)).toBeHidden();

  // A day after the first start, with a change since: the reminder shows, and Tab reaches it.
  await page.clock.fastForward('17:00:00');
  await expect(reminder(page)).toContainText('Export all cases to keep a copy');
  await page.locator('body').focus();
  await tabInto(page, reminder(page));
  await expect(reminder(page).getByRole('button', { name: 'Export all cases…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(reminder(page).getByRole('button', { name: 'Remind me tomorrow' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reminder(page)).toBeHidden();

  // Put off: not back after a reload, nor a day later without a change.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.clock.fastForward('25:00:00');
  await expect(reminder(page)).toBeHidden();

  // A change, and a day: back; Escape inside it puts it off too.
  await page.getByRole('button', { name: 'Duplicate case' }).click();
  await page.clock.fastForward('25:00:00');
  await expect(reminder(page)).toBeVisible();
  await reminder(page).getByRole('button', { name: 'Remind me tomorrow' }).focus();
  await page.keyboard.press('Escape');
  await expect(reminder(page)).toBeHidden();
});

test('an export of all cases puts the reminder off', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-03T09:00:00') });
  await openSeed(page);
  await page.getByRole('button', { name: 'Duplicate case' }).click();
  await page.clock.fastForward('25:00:00');
  const download = page.waitForEvent('download');
  await reminder(page).getByRole('button', { name: 'Export all cases…' }).click();
  expect((await download).suggestedFilename()).toBe('case-abstractions.json');
  await expect(reminder(page)).toBeHidden();
});

test('a backup (.json.gz) restores through Import…’s preview, replacing the stored case', async ({ page }) => {
  await openSeed(page);
  const edited = { ...seed, title: `${seed.title} (from the backup)` };
  const backup = gzipSync(Buffer.from(encodeCaseFile([edited]), 'utf8'));
  const name = 'backup-2026-12-03-091542-1-cases.json.gz';

  await importFile(page, name, backup);

  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel.getByRole('heading')).toHaveText(`Import ${name}`);
  await panel.getByRole('combobox', { name: `What to do with ${seed.id}` }).selectOption('replace');
  await panel.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(`Imported ${name}: 1 case`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(edited.title);
});
