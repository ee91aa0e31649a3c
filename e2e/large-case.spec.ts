// A long case stays usable: the tables render a window of rows, scroll to the end by date, and a
// row edited down there is saved and comes back after a reload.
import { expect, test } from '@playwright/test';
import { formatObservationValue } from '../shared/model/observation-value';
import { sortObservations } from '../shared/timeline/order';
import { createLargeCase, installLargeCase, openCase } from './support/large-case';
import { scrollTableToEnd } from './support/table-scroll';

const ROWS = 5_000;
const large = createLargeCase({ events: ROWS, observations: ROWS });
const lastObservation = sortObservations(large.observations).at(-1)!;

test.describe(`a case with ${ROWS} events and ${ROWS} observations`, () => {
  // Writing 10,000 rows and reading them back takes a few seconds on a slow machine.
  test.slow();

  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await installLargeCase(page, large);
  });

  test('renders a window of each table, not every row', async ({ page }) => {
    for (const name of ['Timeline events', 'Observations']) {
      const table = page.getByRole('grid', { name });
      await expect(table.locator('tbody tr').first()).toBeVisible();
      await expect(table).toHaveAttribute('aria-rowcount', String(ROWS + 1));
      expect(await table.locator('tbody tr').count()).toBeLessThan(100);
    }
    await expect(page.getByText(`${ROWS} observations`, { exact: true })).toBeVisible();
  });

  test('scrolls to the last observation by date, edits it there, and keeps the edit', async ({ page }) => {
    const table = page.getByRole('grid', { name: 'Observations' });
    const row = table.locator(`tr[data-observation-id="${lastObservation.id}"]`);
    await scrollTableToEnd(table);
    await expect(row).toBeInViewport();
    await expect(table.locator('tbody tr[data-observation-id]').last()).toHaveAttribute(
      'data-observation-id',
      lastObservation.id,
    );
    await expect(row.locator('td').nth(2)).toHaveText(formatObservationValue(lastObservation));

    await row.getByRole('button', { name: /^Edit / }).click();
    await expect(row).toHaveClass(/row-editing/);
    const value = page.getByLabel('Value', { exact: true });
    await expect(value).toHaveValue(formatObservationValue(lastObservation));
    await value.fill('<0.20');
    await value.press('Enter');
    // Saving re-reads the whole case and the trend charts redraw 5,000 points: seconds, not ms.
    await expect(row.locator('td').nth(2)).toHaveText('<0.20', { timeout: 30_000 });
    await expect(row).not.toHaveClass(/row-editing/);

    // The form is free for the next row and takes typing at once.
    const analyte = page.getByLabel('Analyte', { exact: true });
    await analyte.click();
    await analyte.pressSequentially('Creatine kin');
    await expect(analyte).toHaveValue('Creatine kin');

    await page.reload();
    await openCase(page, large.title);
    await scrollTableToEnd(table);
    await expect(row.locator('td').nth(2)).toHaveText('<0.20');
  });

  test('the table is one Tab stop; arrow keys walk past the first window and Ctrl+End reaches the last row', async ({
    page,
  }) => {
    const table = page.getByRole('grid', { name: 'Observations' });
    await page.keyboard.press('Alt+Shift+L');
    await expect(table.locator('td:focus')).toHaveAttribute('class', /row-date/);
    // 60 rows down: well past the rows rendered at first.
    for (let i = 0; i < 60; i += 1) await page.keyboard.press('ArrowDown');
    const focused = table.locator('td:focus');
    await expect(focused).toHaveCount(1);
    await expect(focused).toBeInViewport();
    const rowIndex = (cell: typeof focused) =>
      cell.evaluate((c) => Number(c.closest('tr')?.getAttribute('aria-rowindex')));
    expect(await rowIndex(focused)).toBe(62);
    // The last of 5,000 rows is not rendered until the keys ask for it.
    await page.keyboard.press('Control+End');
    await expect(focused).toBeInViewport();
    expect(await rowIndex(focused)).toBe(5001);
    await page.keyboard.press('PageUp');
    await expect(focused).toBeInViewport();
    expect(await rowIndex(focused)).toBe(4991);
    // One Tab stop: Tab leaves the table.
    await page.keyboard.press('Tab');
    await expect(table.locator(':focus')).toHaveCount(0);
  });
});
