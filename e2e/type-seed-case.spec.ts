// The whole preloaded case, typed into a new case through the forms with the keyboard only: its
// JSON export must equal the seed's, IDs, timestamps and evidence aside (typing attaches no source).
// Then the same case through the review queue, counted the same way: one file, so that the second
// test runs after the first, in the same worker, and finds its count.
import { expect, test } from '@playwright/test';
import { CountedKeyboard, writeKeyCount } from './support/key-count';
import { abstractSeedThroughQueue } from './support/seed-through-queue';
import {
  comparable,
  exportOpenCase,
  inDependencyOrder,
  seed,
  typeEvent,
  typeNewSeedCase,
  typeObservation,
} from './support/type-seed';

test.setTimeout(300_000);

test('the whole preloaded case, typed with the keyboard, exports as the seed does', async ({ page }) => {
  const keys = new CountedKeyboard(page);
  await typeNewSeedCase(page, keys);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page.getByRole('grid', { name: 'Timeline events' }).locator('tbody tr')).toHaveCount(0);

  keys.section('events');
  await keys.focus(page.getByRole('form', { name: 'New event' }).getByLabel('Kind'));
  for (const e of inDependencyOrder(seed.events)) await typeEvent(page, keys, e);
  keys.section('observations');
  await keys.focus(page.getByRole('form', { name: 'New observation' }).getByLabel('Analyte'));
  for (const o of seed.observations) await typeObservation(page, keys, o);
  // Counted up to here: the export below only checks what was typed.
  const count = keys.count('type-seed-case');

  const typed = await exportOpenCase(page);
  expect(comparable(typed)).toEqual(comparable(seed));
  // No name was given, so every typed row has its times and no name, and the case lists nobody.
  for (const row of [...typed.diagnoses, ...typed.events, ...typed.observations]) {
    expect(row.createdAt).toMatch(/Z$/);
    expect(row.changedAt).toMatch(/Z$/);
    expect(row.createdBy).toBeUndefined();
  }
  expect(typed.abstractors).toBeUndefined();

  const file = await writeKeyCount(count);
  const parts = Object.entries(count.sections).map(([name, n]) => `${name} ${n}`);
  const line =
    `keys pressed to type the seed case: ${count.keys} (${parts.join(', ')}; ` +
    `${count.characters} characters, ${count.presses} presses; ${count.focusMoves} focus moves made without keys)`;
  console.log(line);
  test.info().annotations.push({ type: 'key count', description: `${line}; written to ${file}` });
});

test('the preloaded case, abstracted from its report through the review queue, takes at most half the keys of typing it', async ({
  page,
}, testInfo) => {
  await abstractSeedThroughQueue(page, testInfo);
});
