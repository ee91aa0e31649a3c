// The whole preloaded case, typed into a new case through the forms with the keyboard only: its
// JSON export must equal the seed's, IDs, timestamps and evidence aside (typing attaches no source).
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { canonicalCase } from '../shared/codecs/json/case-file';
import { dateInputText } from '../shared/editing/date-input';
import type { PartialDate } from '../shared/dates/partial-date';
import type { Case, Observation, TimelineEvent } from '../shared/model/case';
import { formatObservationValue } from '../shared/model/observation-value';
import { createSeedCase } from '../shared/seed/seed-case';

const seed = canonicalCase(createSeedCase());
test.setTimeout(240_000);

/** Types into the focused field, replacing what is there (Ctrl+A first), then moves on with Tab. */
async function fill(page: Page, text: string) {
  await page.keyboard.press('Control+a');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.insertText(text);
  await page.keyboard.press('Tab');
}

async function tick(page: Page, checked: boolean, wanted: boolean) {
  if (checked !== wanted) await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
}

/** Events an event's dates hang on must exist first: type them in dependency order. */
function inDependencyOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const done = new Set<string>();
  const out: TimelineEvent[] = [];
  const visit = (e: TimelineEvent) => {
    if (done.has(e.id)) return;
    done.add(e.id);
    for (const link of [e.start.relativeTo, e.end?.relativeTo]) {
      const anchor = link && events.find((a) => a.id === link.eventId);
      if (anchor) visit(anchor);
    }
    out.push(e);
  };
  events.forEach(visit);
  return out;
}

async function typeEvent(page: Page, e: TimelineEvent) {
  const form = page.getByRole('form', { name: 'New event' });
  await expect(form.getByLabel('Kind')).toBeFocused();
  await form.getByLabel('Kind').press(e.kind[0]!); // type-ahead on the select
  await page.keyboard.type(e.kind.slice(1));
  await expect(form.getByLabel('Kind')).toHaveValue(e.kind);
  await page.keyboard.press('Tab');
  await fill(page, e.label);
  await fill(page, dateInputText(e.start, seed.events));
  await tick(page, await form.getByLabel('Start approximate').isChecked(), !e.start.relativeTo && e.start.approximate);
  const endTyped = e.duration ? undefined : e.end;
  await fill(page, dateInputText(endTyped, seed.events));
  await tick(
    page,
    await form.getByLabel('End approximate').isChecked(),
    !!endTyped && !endTyped.relativeTo && endTyped.approximate,
  );
  await fill(
    page,
    e.duration ? (e.duration.unit === 'doses' ? `×${e.duration.value}` : `${e.duration.value} ${e.duration.unit}`) : '',
  );
  await fill(page, e.dose?.value === undefined ? '' : String(e.dose.value));
  await fill(page, e.dose?.unit ?? '');
  await fill(page, e.dose?.route ?? '');
  await fill(page, e.dose?.frequency ?? '');
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(e.notes ?? '');
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Event', { exact: true })).toHaveValue('');
}

async function typeObservation(page: Page, o: Observation) {
  const form = page.getByRole('form', { name: 'New observation' });
  await expect(form.getByLabel('Analyte')).toBeFocused();
  await fill(page, o.analyte);
  await fill(page, dateInputText(o.date, seed.events));
  await tick(page, await form.getByLabel('Date approximate').isChecked(), !o.date.relativeTo && o.date.approximate);
  await fill(page, formatObservationValue(o));
  await fill(page, o.unit ?? '');
  await tick(page, await form.getByLabel('Unit is free text').isChecked(), o.unitIsFreeText ?? false);
  await fill(page, o.referenceRange?.low === undefined ? '' : String(o.referenceRange.low));
  await fill(page, o.referenceRange?.high === undefined ? '' : String(o.referenceRange.high));
  await fill(page, o.loinc ?? '');
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(o.notes ?? '');
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Analyte')).toHaveValue('');
}

async function typeDetails(page: Page) {
  const form = page.getByRole('form', { name: 'New case' });
  await expect(form.getByLabel('Case title')).toBeFocused();
  const c = seed.citation;
  for (const text of [
    seed.title,
    c.authors?.join('; ') ?? '',
    c.journal ?? '',
    c.year === undefined ? '' : String(c.year),
    c.title ?? '',
    c.volume ?? '',
    c.issue ?? '',
    c.pages ?? '',
    c.doi ?? '',
    c.notes ?? '',
    String(seed.patient.ageAtPresentation?.value ?? ''),
  ]) {
    await fill(page, text);
  }
  await page.keyboard.type(seed.patient.ageAtPresentation?.unit ?? 'years');
  await page.keyboard.press('Tab');
  await page.keyboard.type(seed.patient.sex);
  await page.keyboard.press('Tab');
  // Focus is on "Add diagnosis": Enter adds a row; its fields come before the button.
  for (const [index, d] of seed.diagnoses.entries()) {
    await expect(form.getByRole('button', { name: 'Add diagnosis' })).toBeFocused();
    await page.keyboard.press('Enter');
    await form.getByLabel(`Diagnosis ${index + 1}`, { exact: true }).focus();
    await fill(page, d.label);
    await fill(page, d.criteria.join('; '));
    await fill(page, d.date?.date ?? '');
    await tick(page, false, d.date?.approximate ?? false);
    await fill(page, d.notes ?? '');
    await page.keyboard.press('Tab'); // past "Remove diagnosis N"
  }
  await page.keyboard.press('Tab'); // from "Add diagnosis" to "Create case"
  await expect(form.getByRole('button', { name: /Create case/ })).toBeFocused();
  await page.keyboard.press('Enter');
}

/**
 * IDs, timestamps and evidence aside: ids become the names they stand for. Evidence and sources
 * come from a source pane, not the forms, so the typed case has none; everything else must match.
 */
function comparable(c: Case) {
  const eventName = new Map(c.events.map((e) => [e.id, e.label]));
  const unlink = (d: PartialDate | undefined) =>
    d && (d.relativeTo ? { ...d, relativeTo: { ...d.relativeTo, eventId: eventName.get(d.relativeTo.eventId) } } : d);
  return {
    title: c.title,
    citation: c.citation,
    patient: c.patient,
    diagnoses: c.diagnoses.map(({ id: _id, evidence: _evidence, ...d }) => d),
    events: c.events.map(({ id: _id, evidence: _evidence, ...e }) => ({
      ...e,
      start: unlink(e.start),
      ...(e.end ? { end: unlink(e.end) } : {}),
    })),
    observations: c.observations.map(({ id: _id, evidence: _evidence, ...o }) => ({ ...o, date: unlink(o.date) })),
  };
}

test('the whole preloaded case, typed with the keyboard, exports as the seed does', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await page.getByRole('button', { name: 'New case' }).focus();
  await page.keyboard.press('Enter');
  await typeDetails(page);
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button')).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page.getByRole('grid', { name: 'Timeline events' }).locator('tbody tr')).toHaveCount(0);

  await page.getByRole('form', { name: 'New event' }).getByLabel('Kind').focus();
  for (const e of inDependencyOrder(seed.events)) await typeEvent(page, e);
  await page.getByRole('form', { name: 'New observation' }).getByLabel('Analyte').focus();
  for (const o of seed.observations) await typeObservation(page, o);

  await page.getByRole('button', { name: 'Export case as JSON' }).focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const exported = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { cases: Case[] };
  expect(comparable(exported.cases[0]!)).toEqual(comparable(seed));
});
