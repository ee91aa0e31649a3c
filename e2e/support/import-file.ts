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

/** Several files picked together in one file chooser (the tables of one case), in the order given. */
export async function importFiles(
  page: Page,
  files: readonly { name: string; content: string | Uint8Array }[],
): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'import-'));
  const paths: string[] = [];
  for (const { name, content } of files) {
    const file = path.join(dir, name);
    await writeFile(file, content);
    paths.push(file);
  }
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV tables…' }).click();
  await (await chooser).setFiles(paths);
}

/** The import panel: progress, problems, preview. */
export const importPanel = (page: Page) => page.getByRole('region', { name: 'Import' });
