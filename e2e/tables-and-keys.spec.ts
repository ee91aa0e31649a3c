// Tables that fit their box and keys that reach every part of the window, as a new user meets
// them: the preloaded case at 1366 × 768 and 1400 × 900, keyboard only.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { eventForm, observationForm, openSeed, seed } from './support/seed-page';
import { openSeedReport, sourcePane } from './support/source-pane';

const timeline = (page: Page) => page.getByRole('grid', { name: 'Timeline events' });
const labs = (page: Page) => page.getByRole('grid', { name: 'Observations' });
const labForm = observationForm;
const focusedText = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.localName}#${el.id}|${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40) ?? ''}` : '';
  });

/** How each table sits in its box: widths, and the rows whose commands are not wholly inside it. */
async function fitOf(grid: Locator) {
  return grid.evaluate((table) => {
    const box = table.parentElement!.getBoundingClientRect();
    const outside = [...table.querySelectorAll('tbody tr[data-index]')].flatMap((row) =>
      [...row.querySelectorAll('button')]
        .filter((b) => {
          const r = b.getBoundingClientRect();
          return r.left < box.left || r.right > box.right;
        })
        .map((b) => b.getAttribute('aria-label')),
    );
    return {
      tableWidth: table.scrollWidth,
      boxWidth: table.parentElement!.clientWidth,
      rows: table.querySelectorAll('tbody tr[data-index]').length,
      outside,
    };
  });
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1400, height: 900 },
]) {
  test(`at ${viewport.width} px both tables fit their box with every row's Edit and Delete in view`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openSeed(page);
    for (const [grid, rows] of [
      [timeline(page), seed.events.length],
      [labs(page), seed.observations.length],
    ] as const) {
      const fit = await fitOf(grid);
      expect(fit.rows).toBe(rows);
      expect(fit.tableWidth).toBeLessThanOrEqual(fit.boxWidth);
      expect(fit.outside).toEqual([]);
    }
  });
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1400, height: 900 },
]) {
  test(`at ${viewport.width} px both tables still fit their box beside the open source pane, and with it folded`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openSeed(page);
    await openSeedReport(page);
    for (const state of ['open', 'folded'] as const) {
      if (state === 'folded') {
        await sourcePane(page).getByRole('button', { name: 'Fold' }).click();
        await expect(sourcePane(page).getByRole('button', { name: 'Source' })).toBeVisible();
      }
      for (const grid of [timeline(page), labs(page)]) {
        const fit = await fitOf(grid);
        expect(fit.tableWidth, state).toBeLessThanOrEqual(fit.boxWidth);
        expect(fit.outside, state).toEqual([]);
      }
    }
  });
}

test('in a window too narrow for the table, moving right to Delete keeps the date in sight', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 768 });
  await openSeed(page);
  await page.keyboard.press('Alt+Shift+T');
  const grid = timeline(page);
  const scrolls = await grid.evaluate((t) => t.scrollWidth > t.parentElement!.clientWidth);
  expect(scrolls).toBe(true);
  await page.keyboard.press('End');
  const deleteButton = grid
    .locator('tbody tr')
    .first()
    .getByRole('button', { name: /^Delete/ });
  await expect(deleteButton).toBeFocused();
  const seen = await grid.evaluate((t) => {
    const box = t.parentElement!.getBoundingClientRect();
    const date = t.querySelector('tbody tr td')!.getBoundingClientRect();
    return { scrolled: t.parentElement!.scrollLeft, dateLeft: date.left, dateRight: date.right, box };
  });
  expect(seen.scrolled).toBeGreaterThan(0);
  expect(seen.dateLeft).toBeGreaterThanOrEqual(seen.box.left);
  expect(seen.dateRight).toBeLessThanOrEqual(seen.box.right);
});

test('after Enter on the event form, one key puts the focus in the lab form’s analyte field; both new rows reach the overview', async ({
  page,
}) => {
  await openSeed(page);
  const form = eventForm(page);
  await form.getByLabel('Kind').focus();
  await form.getByLabel('Kind').selectOption('treatment');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Rituximab');
  await form.getByLabel('Start', { exact: true }).fill('2023-03-15');
  await form.getByLabel('Start', { exact: true }).press('Enter');
  await expect(form.getByLabel('Kind')).toBeFocused();

  // The measured figure: keys from the saved event form to the lab form's analyte field.
  await page.keyboard.press('Alt+L');
  await expect(labForm(page).getByLabel('Analyte', { exact: true })).toBeFocused();

  await page.keyboard.type('Creatine kinase (CK)');
  await labForm(page).getByLabel('Date', { exact: true }).fill('2023-03-20');
  await labForm(page).getByLabel('Value', { exact: true }).fill('2450');
  await labForm(page).getByLabel('Unit', { exact: true }).fill('U/L');
  await labForm(page).getByLabel('Unit', { exact: true }).press('Enter');
  await expect(labs(page).locator('tbody tr').filter({ hasText: '2450' })).toHaveCount(1);

  const overview = page.locator('section.course-overview');
  const ck = overview.locator('figure[data-analyte="Creatine kinase (CK)"] [data-point][data-date="2023-03-20"]');
  await expect(ck).toHaveCount(1);
  await expect(overview.locator('g.course-lane[data-lane="Rituximab"]')).toHaveCount(1);
});

test('each table is one Tab stop; arrows move between cells; Enter opens the row in its form', async ({ page }) => {
  await openSeed(page);
  const form = eventForm(page);
  // From the event form's last control, Tab leaves the form, crosses the timeline in one stop and
  // reaches the lab form: no Edit or Delete button in between.
  const lastControl = form.getByRole('button').last();
  await lastControl.focus();
  await page.keyboard.press('Tab');
  const firstCell = timeline(page).locator('tbody tr').first().locator('td').first();
  await expect(firstCell).toBeFocused();
  let presses = 0;
  while (
    !(await labForm(page)
      .getByLabel('Analyte', { exact: true })
      .evaluate((el) => el === document.activeElement))
  ) {
    await page.keyboard.press('Tab');
    presses += 1;
    expect(presses, `stuck at ${await focusedText(page)}`).toBeLessThan(6);
  }

  await page.keyboard.press('Alt+Shift+T');
  await expect(firstCell).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const second = timeline(page).locator('tbody tr').nth(1);
  await expect(second.locator('td').nth(2)).toBeFocused();
  await expect(second.locator('td').nth(2)).toHaveText(seed.events[1]!.label);
  await page.keyboard.press('Control+End');
  await expect(timeline(page).locator('tbody tr').last().locator('td').nth(2)).toBeFocused();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Home');
  await expect(firstCell).toBeFocused();

  // Leaving and coming back lands on the cell last visited.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Alt+T');
  await page.keyboard.press('Alt+Shift+T');
  await expect(second.locator('td').first()).toBeFocused();

  await page.keyboard.press('Enter');
  const editForm = page.getByRole('form', { name: `Edit event ${seed.events[1]!.label}` });
  await expect(editForm.getByLabel('Kind')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(eventForm(page)).toBeVisible();
});

test('Delete from the keyboard keeps the focus in the table, on the next row', async ({ page }) => {
  await openSeed(page);
  await page.keyboard.press('Alt+Shift+L');
  const rows = labs(page).locator('tbody tr');
  const secondAnalyte = await rows.nth(1).locator('td').nth(1).textContent();
  await page.keyboard.press('End');
  await expect(rows.first().getByRole('button', { name: /^Delete/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(seed.observations.length - 1);
  await expect(rows.first().locator('td').nth(1)).toHaveText(secondAnalyte!);
  await expect(rows.first().getByRole('button', { name: /^Delete/ })).toBeFocused();
});

test('Alt+K, Alt+T, Alt+Shift+L go to the case list, the event form and the labs table from a text field', async ({
  page,
}) => {
  await openSeed(page);
  await labForm(page).getByLabel('Analyte', { exact: true }).fill('Ferritin');
  await page.keyboard.press('Alt+K');
  await expect(
    page.getByRole('region', { name: 'Cases' }).getByRole('button', { name: new RegExp(seed.title) }),
  ).toBeFocused();
  await page.keyboard.press('Alt+T');
  await expect(eventForm(page).getByLabel('Kind')).toBeFocused();
  await page.keyboard.press('Alt+Shift+L');
  await expect(labs(page).locator('tbody tr').first().locator('td').first()).toBeFocused();
  // Nothing was typed by the keys: the draft is as it was.
  await expect(labForm(page).getByLabel('Analyte', { exact: true })).toHaveValue('Ferritin');
});

test('F1 anywhere and ? outside text fields show the keys, listed from the keymap; ? in a field is typed', async ({
  page,
}) => {
  await openSeed(page);
  const help = page.getByRole('dialog', { name: 'Keyboard' });
  await labForm(page).getByLabel('Analyte', { exact: true }).focus();
  await page.keyboard.press('?');
  await expect(help).toBeHidden();
  await expect(labForm(page).getByLabel('Analyte', { exact: true })).toHaveValue('?');

  await page.keyboard.press('F1');
  await expect(help).toBeVisible();
  for (const text of [
    'Go to the lab form',
    'Go to the timeline table',
    'Show the course overview',
    'Move to the next cell',
  ]) {
    await expect(help.getByText(text)).toBeVisible();
  }
  await expect(help.getByRole('definition').filter({ hasText: 'Go to the lab form' })).toHaveCount(1);
  await expect(help.locator('kbd', { hasText: /^Alt\+L$/ })).toHaveCount(1);
  // The desktop menu's keys are the browser's own in a tab: not listed here.
  await expect(help.getByText('Desktop app menu')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(labForm(page).getByLabel('Analyte', { exact: true })).toBeFocused();

  await page.keyboard.press('Alt+Shift+T');
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await page.keyboard.press('F1');
  await expect(help).toBeHidden();
});

test('the first Tab stops are skip links that put the focus where they say', async ({ page }) => {
  await openSeed(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /Skip to the event form/ });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.y >= 0 && box.height > 10).toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /Skip to the lab form/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(labForm(page).getByLabel('Analyte', { exact: true })).toBeFocused();
  await expect(labForm(page).getByLabel('Analyte', { exact: true })).toBeInViewport();
});
