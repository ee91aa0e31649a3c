// The source pane as the specs meet it: the seed report beside every clone, opened through the
// pane's file picker from the keyboard.
import { expect, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/seed/case-report.txt` from the repository's root: beside every clone in CI, never in the repo. */
export const SEED_REPORT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/seed/case-report.txt',
);

export function seedReportPath(): string {
  if (!existsSync(SEED_REPORT)) throw new Error(`the seed report is missing: expected it at ${SEED_REPORT}`);
  return SEED_REPORT;
}

export const sourcePane = (page: Page) => page.getByRole('complementary', { name: 'Source' });
export const sourceText = (page: Page) => sourcePane(page).getByRole('document');

/** Whether the first element matching `selector` is inside the pane's scrolled text box, top to bottom. */
export const inTextView = (page: Page, selector: string) =>
  sourceText(page).evaluate((box, sel) => {
    const el = box.querySelector(sel);
    if (!el) return false;
    const b = box.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.top >= b.top && r.bottom <= b.bottom;
  }, selector);

/** Alt+S, then Enter on "Open file…" and the report picked: the keyboard's way to a source. */
export async function openSeedReport(page: Page): Promise<void> {
  const file = seedReportPath();
  // Listening first: the browser only hands the picker to the test once it is asked to.
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Alt+S');
  const open = sourcePane(page).getByRole('button', { name: 'Open file…' });
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
  await expect(sourceText(page)).toContainText('Dear Editor');
}
