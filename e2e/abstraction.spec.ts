// Abstracting by hand: cases, events and observations through the forms, keyboard first, with
// drafts that survive a reload and undo that reaches deletes.
import { expect, test, type Page } from '@playwright/test';
import { eventForm, observationForm, observationRows, openSeed, seed } from './support/seed-page';

const timelineRows = (page: Page) => page.getByRole('grid', { name: 'Timeline events' }).locator('tbody tr');

test('creates a case from the keyboard and opens it', async ({ page }) => {
  await openSeed(page);
  await page.getByRole('button', { name: 'New case' }).click();
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByLabel('Case title').fill('Statin-associated anti-HMGCR myopathy');
  await form.getByLabel('Authors').fill('Doe J; Roe R');
  await form.getByLabel('Journal').fill('Neurology');
  await form.getByLabel('Year').fill('2021');
  await form.getByLabel('Age at presentation').fill('58');
  await form.getByLabel('Sex').selectOption('male');
  await form.getByLabel('Year').press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statin-associated anti-HMGCR myopathy');
  await expect(page.getByText('Male, 58 years at presentation')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button')).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole('button', { name: /Statin-associated anti-HMGCR myopathy/ })).toBeVisible();
});

test('a case may leave its journal out (it shows as missing), but a bad year is refused beside the field', async ({
  page,
}) => {
  await openSeed(page);
  await page.getByRole('button', { name: 'New case' }).click();
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByLabel('Case title').fill('Incomplete');
  await form.getByLabel('Authors').fill('Doe J');
  await form.getByLabel('Year').fill('21');
  await form.getByLabel('Year').press('Enter');
  await expect(form.getByText('year must be four digits')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button')).toHaveCount(1);
  await form.getByLabel('Year').fill('2021');
  await form.getByLabel('Year').press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incomplete');
  await expect(page.getByText('Journal is not filled in yet.')).toBeVisible();
});

test('adds an event with a partial, approximate date; Enter saves and opens the next blank row', async ({ page }) => {
  await openSeed(page);
  const form = eventForm(page);
  await form.getByLabel('Kind').selectOption('symptom');
  await form.getByLabel('Event', { exact: true }).fill('Myalgia');
  await form.getByLabel('Start', { exact: true }).fill('2022-03');
  await form.getByLabel('Start approximate').check();
  await expect(form.getByText('→ ~Mar 2022 (month, approximate)')).toBeVisible();
  await form.getByLabel('Start', { exact: true }).press('Enter');
  const row = timelineRows(page).filter({ hasText: 'Myalgia' });
  await expect(row.locator('td').first()).toHaveText('~Mar 2022');
  await expect(form.getByLabel('Event', { exact: true })).toHaveValue('');
  await expect(form.getByLabel('Kind')).toBeFocused();
  await expect(timelineRows(page)).toHaveCount(seed.events.length + 1);
});

test('derives the end of a treatment from its duration', async ({ page }) => {
  await openSeed(page);
  const form = eventForm(page);
  await form.getByLabel('Kind').selectOption('treatment');
  await form.getByLabel('Event', { exact: true }).fill('Methylprednisolone 40 mg');
  await form.getByLabel('Start', { exact: true }).fill('2022-09-03');
  await form.getByLabel('Duration').fill('10 days');
  await form.getByLabel('Dose', { exact: true }).fill('40');
  await form.getByLabel('Dose unit').fill('mg');
  await form.getByLabel('Route').fill('oral');
  await form.getByLabel('Frequency').fill('daily');
  await form.getByLabel('Frequency').press('Enter');
  const cells = timelineRows(page).filter({ hasText: 'Methylprednisolone 40 mg' }).locator('td');
  await expect(cells.nth(0)).toHaveText('3 Sep 2022 – 12 Sep 2022');
  await expect(cells.nth(3)).toHaveText('40 mg');
  await expect(cells.nth(6)).toHaveText('10 days');
});

test('a relative date follows its anchor when the anchor moves', async ({ page }) => {
  await openSeed(page);
  const form = eventForm(page);
  await form.getByLabel('Kind').selectOption('outcome');
  await form.getByLabel('Event', { exact: true }).fill('Climbs stairs');
  await form.getByLabel('Start', { exact: true }).fill('3 weeks after Ofatumumab dose 2');
  await expect(form.getByText('→ ~22 Nov 2022 (day, approximate)')).toBeVisible();
  await form.getByLabel('Start', { exact: true }).press('Enter');
  const stairs = timelineRows(page).filter({ hasText: 'Climbs stairs' }).locator('td').first();
  await expect(stairs).toHaveText('~22 Nov 2022rel');

  await page.getByRole('button', { name: 'Edit Ofatumumab dose 2' }).click();
  const edit = page.getByRole('form', { name: 'Edit event Ofatumumab dose 2' });
  await edit.getByLabel('Start', { exact: true }).fill('2022-11-08');
  await edit.getByLabel('Start', { exact: true }).press('Enter');
  await expect(stairs).toHaveText('~29 Nov 2022rel');
});

test('refuses a relative date that would go round in a circle', async ({ page }) => {
  await openSeed(page);
  await page.getByRole('button', { name: 'Edit Ofatumumab dose 1' }).click();
  const edit = page.getByRole('form', { name: 'Edit event Ofatumumab dose 1' });
  await edit.getByLabel('Start', { exact: true }).fill('2 weeks before Able to eat');
  await edit.getByLabel('Start', { exact: true }).press('Enter');
  await expect(edit.getByText(/go round in a circle/)).toBeVisible();
  await expect(timelineRows(page).filter({ hasText: 'Ofatumumab dose 1' }).locator('td').first()).toHaveText(
    '5 Sep 2022',
  );
});

test('parses each kind of value a report prints and shows it back as typed', async ({ page }) => {
  await openSeed(page);
  const form = observationForm(page);
  const values: [string, string, string][] = [
    ['1620', 'U/L', '1620'],
    ['>300.0', 'ug/L', '>300.0'],
    ['<50', '{cells}/{focus}', '<50'],
    ['~7', 's', '~7'],
    ['400–500', 'U/L', '400–500'],
    ['2-3', '{grade}', '2–3'],
    ['positive', '', 'positive'],
    ['negative', '', 'negative'],
  ];
  await form.getByLabel('Date', { exact: true }).fill('2024-01-15');
  for (const [typed, unit, shown] of values) {
    await form.getByLabel('Analyte').fill(`Test ${typed}`);
    await form.getByLabel('Value', { exact: true }).fill(typed);
    await form.getByLabel('Unit', { exact: true }).fill(unit);
    await form.getByLabel('Value', { exact: true }).press('Enter');
    await expect(form.getByLabel('Analyte')).toHaveValue('');
    await expect(form.getByLabel('Date', { exact: true })).toHaveValue('2024-01-15');
    const row = observationRows(page).filter({
      has: page.getByRole('gridcell', { name: `Test ${typed}`, exact: true }),
    });
    await expect(row.locator('td').nth(2)).toHaveText(shown);
  }
});

test('a rejected value says why beside the field and writes nothing', async ({ page }) => {
  await openSeed(page);
  const form = observationForm(page);
  await form.getByLabel('Analyte').fill('CRP');
  await form.getByLabel('Date', { exact: true }).fill('2022-08');
  await form.getByLabel('Value', { exact: true }).fill('12..5');
  await form.getByLabel('Unit', { exact: true }).fill('mg/L');
  await form.getByLabel('Value', { exact: true }).press('Enter');
  await expect(form.getByLabel('Value', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('#observation-value-problem')).not.toBeEmpty();
  await expect(observationRows(page)).toHaveCount(seed.observations.length);
  await form.getByLabel('Value', { exact: true }).fill('1620');
  await form.getByLabel('Unit', { exact: true }).fill('');
  await form.getByLabel('Value', { exact: true }).press('Enter');
  await expect(form.getByText('a numeric value needs a unit')).toBeVisible();
  await page.reload();
  await expect(observationRows(page)).toHaveCount(seed.observations.length);
});

test('an unknown unit is refused unless marked as free text', async ({ page }) => {
  await openSeed(page);
  const form = observationForm(page);
  await form.getByLabel('Analyte').fill('Grip strength');
  await form.getByLabel('Date', { exact: true }).fill('2023-03');
  await form.getByLabel('Value', { exact: true }).fill('18');
  await form.getByLabel('Unit', { exact: true }).fill('squeezes');
  await form.getByLabel('Unit', { exact: true }).press('Enter');
  await expect(form.getByText(/unknown unit/)).toBeVisible();
  await expect(observationRows(page)).toHaveCount(seed.observations.length);
  await form.getByLabel('Unit is free text').check();
  await form.getByLabel('Unit', { exact: true }).press('Enter');
  const row = observationRows(page).filter({ hasText: 'Grip strength' });
  await expect(row.locator('td').nth(3)).toHaveText('squeezes (free text)');
});

test('a half-filled form comes back after a reload', async ({ page }) => {
  await openSeed(page);
  const form = eventForm(page);
  await form.getByLabel('Kind').selectOption('treatment');
  await form.getByLabel('Event', { exact: true }).fill('Rituximab');
  await form.getByLabel('Start', { exact: true }).fill('2023-0');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Draft saved');
  await page.reload();
  await expect(eventForm(page).getByLabel('Event', { exact: true })).toHaveValue('Rituximab');
  await expect(eventForm(page).getByLabel('Start', { exact: true })).toHaveValue('2023-0');
  await expect(eventForm(page).getByLabel('Kind')).toHaveValue('treatment');
  await eventForm(page).getByLabel('Start', { exact: true }).press('Escape');
  await expect(eventForm(page).getByLabel('Event', { exact: true })).toHaveValue('');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Form cleared');
  await page.reload();
  await expect(eventForm(page).getByLabel('Event', { exact: true })).toHaveValue('');
});

test('undo brings back a deleted event and redo deletes it again', async ({ page }) => {
  await openSeed(page);
  await page.getByRole('button', { name: 'Delete Dry mouth' }).click();
  await expect(timelineRows(page).filter({ hasText: 'Dry mouth' })).toHaveCount(0);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(timelineRows(page).filter({ hasText: 'Dry mouth' })).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(timelineRows(page).filter({ hasText: 'Dry mouth' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(timelineRows(page).filter({ hasText: 'Dry mouth' })).toHaveCount(1);
  await page.reload();
  await expect(timelineRows(page).filter({ hasText: 'Dry mouth' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
});

test('a deleted case comes back with undo', async ({ page }) => {
  await openSeed(page);
  await page.getByRole('button', { name: 'Delete case' }).click();
  await expect(page.getByText('No cases.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(timelineRows(page)).toHaveCount(seed.events.length);
});
