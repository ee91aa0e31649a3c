// The source pane as a clinician uses it, keyboard first: the seed report opened beside the
// preloaded case, words found and made into an event's evidence, a row's mark leading back to its
// words, the coverage count, and the split remembered across a reload.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { eventForm, observationForm, openSeed } from './support/seed-page';
import { inTextView, openSeedReport, sourcePane, sourceText } from './support/source-pane';

const timeline = (page: Page) => page.getByRole('grid', { name: 'Timeline events' });
const divider = (page: Page) => page.getByRole('separator', { name: 'Resize the source pane' });

/** Ctrl+F in the pane, the words typed, Escape: the first place found stays selected. */
async function find(page: Page, words: string, nexts = 0) {
  await page.keyboard.press('Alt+S');
  await expect(sourceText(page)).toBeFocused();
  await page.keyboard.press('Control+F');
  const box = sourcePane(page).getByRole('searchbox', { name: 'Find in the source' });
  await expect(box).toBeFocused();
  await page.keyboard.type(words);
  for (let i = 0; i < nexts; i += 1) await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
}

/** Selects the first place of `words` in the pane's text, as a mouse would. */
async function selectWords(page: Page, words: string) {
  await sourceText(page).evaluate((box, wanted) => {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(wanted);
      if (at !== -1) {
        window.getSelection()!.setBaseAndExtent(n, at, n, at + wanted.length);
        return;
      }
    }
    throw new Error(`"${wanted}" is not in the pane`);
  }, words);
}

test.beforeEach(async ({ page }) => {
  await openSeed(page);
});

test('the seed report opens beside the case from the keyboard, its text and coverage count shown', async ({ page }) => {
  await openSeedReport(page);
  await expect(sourcePane(page).getByRole('heading', { name: /case-report\.txt/ })).toBeVisible();
  const count = sourcePane(page).locator('[data-uncited-count]');
  await expect(count).toHaveText(/^\d+ possibly not abstracted$/);
  // The count is the number of sentences marked in the text.
  const counted = Number(await count.getAttribute('data-uncited-count'));
  expect(counted).toBeGreaterThan(0);
  // Alt+U goes to the next such sentence and shows it in the pane.
  await page.keyboard.press('Alt+U');
  await expect(sourceText(page).locator('.source-shown.source-uncited').first()).toBeVisible();
  await expect(sourceText(page)).toBeFocused();
});

test('"20 mg" found in the pane becomes a new event’s evidence; the saved row’s mark leads back to the words', async ({
  page,
}) => {
  await openSeedReport(page);
  // The first place found is the "20 mg" inside "120 mg"; Enter goes on to the ofatumumab dose.
  await find(page, '20 mg', 1);
  await expect(sourceText(page).locator('.source-shown')).toHaveText(/^20\s?mg$/);
  await expect(sourceText(page).locator('.source-shown').locator('..')).toContainText('ofatumumab 20');
  await expect(sourcePane(page).getByRole('group', { name: 'Selected words' })).toContainText('20');
  await page.keyboard.press('Alt+N');
  const form = eventForm(page);
  // The words hold a number, so they do not name the event: the focus waits in its name field.
  await expect(form.getByLabel('Event', { exact: true })).toBeFocused();
  await expect(form.getByRole('group', { name: /Evidence/ })).toContainText('1 passage');
  await expect(form.getByRole('group', { name: /Evidence/ })).toContainText(/“20\s?mg”/);
  await page.keyboard.type('Ofatumumab test dose');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2022-09-05');
  await page.keyboard.press('Enter');

  const row = timeline(page).locator('tbody tr', { hasText: 'Ofatumumab test dose' });
  const mark = row.locator('[data-evidence-mark]');
  await expect(mark).toHaveAttribute('data-evidence-mark', 'shown');
  // The cited words are highlighted in the pane (the preloaded rows cite theirs too).
  await expect(
    sourceText(page)
      .locator('.source-cited', { hasText: /20\s?mg/ })
      .first(),
  ).toBeVisible();

  // Scroll the pane away, then the row's key brings the words back into view, highlighted.
  await sourceText(page).evaluate((el) => (el.scrollTop = el.scrollHeight));
  await page.keyboard.press('Alt+Shift+T');
  for (let i = 0; i < 60; i += 1) {
    if (await row.evaluate((tr) => tr.contains(document.activeElement))) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(row.locator('td').first()).toBeFocused();
  await page.keyboard.press('Alt+W');
  await expect(sourceText(page).locator('.source-shown')).toHaveText(/20\s?mg/);
  await expect.poll(() => inTextView(page, '.source-shown')).toBe(true);
  // The shown words list the rows citing them; the list leads to the row.
  const citedBy = sourcePane(page).getByRole('group', { name: 'Rows citing these words' });
  await expect(citedBy.getByRole('button', { name: /Ofatumumab test dose/ })).toBeVisible();

  // A click on the mark does the same.
  await sourceText(page).evaluate((el) => (el.scrollTop = 0));
  await mark.click();
  await expect.poll(() => inTextView(page, '.source-shown')).toBe(true);

  // Clicking the highlighted words lists the row; going to it focuses its row in the table.
  await sourceText(page).locator('.source-shown').first().click();
  await citedBy.getByRole('button', { name: /Ofatumumab test dose/ }).click();
  await expect(row.locator('td').first()).toBeFocused();
});

test('words selected with the mouse start a lab named by them, or join the row being edited', async ({ page }) => {
  await openSeedReport(page);
  await selectWords(page, 'creatine kinase');
  await sourcePane(page)
    .getByRole('button', { name: /New lab/ })
    .click();
  const form = observationForm(page);
  await expect(form.getByLabel('Analyte', { exact: true })).toHaveValue('creatine kinase');
  await expect(form.getByLabel('Date', { exact: true })).toBeFocused();
  await expect(form.getByRole('group', { name: /Evidence/ })).toContainText('1 passage');
  // Removing it leaves the form without evidence.
  await form.getByRole('button', { name: /Remove the evidence/ }).click();
  await expect(form.getByRole('group', { name: /Evidence/ })).toContainText('none');
  await page.keyboard.press('Escape');

  // Words attached to a row being edited: Enter on the row, the words selected, Alt+A, saved.
  await page.keyboard.press('Alt+Shift+L');
  await page.keyboard.press('Enter');
  const editing = page.getByRole('form', { name: /^Edit observation/ });
  await expect(editing).toBeVisible();
  const id = await page.locator('tr.row-editing').getAttribute('data-observation-id');
  // The preloaded row cites its words already; the selected ones join them.
  const before = await passages(editing.getByRole('group', { name: /Evidence/ }));
  await selectWords(page, 'between 400 and 500');
  await page.keyboard.press('Alt+A');
  await expect(editing.getByRole('group', { name: /Evidence/ })).toContainText(`${before + 1} passages`);
  await expect(editing.getByRole('group', { name: /Evidence/ })).toContainText('between 400 and 500');
  await editing.getByRole('button', { name: /Save changes/ }).click();
  await expect(page.locator(`tr[data-observation-id="${id}"] [data-evidence-mark]`)).toHaveAttribute(
    'data-evidence-mark',
    'shown',
  );
});

test('a row whose words are not in the open source shows as orphaned', async ({ page }) => {
  await openSeedReport(page);
  await find(page, '20 mg', 1);
  await page.keyboard.press('Alt+N');
  await expect(eventForm(page).getByLabel('Event', { exact: true })).toBeFocused();
  await page.keyboard.type('Cited then orphaned');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2022-09-05');
  await page.keyboard.press('Enter');
  const mark = timeline(page).locator('tbody tr', { hasText: 'Cited then orphaned' }).locator('[data-evidence-mark]');
  await expect(mark).toHaveAttribute('data-evidence-mark', 'shown');

  // Another source, pasted, in which the quoted words do not occur.
  await sourcePane(page).getByRole('button', { name: 'Paste text' }).click();
  await page.getByLabel('Paste the report’s text').fill('A different report. Nothing of the sort here, 12 days later.');
  await page.getByRole('button', { name: 'Open as source' }).click();
  await expect(sourceText(page)).toContainText('A different report');
  await expect(mark).toHaveAttribute('data-evidence-mark', 'orphaned');
  // The mark is for the mouse (the cell's name stays the row's words); it says why on hover.
  await expect(mark).toHaveAttribute('title', /orphaned/);
  // Back to the report: found again.
  await sourcePane(page).getByRole('combobox', { name: 'Source' }).selectOption({ label: 'case-report.txt' });
  await expect(mark).toHaveAttribute('data-evidence-mark', 'shown');
});

test('find goes forward with Enter and back with Shift+Enter, counting the places found', async ({ page }) => {
  await openSeedReport(page);
  await page.keyboard.press('Alt+S');
  await page.keyboard.press('Control+F');
  await page.keyboard.type('20 mg');
  const status = sourcePane(page).getByRole('search').locator('[aria-live]');
  // "120 mg" holds it too, as a browser's find would say.
  await expect(status).toHaveText('1 of 4');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('2 of 4');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(status).toHaveText('4 of 4');
  await expect(sourceText(page).locator('.source-current')).toHaveText(/20\s?mg/);
  await page.keyboard.press('Escape');
  await expect(sourceText(page)).toBeFocused();
});

test('the split is the user’s: resized and folded from the keyboard, both remembered across a reload', async ({
  page,
}) => {
  await openSeedReport(page);
  const width = Number(await divider(page).getAttribute('aria-valuenow'));
  await divider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(divider(page)).toHaveAttribute('aria-valuenow', String(width + 48));
  expect(Math.round((await sourcePane(page).boundingBox())!.width)).toBe(width + 48);
  await page.reload();
  await expect(divider(page)).toHaveAttribute('aria-valuenow', String(width + 48));
  await expect(sourceText(page)).toContainText('Dear Editor');

  await divider(page).focus();
  await page.keyboard.press('Enter');
  const unfold = sourcePane(page).getByRole('button', { name: 'Source' });
  await expect(unfold).toHaveAttribute('aria-expanded', 'false');
  await expect(unfold).toBeFocused();
  await page.reload();
  await expect(unfold).toBeVisible();
  await expect(divider(page)).toHaveCount(0);
  // Folded, the case list is back; Alt+Shift+S opens the pane again, where it was.
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+S');
  await expect(divider(page)).toHaveAttribute('aria-valuenow', String(width + 48));
});

test('beside the open pane the case list folds away, and Alt+K brings it back', async ({ page }) => {
  await openSeedReport(page);
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeHidden();
  await page.keyboard.press('Alt+K');
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await expect(page.locator('#case-list button[aria-current="true"]')).toBeFocused();
});

test('a diagnosis cites words too: attached in the details form, its mark in the overview shows them', async ({
  page,
}) => {
  await openSeedReport(page);
  await find(page, 'inflammatory myopathy');
  await page.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Case details' });
  const evidence = form.getByRole('group', { name: /Diagnosis 3 evidence/ });
  const before = await passages(evidence);
  await evidence.getByRole('button', { name: 'Attach selected words' }).click();
  await expect(evidence).toContainText(`${before + 1} passage`);
  await form.getByRole('button', { name: /Save details/ }).click();
  const mark = page.getByRole('button', { name: 'Show the words of Inflammatory myopathy in the source' });
  await sourceText(page).evaluate((el) => (el.scrollTop = el.scrollHeight));
  await mark.focus();
  await page.keyboard.press('Enter');
  // The diagnosis cites several passages (the preloaded ones and the new one): all are shown.
  await expect(
    sourceText(page)
      .locator('.source-shown', { hasText: /^inflammatory myopathy$/i })
      .first(),
  ).toBeVisible();
  await expect.poll(() => inTextView(page, '.source-shown')).toBe(true);
});

/** How many passages an evidence field lists ("none", "1 passage", "2 passages"). */
async function passages(group: Locator): Promise<number> {
  const text = (await group.textContent()) ?? '';
  return Number(/(\d+) passages?/.exec(text)?.[1] ?? 0);
}

/** Drops a file made in the page onto the pane, as a file dragged from the desktop would land. */
async function dropFile(page: Page, name: string, text: string) {
  await sourcePane(page).evaluate(
    (pane, { name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'text/plain' }));
      pane.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, text },
  );
}

test('a file dropped on the pane opens there; an empty one is refused and nothing changes', async ({ page }) => {
  await dropFile(page, 'empty.txt', '');
  // The reader may refuse it first, in its own words; either way the notice starts so.
  await expect(page.getByText(/^Source not opened: /)).toBeVisible();
  await expect(sourcePane(page).getByRole('button', { name: 'Source' })).toHaveAttribute('aria-expanded', 'false');

  await dropFile(page, 'dropped-report.txt', 'A dropped report.\n\nCK was 9000 U/L on 22 August 2022.');
  await expect(sourceText(page)).toContainText('CK was 9000 U/L');
  await expect(sourcePane(page).locator('[data-uncited-count]')).toHaveText('1 possibly not abstracted');
});
