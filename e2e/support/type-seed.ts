// Typing the preloaded case through the forms, key by counted key: shared by the spec that types all
// of it and the one that abstracts it through the review queue, so both count keys the same way.
import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { canonicalCase } from '../../shared/codecs/json/case-file';
import { dateInputText } from '../../shared/editing/date-input';
import type { PartialDate } from '../../shared/dates/partial-date';
import { withoutProvenance, type Case, type Observation, type TimelineEvent } from '../../shared/model/case';
import { formatObservationValue } from '../../shared/model/observation-value';
import { createSeedCase } from '../../shared/seed/seed-case';
import type { CountedKeyboard } from './key-count';

export const seed = canonicalCase(createSeedCase());

/** Types into the focused field, replacing what is there (Ctrl+A first), then moves on with Tab. */
export async function fill(keys: CountedKeyboard, text: string) {
  await keys.press('Control+a');
  if (text === '') await keys.press('Delete');
  else await keys.insertText(text);
  await keys.press('Tab');
}

export async function tick(keys: CountedKeyboard, checked: boolean, wanted: boolean) {
  if (checked !== wanted) await keys.press('Space');
  await keys.press('Tab');
}

/** Events an event's dates hang on must exist first: type them in dependency order. */
export function inDependencyOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
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

/**
 * A form by its name as an attribute: read several times a row, and a role query scans the whole
 * window each time (the specs of the forms themselves find them by role).
 */
export const entryForm = (page: Page, name: 'New event' | 'New observation') =>
  page.locator(`form.entry-form[aria-label="${name}"]`);

export async function typeEvent(page: Page, keys: CountedKeyboard, e: TimelineEvent) {
  const form = entryForm(page, 'New event');
  await expect(form.getByLabel('Kind')).toBeFocused();
  await keys.pressIn(form.getByLabel('Kind'), e.kind[0]!); // type-ahead on the select
  await keys.type(e.kind.slice(1));
  await expect(form.getByLabel('Kind')).toHaveValue(e.kind);
  await keys.press('Tab');
  await fill(keys, e.label);
  await fill(keys, dateInputText(e.start, seed.events));
  await tick(keys, await form.getByLabel('Start approximate').isChecked(), !e.start.relativeTo && e.start.approximate);
  const endTyped = e.duration ? undefined : e.end;
  await fill(keys, dateInputText(endTyped, seed.events));
  await tick(
    keys,
    await form.getByLabel('End approximate').isChecked(),
    !!endTyped && !endTyped.relativeTo && endTyped.approximate,
  );
  await fill(
    keys,
    e.duration ? (e.duration.unit === 'doses' ? `×${e.duration.value}` : `${e.duration.value} ${e.duration.unit}`) : '',
  );
  await fill(keys, e.dose?.value === undefined ? '' : String(e.dose.value));
  await fill(keys, e.dose?.unit ?? '');
  await fill(keys, e.dose?.route ?? '');
  await fill(keys, e.dose?.frequency ?? '');
  await keys.press('Control+a');
  await keys.insertText(e.notes ?? '');
  await keys.press('Enter');
  await expect(form.getByLabel('Event', { exact: true })).toHaveValue('');
}

export async function typeObservation(page: Page, keys: CountedKeyboard, o: Observation) {
  const form = entryForm(page, 'New observation');
  await expect(form.getByLabel('Analyte')).toBeFocused();
  await fill(keys, o.analyte);
  await fill(keys, dateInputText(o.date, seed.events));
  await tick(keys, await form.getByLabel('Date approximate').isChecked(), !o.date.relativeTo && o.date.approximate);
  await fill(keys, formatObservationValue(o));
  await fill(keys, o.unit ?? '');
  await tick(keys, await form.getByLabel('Unit is free text').isChecked(), o.unitIsFreeText ?? false);
  await fill(keys, o.referenceRange?.low === undefined ? '' : String(o.referenceRange.low));
  await fill(keys, o.referenceRange?.high === undefined ? '' : String(o.referenceRange.high));
  await fill(keys, o.loinc ?? '');
  await keys.press('Control+a');
  await keys.insertText(o.notes ?? '');
  await keys.press('Enter');
  await expect(form.getByLabel('Analyte')).toHaveValue('');
}

export async function typeDetails(page: Page, keys: CountedKeyboard) {
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
    await fill(keys, text);
  }
  await keys.type(seed.patient.ageAtPresentation?.unit ?? 'years');
  await keys.press('Tab');
  await keys.type(seed.patient.sex);
  await keys.press('Tab');
  // Focus is on "Add diagnosis": Enter adds a row; its fields come before the button.
  for (const [index, d] of seed.diagnoses.entries()) {
    await expect(form.getByRole('button', { name: 'Add diagnosis' })).toBeFocused();
    await keys.press('Enter');
    await keys.focus(form.getByLabel(`Diagnosis ${index + 1}`, { exact: true }));
    await fill(keys, d.label);
    await fill(keys, d.criteria.join('; '));
    await fill(keys, d.date?.date ?? '');
    await tick(keys, false, d.date?.approximate ?? false);
    await fill(keys, d.notes ?? '');
    await keys.press('Tab'); // past "Remove diagnosis N"
  }
  await keys.press('Tab'); // from "Add diagnosis" to "Create case"
  await expect(form.getByRole('button', { name: /Create case/ })).toBeFocused();
  await keys.press('Enter');
}

/**
 * IDs, timestamps, evidence and who made each row aside: ids become the names they stand for.
 * Evidence and sources come from a source pane, not the forms, so the typed case has none; the
 * typed rows are signed by whoever typed them, not as preloaded; everything else must match.
 */
export function comparable(c: Case) {
  const eventName = new Map(c.events.map((e) => [e.id, e.label]));
  const unlink = (d: PartialDate | undefined) =>
    d && (d.relativeTo ? { ...d, relativeTo: { ...d.relativeTo, eventId: eventName.get(d.relativeTo.eventId) } } : d);
  return {
    title: c.title,
    citation: c.citation,
    patient: c.patient,
    diagnoses: c.diagnoses.map(withoutProvenance).map(({ id: _id, evidence: _evidence, ...d }) => d),
    events: c.events.map(withoutProvenance).map(({ id: _id, evidence: _evidence, ...e }) => ({
      ...e,
      start: unlink(e.start),
      ...(e.end ? { end: unlink(e.end) } : {}),
    })),
    observations: c.observations
      .map(withoutProvenance)
      .map(({ id: _id, evidence: _evidence, ...o }) => ({ ...o, date: unlink(o.date) })),
  };
}

/** From the app's start to a new case made of the seed's details, typed and counted as "case details". */
export async function typeNewSeedCase(page: Page, keys: CountedKeyboard) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  keys.section('case details');
  await keys.focus(page.getByRole('button', { name: 'New case' }));
  await keys.press('Enter');
  await typeDetails(page, keys);
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('button')).toHaveCount(2);
}

/** The open case as "Export case as JSON" writes it (not counted: it only checks what was made). */
export async function exportOpenCase(page: Page): Promise<Case> {
  await page.getByRole('button', { name: 'Export case as JSON' }).focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const exported = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { cases: Case[] };
  return exported.cases[0]!;
}
