// Imports a file through the header's Import… button, as a user picks one: written to a fresh
// temporary folder, then given to the browser's file chooser.
import type { Page } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function importFile(page: Page, name: string, content: string | Uint8Array): Promise<void> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'import-')), name);
  await writeFile(file, content);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
}

/** The import panel: progress, problems, preview. */
export const importPanel = (page: Page) => page.getByRole('region', { name: 'Import' });
