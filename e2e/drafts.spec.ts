// Drafts restored before the forms first render: keys typed the moment a reloaded page shows its
// forms land in the restored text, and the stored draft is never replaced by a shorter one.
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { createSeedCase } from '../shared/seed/seed-case';

// Half of these tests slow the CPU six times: a first load then took over ten seconds on a loaded
// CI machine. A passing expectation returns at once, so the longer limit costs nothing.
const expect = baseExpect.configure({ timeout: 30_000 });

const seed = createSeedCase();

/** The drafts as IndexedDB holds them, read beside the app (the app's own copy may be ahead). */
function storedDrafts(page: Page): Promise<Record<string, Record<string, string | boolean>>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('case-abstractor');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const read = open.result.transaction('drafts').objectStore('drafts').getAll();
          read.onerror = () => reject(new Error(String(read.error)));
          read.onsuccess = () => {
            const rows = read.result as { key: string; fields: Record<string, string | boolean> }[];
            open.result.close();
            resolve(Object.fromEntries(rows.map((r) => [r.key.split(':')[0] ?? '', r.fields])));
          };
        };
      }),
  );
}

/** The half-typed forms, as stored: the field names are the drafts' own. */
const EVENT_DRAFT = { kind: 'treatment', label: 'Rituximab', start: '2023-0', doseValue: '375', doseUnit: 'mg/m2' };
const LAB_DRAFT = { analyte: 'Ferritin', date: '2023-03-0', value: '>30', unit: 'ug/L' };

/** Waits until IndexedDB holds both drafts with these fields (and possibly others). */
async function expectStored(page: Page, event: Record<string, string>, lab: Record<string, string>) {
  await expect
    .poll(() => storedDrafts(page))
    .toEqual({
      event: expect.objectContaining(event) as unknown,
      observation: expect.objectContaining(lab) as unknown,
    });
}

const eventForm = (page: Page) => page.getByRole('form', { name: 'New event' });
const observationForm = (page: Page) => page.getByRole('form', { name: 'New observation' });

/** The restored text, read field by field, so a key that went to the wrong field shows where it went. */
async function expectFields(form: Locator, expected: Record<string, string>) {
  for (const [label, value] of Object.entries(expected)) {
    await expect(form.getByLabel(label, { exact: true }), label).toHaveValue(value);
  }
}

async function halfTypeBothForms(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  const event = eventForm(page);
  await event.getByLabel('Kind').selectOption('treatment');
  await event.getByLabel('Event', { exact: true }).fill('Rituximab');
  await event.getByLabel('Start', { exact: true }).fill('2023-0');
  await event.getByLabel('Dose', { exact: true }).fill('375');
  await event.getByLabel('Dose unit').fill('mg/m2');
  const lab = observationForm(page);
  await lab.getByLabel('Analyte').fill('Ferritin');
  await lab.getByLabel('Date', { exact: true }).fill('2023-03-0');
  await lab.getByLabel('Value', { exact: true }).fill('>30');
  await lab.getByLabel('Unit', { exact: true }).fill('ug/L');
  // Every field stored before the reload, the last one typed included.
  await expectStored(page, EVENT_DRAFT, LAB_DRAFT);
}

/**
 * Focuses a field the moment it exists, from inside the page: Playwright's own wait-then-focus
 * takes several round trips, long enough to hide a draft that arrives late. The caret goes to the
 * end, where a clinician carrying on with a half-typed word puts it.
 */
async function focusOnceAttached(page: Page, id: string) {
  await page.waitForFunction(
    (fieldId) => {
      const field = document.getElementById(fieldId);
      if (!(field instanceof HTMLInputElement)) return false;
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
      return document.activeElement === field;
    },
    id,
    { polling: 10 },
  );
}

/**
 * Reloads and types at once into the first text field of each form, waiting only for that field to
 * exist; which form comes first alternates, so both are typed into in the page's first moments.
 */
async function reloadAndTypeAtOnce(page: Page, round: number) {
  await page.reload({ waitUntil: 'commit' });
  const ids = round % 2 === 0 ? ['event-label', 'observation-analyte'] : ['observation-analyte', 'event-label'];
  for (const id of ids) {
    await focusOnceAttached(page, id);
    await page.keyboard.type(String(round));
  }
}

for (const cpuSlowdown of [1, 6]) {
  test(`keys typed right after a reload land in the restored draft (CPU slowed ×${cpuSlowdown})`, async ({ page }) => {
    if (cpuSlowdown > 1) {
      test.slow(); // every step of the page takes several times as long
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await halfTypeBothForms(page);
    let eventLabel = 'Rituximab';
    let analyteName = 'Ferritin';
    for (let round = 1; round <= 4; round += 1) {
      await reloadAndTypeAtOnce(page, round);
      eventLabel += String(round);
      analyteName += String(round);
      await expectFields(eventForm(page), {
        Kind: 'treatment',
        Event: eventLabel,
        Start: '2023-0',
        Dose: '375',
        'Dose unit': 'mg/m2',
      });
      await expectFields(observationForm(page), {
        Analyte: analyteName,
        Date: '2023-03-0',
        Value: '>30',
        Unit: 'ug/L',
      });
      // What is stored is the whole form, new keys and restored text, not the new keys alone.
      await expectStored(page, { ...EVENT_DRAFT, label: eventLabel }, { ...LAB_DRAFT, analyte: analyteName });
    }
  });
}

test('the new-case form, opened right after a reload, starts with its draft and keeps the first key', async ({
  page,
}) => {
  test.slow(); // the CPU is slowed, as in the test above
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await page.getByRole('button', { name: 'New case' }).click();
  const form = page.getByRole('form', { name: 'New case' });
  await form.getByLabel('Case title').fill('Statin-associated myopathy');
  await form.getByLabel('Journal').fill('Neurology');
  let title = 'Statin-associated myopathy';
  for (let round = 1; round <= 3; round += 1) {
    await expect
      .poll(() => storedDrafts(page))
      .toEqual({ 'case-details': expect.objectContaining({ title, journal: 'Neurology' }) });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    // From the keyboard and without waiting for the form: the keys go wherever the focus is.
    await page.getByRole('button', { name: 'New case' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.type(String(round));
    title += String(round);
    await expectFields(form, { 'Case title': title, Journal: 'Neurology' });
  }
});
