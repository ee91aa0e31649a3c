// The measure of the review queue: the preloaded case abstracted again into an empty case,
// this time from the seed report through the queue (accept what is right, correct what is not in
// the form, dismiss what is not a fact of the case, type what the queue did not propose), until
// its export equals the seed's. Every key is counted as type-seed-case.spec.ts counts its own, and
// the two counts are printed side by side. type-seed-case.spec.ts runs it right after its own count,
// in the same file so that one worker runs the two in order however many workers there are.
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { dateInputText } from '../../shared/editing/date-input';
import type { PartialDate } from '../../shared/dates/partial-date';
import { withoutProvenance, type Observation, type TimelineEvent } from '../../shared/model/case';
import { formatObservationValue } from '../../shared/model/observation-value';
import { fingerprintText } from '../../shared/sources/fingerprint';
import { normaliseText } from '../../shared/sources/normalise';
import { sameAnalyte } from '../../shared/suggest/measure';
import { suggestFacts } from '../../shared/suggest/suggest-facts';
import type { Suggestion } from '../../shared/suggest/suggestion';
import { identifyDrug } from '../../shared/course/drugs';
import { CountedKeyboard, readKeyCount, writeKeyCount } from './key-count';
import { seedReportPath, sourcePane, sourceText } from './source-pane';
import {
  comparable,
  entryForm,
  exportOpenCase,
  inDependencyOrder,
  seed,
  typeEvent,
  typeNewSeedCase,
  typeObservation,
} from './type-seed';

type Target = { kind: 'event'; row: TimelineEvent } | { kind: 'observation'; row: Observation };

const significantWords = (label: string) =>
  new Set(
    label
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4),
  );
const shareAWord = (a: string, b: string) => {
  const words = significantWords(b);
  return [...significantWords(a)].some((w) => words.has(w));
};
const sameDay = (a: PartialDate | undefined, b: PartialDate) => a?.date === b.date;

/**
 * How well a suggestion stands for a row of the preloaded case: 0 when it is not that fact. An
 * abstractor reading the report decides this; the spec decides it from the rows it must reach.
 */
function fit(s: Suggestion, t: Target): number {
  if (s.kind === 'observation' && t.kind === 'observation') {
    const o = t.row;
    const sameResult = o.value !== undefined ? s.row.value === o.value : s.row.valueText === o.valueText;
    if (!sameResult) return 0;
    const named = sameAnalyte(s.row, o) || (s.row.analyte !== undefined && shareAWord(s.row.analyte, o.analyte));
    return named ? 4 + (sameDay(s.row.date, o.date) ? 2 : 0) : 0;
  }
  if (s.kind === 'event' && t.kind === 'event') {
    const e = t.row;
    if (s.row.kind !== e.kind || s.row.label === undefined) return 0;
    const drug = e.kind === 'treatment' && identifyDrug(s.row.label).key === identifyDrug(e.label).key;
    const dose = drug && s.row.dose?.value === e.dose?.value ? 3 : 0;
    const words = s.row.label.toLowerCase() === e.label.toLowerCase() ? 3 : shareAWord(s.row.label, e.label) ? 2 : 0;
    const score = (drug ? 2 : 0) + dose + words + (sameDay(s.row.start, e.start) ? 2 : 0);
    return drug || words > 0 ? score : sameDay(s.row.start, e.start) && e.kind === 'outcome' ? 1 : 0;
  }
  return 0;
}

/** Each suggestion, in reading order, takes the row of the case it fits best, if any is left. */
function assign(suggestions: readonly Suggestion[], targets: readonly Target[]): Map<string, Target> {
  const taken = new Set<Target>();
  const chosen = new Map<string, Target>();
  for (const s of suggestions) {
    let best: Target | undefined;
    let bestFit = 0;
    for (const t of targets) {
      const f = taken.has(t) ? 0 : fit(s, t);
      if (f > bestFit) [best, bestFit] = [t, f];
    }
    if (best) {
      taken.add(best);
      chosen.set(s.id, best);
    }
  }
  return chosen;
}

/** The events a row's dates are counted from. */
function dependsOn(t: Target): string[] {
  const dates = t.kind === 'event' ? [t.row.start, t.row.end] : [t.row.date];
  return dates.flatMap((d) => (d?.relativeTo ? [d.relativeTo.eventId] : []));
}

/** The form's fields in their order, each with the text (or tick) the row needs. */
function eventFields(e: TimelineEvent): [string, string | boolean][] {
  const endTyped = e.duration ? undefined : e.end;
  return [
    ['Kind', e.kind],
    ['Event', e.label],
    ['Start', dateInputText(e.start, seed.events)],
    ['Start approximate', !e.start.relativeTo && e.start.approximate],
    ['End', dateInputText(endTyped, seed.events)],
    ['End approximate', !!endTyped && !endTyped.relativeTo && endTyped.approximate],
    [
      'Duration',
      e.duration
        ? e.duration.unit === 'doses'
          ? `×${e.duration.value}`
          : `${e.duration.value} ${e.duration.unit}`
        : '',
    ],
    ['Dose', e.dose?.value === undefined ? '' : String(e.dose.value)],
    ['Dose unit', e.dose?.unit ?? ''],
    ['Route', e.dose?.route ?? ''],
    ['Frequency', e.dose?.frequency ?? ''],
    ['Notes', e.notes ?? ''],
  ];
}

function observationFields(o: Observation): [string, string | boolean][] {
  return [
    ['Analyte', o.analyte],
    ['Date', dateInputText(o.date, seed.events)],
    ['Date approximate', !o.date.relativeTo && o.date.approximate],
    ['Value', formatObservationValue(o)],
    ['Unit', o.unit ?? ''],
    ['Unit is free text', o.unitIsFreeText ?? false],
    ['Reference low', o.referenceRange?.low === undefined ? '' : String(o.referenceRange.low)],
    ['Reference high', o.referenceRange?.high === undefined ? '' : String(o.referenceRange.high)],
    ['LOINC', o.loinc ?? ''],
    ['Notes', o.notes ?? ''],
  ];
}

const isFocused = (field: Locator) => field.evaluate((el) => el === document.activeElement);

/** Where `field` lies from the focus in tab order: > 0 ahead, < 0 behind, 0 there. */
const stepsTo = (field: Locator) =>
  field.evaluate((target) => {
    const order = [
      ...(target.closest('form') ?? document).querySelectorAll<HTMLElement>('input, select, textarea, button'),
    ];
    return order.indexOf(target as HTMLElement) - order.indexOf(document.activeElement as HTMLElement);
  });

/** Moves the focus to `field` with Tab (or Shift+Tab when it lies behind, as after E on a later field). */
async function tabTo(keys: CountedKeyboard, field: Locator) {
  for (let i = 0; i < 30 && !(await isFocused(field)); i += 1) {
    await keys.press((await stepsTo(field)) > 0 ? 'Tab' : 'Shift+Tab');
  }
  expect(
    await isFocused(field),
    `field reached with Tab: ${await field.getAttribute('id')} from ${await field.page().evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`,
  ).toBe(true);
}

/**
 * Corrects the prefilled form the queue opened (E): goes through the fields that differ from the
 * row's, in order, retyping each, then saves with Enter from a text field.
 */
async function correctForm(keys: CountedKeyboard, form: Locator, fields: [string, string | boolean][]) {
  let lastText: Locator | undefined;

  for (const [label, wanted] of fields) {
    const field = form.getByLabel(label, { exact: true });
    if (typeof wanted === 'boolean') {
      if ((await field.isChecked()) === wanted) continue;
      await tabTo(keys, field);
      await keys.press('Space');
      continue;
    }
    const isSelect = (await field.evaluate((el) => el.tagName)) === 'SELECT';
    if ((await field.inputValue()) === wanted) {
      if (!isSelect) lastText = field;
      continue;
    }
    await tabTo(keys, field);
    if (isSelect) {
      await keys.pressIn(field, wanted[0]!);
      await keys.type(wanted.slice(1));
      await expect(field).toHaveValue(wanted);
      continue;
    }
    await keys.press('Control+a');
    if (wanted === '') await keys.press('Delete');
    else await keys.insertText(wanted);
    lastText = field;
  }
  // Enter saves from a text field; after a tick or a select, step on to the next text field first.
  if (!lastText || !(await isFocused(lastText))) {
    const notes = form.getByLabel('Notes', { exact: true });
    if (!(await isFocused(notes))) {
      for (let i = 0; i < 30; i += 1) {
        const tag = await form.page().evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el ? `${el.tagName}:${el.type}` : '';
        });
        if (tag === 'INPUT:text' || tag === 'TEXTAREA:textarea') break;
        await keys.press('Tab');
      }
    }
  }
  await keys.press('Enter');
}

/**
 * The queue's list by its id: it is read after nearly every key, and a role query scans the whole
 * window (the report's text included) each time, which took more of the window's time than the app
 * did. The queue's own spec finds the list by its role.
 */
const queueList = (page: Page) => page.locator('#review-queue-list[role="listbox"]');
const currentOption = (page: Page) => queueList(page).locator('[role="option"][aria-selected="true"]');

/** Moves the queue's current suggestion to `id` with J and K. */
async function moveTo(page: Page, keys: CountedKeyboard, id: string) {
  const ids = await queueList(page)
    .getByRole('option')
    .evaluateAll((els) => els.map((el) => el.id));
  await expect(queueList(page)).toBeFocused();
  for (let i = 0; i < ids.length + 2; i += 1) {
    const now = await currentOption(page).getAttribute('id');
    if (now === id) return;
    await keys.press(ids.indexOf(now ?? '') < ids.indexOf(id) ? 'J' : 'K');
  }
  await expect(currentOption(page)).toHaveAttribute('id', id);
}

/** The suggestion's row, compared in the form's own terms, is already the row of the case. */
function rightAsItStands(s: Suggestion, t: Target, targetOf: Map<string, Target>): boolean {
  const linkName = (d: PartialDate | undefined) => {
    if (!d?.relativeTo) return d;
    const anchor = targetOf.get(d.relativeTo.eventId);
    return { ...d, relativeTo: { ...d.relativeTo, eventId: anchor?.row.id ?? d.relativeTo.eventId } };
  };
  // Who made the seed's row is not something a suggestion says: compared as read.
  const { id: _id, evidence: _evidence, ...row } = withoutProvenance(t.row);
  if (s.kind === 'observation' && t.kind === 'observation') {
    return JSON.stringify(sorted({ ...s.row, date: linkName(s.row.date) })) === JSON.stringify(sorted(row));
  }
  if (s.kind === 'event' && t.kind === 'event') {
    const mine = { ...s.row, start: linkName(s.row.start), ...(s.row.end ? { end: linkName(s.row.end) } : {}) };
    return JSON.stringify(sorted(mine)) === JSON.stringify(sorted(row));
  }
  return false;
}

function withNotes(s: Suggestion, notes: string | undefined): Suggestion {
  const { notes: _notes, ...row } = s.row;
  return { ...s, row: notes === undefined ? row : { ...row, notes } } as Suggestion;
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sorted(v)]),
    );
  }
  return value;
}

/** Abstracts the seed case through the queue and asserts it took at most half the keys of typing it. */
export async function abstractSeedThroughQueue(page: Page, testInfo: TestInfo): Promise<void> {
  const typed = await readKeyCount('type-seed-case');
  expect(typed, 'type-seed-case.spec.ts writes the count this spec compares with: run it first').toBeDefined();

  const text = normaliseText(await readFile(seedReportPath(), 'utf8'));
  const suggestions = suggestFacts({ text, fingerprint: await fingerprintText(text) });
  const byId = new Map(suggestions.map((s) => [s.id, s]));
  const targets: Target[] = [
    ...seed.events.map((row) => ({ kind: 'event' as const, row })),
    ...seed.observations.map((row) => ({ kind: 'observation' as const, row })),
  ];
  const targetOf = assign(suggestions, targets);

  const keys = new CountedKeyboard(page);
  await typeNewSeedCase(page, keys);

  keys.section('opening the report');
  const chooser = page.waitForEvent('filechooser');
  await keys.press('Alt+S');
  await expect(sourcePane(page).getByRole('button', { name: 'Open file…' })).toBeFocused();
  await keys.press('Enter');
  // Picked in the system's dialog, outside the page: counted as typing its name and Enter.
  keys.outsideThePage('case-report.txt', 'Enter');
  await (await chooser).setFiles(seedReportPath());
  await expect(sourceText(page)).toContainText('Dear Editor');

  keys.section('review queue');
  await keys.press('Alt+Q');
  await expect(queueList(page)).toBeFocused();
  await expect(queueList(page).getByRole('option').first()).toBeVisible();
  let accepted = 0;
  let corrected = 0;
  let noted = 0;
  let dismissed = 0;
  const added = new Set<string>();
  for (let guard = 0; guard < 500; guard += 1) {
    // A row dated from an event the case does not have yet waits for it (an end "6 months after
    // ofatumumab dose 1" read before that dose is): the abstractor comes back to it.
    const fresh = await queueList(page)
      .locator('[role="option"][data-state="new"]')
      .evaluateAll((els) => els.map((el) => el.id));
    const optionId = fresh.find((id) => {
      const t = targetOf.get(id.replace(/^queue-option-/, ''));
      return !t || dependsOn(t).every((anchor) => added.has(anchor));
    });
    if (optionId === undefined) {
      expect(fresh, 'suggestions left waiting for events that never came').toEqual([]);
      break;
    }
    const s = byId.get(optionId.replace(/^queue-option-/, ''));
    expect(s, `the queue and the engine agree on ${optionId}`).toBeDefined();
    await moveTo(page, keys, optionId);
    const target = targetOf.get(s!.id);
    if (target) added.add(target.row.id);
    if (!target) {
      await keys.press('Delete');
      dismissed += 1;
    } else if (rightAsItStands(s!, target, targetOf)) {
      await keys.press('Enter');
      accepted += 1;
    } else if (rightAsItStands(withNotes(s!, target.row.notes), target, targetOf)) {
      // Right but for the note: N, the note, Enter.
      await keys.press('N');
      const note = page.locator('#queue-note-input');
      await expect(note).toBeFocused();
      if ((await note.inputValue()) !== '') await keys.press('Control+a');
      await keys.insertText(target.row.notes ?? '');
      await keys.press('Enter');
      await expect(queueList(page)).toBeFocused();
      noted += 1;
    } else {
      await keys.press('E');
      const form = entryForm(page, target.kind === 'event' ? 'New event' : 'New observation');
      await correctForm(keys, form, target.kind === 'event' ? eventFields(target.row) : observationFields(target.row));
      await expect(form.getByLabel(target.kind === 'event' ? 'Event' : 'Analyte', { exact: true })).toHaveValue('');
      // Saved, the row's focus goes back to the queue, on the next suggestion.
      corrected += 1;
      await expect(queueList(page)).toBeFocused();
    }
    await expect(page.locator(`[id="${optionId}"]`)).not.toHaveAttribute('data-state', 'new');
  }

  keys.section('typed, not proposed');
  const found = new Set(targetOf.values());
  const leftEvents = targets.filter((t) => t.kind === 'event' && !found.has(t)).map((t) => t.row as TimelineEvent);
  const leftObservations = targets
    .filter((t) => t.kind === 'observation' && !found.has(t))
    .map((t) => t.row as Observation);
  if (leftEvents.length > 0) {
    await keys.press('Alt+T');
    for (const e of inDependencyOrder(leftEvents)) await typeEvent(page, keys, e);
  }
  if (leftObservations.length > 0) {
    await keys.press('Alt+L');
    for (const o of leftObservations) await typeObservation(page, keys, o);
  }
  const count = keys.count('type-seed-case-through-queue');

  const mine = await exportOpenCase(page);
  // The same rows as the seed's, whatever order they were added in.
  const inOrder = (c: ReturnType<typeof comparable>) => ({
    ...c,
    events: [...c.events].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    observations: [...c.observations].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  });
  expect(inOrder(comparable(mine))).toEqual(inOrder(comparable(seed)));
  // Every row came with its words from the report, except those typed because nothing proposed them.
  expect(mine.events.filter((e) => e.evidence?.length).length).toBe(seed.events.length - leftEvents.length);

  await writeKeyCount(count);
  const parts = Object.entries(count.sections).map(([name, n]) => `${name} ${n}`);
  const line =
    `keys to abstract the seed case through the review queue: ${count.keys} (${parts.join(', ')}; ` +
    `${accepted} accepted, ${noted} added with a note, ${corrected} corrected in the form, ${dismissed} dismissed, ` +
    `${leftEvents.length + leftObservations.length} typed) against ${typed!.keys} to type it: ` +
    `${((100 * count.keys) / typed!.keys).toFixed(1)} %`;
  console.log(line);
  testInfo.annotations.push({ type: 'key count', description: line });
  expect(count.keys).toBeLessThanOrEqual(typed!.keys / 2);
}
