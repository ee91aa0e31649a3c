import type { Case } from '../model/case';
import { describe, expect, it } from 'vitest';
import { createSeedCase } from '../seed/seed-case';
import { applyEdit } from './case-edits';

const NOW = '2026-12-01T10:00:00.000Z';
const seed = createSeedCase();
const event = (id: string) => seed.events.find((e) => e.id === id)!;

describe('applyEdit', () => {
  it('moves every date linked to an event when the event moves', () => {
    const moved = { ...event('ofatumumab-dose-1'), start: { date: '2022-10-03', approximate: false } };
    const result = applyEdit(seed, { type: 'save-event', event: moved }, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = result.value.value;
    expect(after.events.find((e) => e.id === 'outcome-2-weeks')?.start).toMatchObject({
      date: '2022-10-17',
      approximate: true,
    });
    expect(after.events.find((e) => e.id === 'outcome-6-months')?.start.date).toBe('2023-04');
    expect(after.observations.find((o) => o.id === 'lvef-6-months')?.date.date).toBe('2023-04');
    expect(after.updatedAt).toBe(NOW);
  });

  it('re-derives a course end from its duration when the start moves', () => {
    const step = { ...event('methylprednisolone-500mg'), start: { date: '2022-08-23', approximate: true } };
    const result = applyEdit(seed, { type: 'save-event', event: step }, NOW);
    expect(result.ok && result.value.value.events.find((e) => e.id === step.id)?.end?.date).toBe('2022-08-25');
  });

  it('refuses a cycle of relative dates and says which events form it', () => {
    const dose1 = {
      ...event('ofatumumab-dose-1'),
      start: {
        date: '2022-10-03',
        approximate: true,
        relativeTo: { eventId: 'outcome-2-weeks', amount: 2, unit: 'weeks' as const, direction: 'before' as const },
      },
    };
    const result = applyEdit(seed, { type: 'save-event', event: dose1 }, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]?.message).toMatch(
        /relative dates go round in a circle: .*Ofatumumab dose 1.*Able to eat/,
      );
  });

  it('keeps dependents as fixed dates when their anchor is deleted, and says so', () => {
    const result = applyEdit(seed, { type: 'delete-event', eventId: 'ofatumumab-dose-1' }, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const outcome = result.value.value.events.find((e) => e.id === 'outcome-2-weeks');
    expect(outcome?.start).toEqual({ date: '2022-09-19', approximate: true });
    expect(result.value.note).toMatch(/dates relative to it kept as fixed dates/);
  });

  it('refuses an invalid row and names its field', () => {
    const bad = { ...event('prednisone-2022'), end: { date: '2021', approximate: false } };
    const result = applyEdit(seed, { type: 'save-event', event: bad }, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual({
        where: expect.stringMatching(/^events\[\d+\]\.end\.date$/) as unknown as string,
        message: 'end date is before start date',
      });
  });

  it('adds, replaces and deletes observations by id', () => {
    const added = applyEdit(
      seed,
      {
        type: 'save-observation',
        observation: {
          id: 'crp-1',
          analyte: 'CRP',
          date: { date: '2022-08', approximate: true },
          value: 12,
          unit: 'mg/L',
        },
      },
      NOW,
    );
    expect(added.ok && added.value.value.observations.length).toBe(seed.observations.length + 1);
    const removed = applyEdit(seed, { type: 'delete-observation', observationId: 'ck-admission' }, NOW);
    expect(removed.ok && removed.value.value.observations.some((o) => o.id === 'ck-admission')).toBe(false);
  });
});

describe('applyEdit: several rows as one change', () => {
  const empty: Case = { ...seed, events: [], observations: [] };
  it('adds events and observations together, an observation dated relative to an event of the same change', () => {
    const dose = {
      id: 'dose',
      kind: 'treatment' as const,
      label: 'Rituximab',
      start: { date: '2021-03-01', approximate: false },
    };
    const lab = {
      id: 'lab',
      analyte: 'CK',
      value: 300,
      unit: 'U/L',
      date: {
        date: '2000',
        approximate: false,
        relativeTo: { eventId: 'dose', amount: 2, unit: 'weeks' as const, direction: 'after' as const },
      },
    };
    const result = applyEdit(empty, { type: 'save-rows', events: [dose], observations: [lab] }, NOW);
    expect(result.ok && result.value.value.events.map((e) => e.id)).toEqual(['dose']);
    expect(result.ok && result.value.value.observations[0]?.date.date).toBe('2021-03-15');
  });

  it('stores none of them when one is invalid', () => {
    const bad = { id: 'bad', analyte: 'CK', value: 300, date: { date: '2021', approximate: false } };
    const result = applyEdit(empty, { type: 'save-rows', events: [], observations: [bad] }, NOW);
    expect(result.ok).toBe(false);
  });
});

describe('applyEdit and evidence', () => {
  const FP = '7'.repeat(64);
  const anchor = { source: FP, start: 3, end: 9 };
  // The seed's own evidence is left out, so each test says what it cites.
  const cited: Case = {
    ...seed,
    sources: [{ fingerprint: FP, name: 'report.txt', kind: 'text' as const, normaliserVersion: 1 }],
    diagnoses: seed.diagnoses.map(({ evidence: _evidence, ...d }, i) => (i === 0 ? { ...d, evidence: [anchor] } : d)),
    events: seed.events.map(({ evidence: _evidence, ...e }) =>
      e.id === 'ofatumumab-dose-1' ? { ...e, evidence: [anchor] } : e,
    ),
    observations: seed.observations.map(({ evidence: _evidence, ...o }, i) =>
      i === 0 ? { ...o, evidence: [anchor] } : o,
    ),
  };
  const saved = (result: ReturnType<typeof applyEdit>) => {
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
    return result.value.value;
  };

  it('keeps a row’s evidence when a form saves the row without it', () => {
    const { evidence: _e, ...typed } = cited.events.find((e) => e.id === 'ofatumumab-dose-1')!;
    const after = saved(applyEdit(cited, { type: 'save-event', event: { ...typed, label: 'Ofatumumab' } }, NOW));
    expect(after.events.find((e) => e.id === typed.id)).toMatchObject({ label: 'Ofatumumab', evidence: [anchor] });

    const { evidence: _o, ...lab } = cited.observations[0]!;
    const labAfter = saved(applyEdit(cited, { type: 'save-observation', observation: lab }, NOW));
    expect(labAfter.observations.find((o) => o.id === lab.id)?.evidence).toEqual([anchor]);

    const details = { title: cited.title, citation: cited.citation, patient: cited.patient };
    const diagnoses = cited.diagnoses.map(({ evidence: _d, ...d }) => d);
    const detailsAfter = saved(applyEdit(cited, { type: 'save-details', details: { ...details, diagnoses } }, NOW));
    expect(detailsAfter.diagnoses[0]?.evidence).toEqual([anchor]);
  });

  it('takes the evidence away when the row is saved with an empty list, and stores no empty list', () => {
    const event = { ...cited.events.find((e) => e.id === 'ofatumumab-dose-1')!, evidence: [] };
    const after = saved(applyEdit(cited, { type: 'save-event', event }, NOW));
    expect(after.events.find((e) => e.id === event.id)).not.toHaveProperty('evidence');
  });

  it('lists a source once, replacing the entry of the same fingerprint', () => {
    const renamed = { ...cited.sources![0]!, name: 'report.pdf', kind: 'pdf' as const };
    const after = saved(applyEdit(cited, { type: 'add-source', source: renamed }, NOW));
    expect(after.sources).toEqual([renamed]);
    const other = { ...renamed, fingerprint: '8'.repeat(64) };
    expect(saved(applyEdit(after, { type: 'add-source', source: other }, NOW)).sources).toEqual([renamed, other]);
  });
});
