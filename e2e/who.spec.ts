// Who made each row, as a clinician meets it: the name asked at the first edit without taking the
// focus, given from the keyboard, and a row's history that says who made and changed it and when.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { eventForm, observationForm, observationRows, openSeed, seed } from './support/seed-page';

const PRELOADED = 'Case Abstractor (preloaded)';
const UTC = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/;

const prompt = (page: Page) => page.getByRole('region', { name: 'Who is abstracting' });
const history = (page: Page) => page.getByRole('dialog', { name: /^History of/ });
const labsGrid = (page: Page) => page.getByRole('grid', { name: 'Observations' });

test('the name given at the prompt signs a lab added from the keyboard, and its history says so in UTC', async ({
  page,
}) => {
  await openSeed(page);
  await expect(page.getByRole('button', { name: 'Abstractor: not given' })).toBeVisible();
  await expect(prompt(page)).toHaveCount(0);

  // The first keystroke of an edit brings the prompt, and the focus stays where the typing is.
  await page.keyboard.press('Alt+L');
  const analyte = observationForm(page).getByLabel('Analyte', { exact: true });
  await expect(analyte).toBeFocused();
  await page.keyboard.type('Ferritin');
  await expect(prompt(page)).toBeVisible();
  await expect(analyte).toBeFocused();
  await expect(analyte).toHaveValue('Ferritin');

  // Alt+B to the prompt's field, the initials, Enter: back in the analyte field, where the typing was.
  await page.keyboard.press('Alt+B');
  await expect(prompt(page).getByLabel('Who is abstracting? Name or initials')).toBeFocused();
  await page.keyboard.type('J. Q.');
  await page.keyboard.press('Enter');
  await expect(analyte).toBeFocused();
  await expect(prompt(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Abstractor: J. Q.' })).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(observationForm(page).getByLabel('Date', { exact: true })).toBeFocused();
  await page.keyboard.type('2024-01-15');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(observationForm(page).getByLabel('Value', { exact: true })).toBeFocused();
  await page.keyboard.type('850');
  // The unit is the one the case's analyte is given in (ng/mL), filled in already.
  await expect(observationForm(page).getByLabel('Unit', { exact: true })).toHaveValue('ng/mL');
  await page.keyboard.press('Enter');
  await expect(observationRows(page)).toHaveCount(seed.observations.length + 1);

  // The new row is the latest: Ctrl+End in the labs table, then Alt+I for its history.
  await page.keyboard.press('Alt+Shift+L');
  await page.keyboard.press('Control+End');
  await expect(observationRows(page).last()).toContainText('Ferritin');
  await page.keyboard.press('Alt+I');
  const dialog = history(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(/History of Ferritin/);
  const created = dialog.locator('dt', { hasText: 'Created' }).locator('xpath=following-sibling::dd[1]');
  await expect(created).toContainText('J. Q.');
  await expect(created).toHaveText(UTC);
  const changed = dialog.locator('dt', { hasText: 'Last changed' }).locator('xpath=following-sibling::dd[1]');
  await expect(changed).toContainText('J. Q.');
  await expect(dialog.getByRole('list')).toContainText(/UTC · J\. Q\. · created/);
  await expect(dialog).toContainText('Shows changes among the last 200 kept');
  // The time shown is the stored UTC time.
  const stamp = await created.locator('time').getAttribute('datetime');
  expect(stamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  await expect(created.locator('time')).toHaveText(`${stamp!.slice(0, 10)} ${stamp!.slice(11, 19)} UTC`);

  // Escape closes it and gives the focus back to the table.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(labsGrid(page).locator(':focus')).toHaveCount(1);
});

test('a preloaded row shows the values it was shipped with: Alt+I on its row, in its form while it is edited, and for a diagnosis in the details form', async ({
  page,
}) => {
  await openSeed(page);
  await page.keyboard.press('Alt+Shift+T');
  const firstCell = page
    .getByRole('grid', { name: 'Timeline events' })
    .locator('tbody tr')
    .first()
    .locator('td')
    .first();
  await expect(firstCell).toBeFocused();
  await page.keyboard.press('Alt+I');
  const dialog = history(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(`History of ${seed.events[0]!.label}`);
  for (const what of ['Created', 'Last changed']) {
    await expect(dialog.locator('dt', { hasText: what }).locator('xpath=following-sibling::dd[1]')).toHaveText(
      `${PRELOADED} · 2026-11-26 00:00:00 UTC`,
    );
  }
  await expect(dialog).toContainText('No change of this row among them.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(firstCell).toBeFocused();

  // Enter opens the row in its form, which says the same and offers the history too.
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: `Edit event ${seed.events[0]!.label}` });
  await expect(form).toContainText(`Created: ${PRELOADED}, 2026-11-26 00:00:00 UTC`);
  await expect(form).toContainText(`Last changed: ${PRELOADED}, 2026-11-26 00:00:00 UTC`);
  // The form takes the focus a frame after it shows; a key pressed before that would land in its
  // first field, and Enter there saves the row.
  await expect(form.locator(':focus')).toHaveCount(1);
  await form.getByRole('button', { name: `History of ${seed.events[0]!.label}` }).press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form.getByRole('button', { name: `History of ${seed.events[0]!.label}` })).toBeFocused();

  // A diagnosis says the same in the case details form, with its history.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Edit details' }).press('Enter');
  const details = page.getByRole('form', { name: 'Case details' });
  const diagnosis = seed.diagnoses[0]!;
  const stamps = details.locator('.diagnosis-row').first().locator('.row-stamps');
  await expect(stamps).toContainText(`Created: ${PRELOADED}, 2026-11-26 00:00:00 UTC`);
  await stamps.getByRole('button', { name: `History of ${diagnosis.label}` }).press('Enter');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(`History of ${diagnosis.label}`);
  await expect(dialog).toContainText('No change of this row among them.');
  await page.keyboard.press('Escape');
  await expect(stamps.getByRole('button', { name: `History of ${diagnosis.label}` })).toBeFocused();
});

test('an edit made before a name is given is saved with its time and shows "name not given"; "Not now" puts the prompt away', async ({
  page,
}) => {
  await openSeed(page);
  await page.keyboard.press('Alt+T');
  const form = eventForm(page);
  await form.getByLabel('Kind').selectOption('symptom');
  await form.getByLabel('Event', { exact: true }).fill('Myalgia');
  await form.getByLabel('Start', { exact: true }).fill('2024-02');
  await expect(prompt(page)).toBeVisible();
  await form.getByLabel('Start', { exact: true }).press('Enter');
  await expect(form.getByLabel('Event', { exact: true })).toHaveValue('');

  // The latest event, once it is in the table: Ctrl+End in the timeline, then Alt+I.
  const timelineRows = page.getByRole('grid', { name: 'Timeline events' }).locator('tbody tr');
  await expect(timelineRows).toHaveCount(seed.events.length + 1);
  await page.keyboard.press('Alt+Shift+T');
  await page.keyboard.press('Control+End');
  await expect(page.getByRole('grid', { name: 'Timeline events' }).locator('tbody tr').last()).toContainText('Myalgia');
  await page.keyboard.press('Alt+I');
  await expect(history(page).getByRole('heading', { level: 2 })).toHaveText('History of Myalgia');
  const created = history(page).locator('dt', { hasText: 'Created' }).locator('xpath=following-sibling::dd[1]');
  await expect(created).toContainText('name not given');
  await expect(created).toHaveText(UTC);
  await page.keyboard.press('Escape');

  await prompt(page).getByRole('button', { name: 'Not now' }).click();
  await expect(prompt(page)).toHaveCount(0);
  await form.getByLabel('Event', { exact: true }).fill('Fatigue');
  await expect(prompt(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Abstractor: not given' })).toBeVisible();
});

test('the name can be changed in the header, and later rows are signed with the new one', async ({ page }) => {
  await openSeed(page);
  // The tests' hook: a name without the prompt.
  await page.evaluate(() => window.__caseAbstractorTest?.setAbstractor?.('T. H.'));
  const button = page.getByRole('button', { name: 'Abstractor: T. H.' });
  await expect(button).toBeVisible();
  await button.click();
  const field = page.getByLabel('Name or initials', { exact: true });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('T. H.');
  await field.fill('');
  await field.press('Enter');
  await expect(page.getByText('name is empty')).toBeVisible();
  await field.fill('Tess Hart');
  await field.press('Enter');
  await expect(page.getByRole('button', { name: 'Abstractor: Tess Hart' })).toBeFocused();

  const form = observationForm(page);
  await form.getByLabel('Analyte', { exact: true }).fill('Ferritin');
  await expect(prompt(page)).toHaveCount(0);
  await form.getByLabel('Date', { exact: true }).fill('2024-01-15');
  await form.getByLabel('Value', { exact: true }).fill('850');
  await form.getByLabel('Unit', { exact: true }).fill('ng/mL');
  await form.getByLabel('Unit', { exact: true }).press('Enter');
  const row = observationRows(page).filter({ hasText: 'Ferritin' });
  await row.getByRole('button', { name: /^Edit/ }).click();
  await page
    .getByRole('form', { name: /^Edit observation Ferritin/ })
    .getByRole('button', { name: /^History of/ })
    .click();
  await expect(
    history(page).locator('dt', { hasText: 'Created' }).locator('xpath=following-sibling::dd[1]'),
  ).toContainText('Tess Hart');
});

test.describe('axe', () => {
  // axe is injected past the page's CSP in this block's context only, as in accessibility.spec.ts.
  test.use({ bypassCSP: true });

  async function violations(page: Page): Promise<string[]> {
    const require = createRequire(import.meta.url);
    await page.addScriptTag({ content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8') });
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const rules = axe.getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).map((r) => r.ruleId);
      const result = await axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  }

  test('finds no WCAG 2.1 A/AA violation with the prompt shown, the name field open and a row history open', async ({
    page,
  }) => {
    await openSeed(page);
    await observationForm(page).getByLabel('Analyte', { exact: true }).fill('Ferritin');
    await expect(prompt(page)).toBeVisible();
    await page.getByRole('button', { name: 'Abstractor: not given' }).click();
    await expect(page.getByLabel('Name or initials', { exact: true })).toBeFocused();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.keyboard.press('Alt+Shift+L');
    await page.keyboard.press('Alt+I');
    await expect(history(page)).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
