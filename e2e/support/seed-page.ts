// The preloaded case as the specs meet it: open it, and find its forms and tables by their names.
import { expect, type Page } from '@playwright/test';
import { createSeedCase } from '../../shared/seed/seed-case';

export const seed = createSeedCase();

/**
 * Loads the app and waits until the preloaded case's title is the page's heading and its trend
 * panels are drawn (they load a moment after the window's own script, with recharts).
 */
export async function openSeed(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page.locator('section.course-overview figure.course-panel').first()).toBeAttached();
}

export const eventForm = (page: Page) => page.getByRole('form', { name: 'New event' });
export const observationForm = (page: Page) => page.getByRole('form', { name: 'New observation' });
export const observationRows = (page: Page) => page.getByRole('grid', { name: 'Observations' }).locator('tbody tr');
