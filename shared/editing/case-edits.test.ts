import { withoutProvenance, type Case } from '../model/case';
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

describe('applyEdit: who made each row and when', () => {
  const LATER = '2026-12-02T08:30:00.000Z';
  const preloaded = {
    createdBy: 'Case Abstractor (preloaded)',
    createdAt: '2026-11-26T00:00:00.000Z',
    changedBy: 'Case Abstractor (preloaded)',
    changedAt: '2026-11-26T00:00:00.000Z',
  };
  const saved = (result: ReturnType<typeof applyEdit>): Case => {
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('; '));
    return result.value.value;
  };
  const lab = {
    id: 'crp-new',
    analyte: 'C-reactive protein',
    date: { date: '2022-09', approximate: false },
    value: 12,
    unit: 'mg/L',
  };

  it('stamps a new row as created and changed now by the abstractor, and lists the abstractor on the case', () => {
    const after = saved(applyEdit(seed, { type: 'save-observation', observation: lab }, NOW, 'A. B.'));
    expect(after.observations.find((o) => o.id === lab.id)).toEqual({
      ...lab,
      createdBy: 'A. B.',
      createdAt: NOW,
      changedBy: 'A. B.',
      changedAt: NOW,
    });
    expect(after.abstractors).toEqual(['Case Abstractor (preloaded)', 'A. B.']);
  });

  it('keeps who created a changed row and stamps who changed it; untouched rows keep their stamps', () => {
    const typed = withoutProvenance(seed.events.find((e) => e.id === 'prednisone-2022')!);
    const after = saved(applyEdit(seed, { type: 'save-event', event: { ...typed, notes: 'Re-read.' } }, NOW, 'A. B.'));
    expect(after.events.find((e) => e.id === typed.id)).toMatchObject({
      ...preloaded,
      changedBy: 'A. B.',
      changedAt: NOW,
      notes: 'Re-read.',
    });
    const untouched = after.events.filter((e) => e.id !== typed.id);
    expect(untouched).toEqual(seed.events.filter((e) => e.id !== typed.id));
    expect(after.observations).toEqual(seed.observations);
    expect(after.diagnoses).toEqual(seed.diagnoses);
  });

  it('sees a row saved as it was, from its own fields, as unchanged', () => {
    const typed = withoutProvenance(seed.observations[0]!);
    const after = saved(applyEdit(seed, { type: 'save-observation', observation: typed }, NOW, 'A. B.'));
    expect(after.observations).toEqual(seed.observations);
  });

  it('stamps the rows another row’s edit moves: dates hanging on a moved anchor', () => {
    const moved = {
      ...withoutProvenance(event('ofatumumab-dose-1')),
      start: { date: '2022-10-03', approximate: false },
    };
    const after = saved(applyEdit(seed, { type: 'save-event', event: moved }, NOW, 'A. B.'));
    expect(after.events.find((e) => e.id === 'outcome-2-weeks')).toMatchObject({
      ...preloaded,
      changedBy: 'A. B.',
      changedAt: NOW,
    });
    expect(after.observations.find((o) => o.id === 'lvef-6-months')).toMatchObject({
      changedBy: 'A. B.',
      changedAt: NOW,
    });
  });

  it('stamps a changed diagnosis from the details form, which knows nothing of stamps', () => {
    const { title, citation, patient } = seed;
    const diagnoses = seed.diagnoses.map((d, i) =>
      i === 0 ? { ...withoutProvenance(d), notes: 'Edited.' } : withoutProvenance(d),
    );
    const after = saved(
      applyEdit(seed, { type: 'save-details', details: { title, citation, patient, diagnoses } }, NOW, 'A. B.'),
    );
    expect(after.diagnoses[0]).toMatchObject({ ...preloaded, changedBy: 'A. B.', changedAt: NOW, notes: 'Edited.' });
    expect(after.diagnoses.slice(1)).toEqual(seed.diagnoses.slice(1));
  });

  it('saves an edit made before a name is given, with its time and no name, and lists nobody', () => {
    const after = saved(applyEdit(seed, { type: 'save-observation', observation: lab }, NOW));
    expect(after.observations.find((o) => o.id === lab.id)).toEqual({ ...lab, createdAt: NOW, changedAt: NOW });
    expect(after.abstractors).toEqual(seed.abstractors);

    const typed = withoutProvenance(seed.events[0]!);
    const changed = saved(applyEdit(seed, { type: 'save-event', event: { ...typed, notes: 'x' } }, NOW));
    // The previous changer did not make this change: their name goes, the creator's stays.
    const row = changed.events.find((e) => e.id === typed.id)!;
    expect(row).toMatchObject({ createdBy: preloaded.createdBy, createdAt: preloaded.createdAt, changedAt: NOW });
    expect(row).not.toHaveProperty('changedBy');
  });

  it('invents no creator for a row that had none (an older file, a CSV import)', () => {
    const old = { ...seed, events: seed.events.map(withoutProvenance) };
    const typed = old.events[0]!;
    const after = saved(applyEdit(old, { type: 'save-event', event: { ...typed, notes: 'x' } }, NOW, 'A. B.'));
    const row = after.events.find((e) => e.id === typed.id)!;
    expect(row).toMatchObject({ changedBy: 'A. B.', changedAt: NOW });
    expect(row).not.toHaveProperty('createdBy');
    expect(row).not.toHaveProperty('createdAt');
  });

  it('lists each abstractor once, in the order of their first edit', () => {
    let c = saved(applyEdit(seed, { type: 'save-observation', observation: lab }, NOW, 'A. B.'));
    c = saved(applyEdit(c, { type: 'save-observation', observation: { ...lab, id: 'crp-2' } }, LATER, 'C. D.'));
    c = saved(applyEdit(c, { type: 'delete-observation', observationId: 'crp-2' }, LATER, 'A. B.'));
    expect(c.abstractors).toEqual(['Case Abstractor (preloaded)', 'A. B.', 'C. D.']);
    expect(c.observations.find((o) => o.id === lab.id)).toMatchObject({ createdBy: 'A. B.', changedBy: 'A. B.' });
  });

  it('keeps what a reconciliation decided on a row changed later', () => {
    const reconciled = { decision: 'left' as const, by: 'R. C.', at: NOW, leftId: 'x' };
    const c = { ...seed, events: seed.events.map((e, i) => (i === 0 ? { ...e, reconciled } : e)) };
    const typed = withoutProvenance(c.events[0]!);
    const after = saved(applyEdit(c, { type: 'save-event', event: { ...typed, notes: 'x' } }, LATER, 'A. B.'));
    expect(after.events.find((e) => e.id === typed.id)).toMatchObject({
      reconciled,
      changedBy: 'A. B.',
      changedAt: LATER,
    });
  });

  it('refuses a name that is not one, naming the abstractor, and changes nothing', () => {
    const result = applyEdit(seed, { type: 'save-observation', observation: lab }, NOW, '   ');
    expect(result).toEqual({ ok: false, problems: [{ where: 'abstractor', message: 'name is empty' }] });
  });
});
