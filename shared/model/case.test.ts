import { describe, expect, it } from 'vitest';
import { createSeedCase } from '../seed/seed-case';
import { validateCase, validateEvent, validateObservation } from './validate';

const baseObservation = { id: 'ck-1', analyte: 'CK', date: { date: '2022-08', approximate: true } };
const baseEvent = { id: 'e-1', kind: 'treatment', label: 'Prednisone', start: { date: '2022-05', approximate: false } };

function problemsOf(result: { ok: boolean; problems?: { where: string; message: string }[] }) {
  return result.ok ? [] : (result.problems ?? []);
}

describe('CaseSchema', () => {
  it('accepts the seed case', () => {
    const result = validateCase(createSeedCase());
    expect(problemsOf(result)).toEqual([]);
  });

  it('names the field of a wrong date deep inside a case', () => {
    const bad = createSeedCase();
    bad.events[3]!.start.date = '2022-02-30';
    expect(problemsOf(validateCase(bad))).toEqual([
      { where: 'events[3].start.date', message: 'day 30 does not exist in 2022-02 (01 to 28)' },
    ]);
  });

  it('refuses unknown fields rather than silently dropping them', () => {
    const bad = { ...createSeedCase(), extra: 1 };
    expect(problemsOf(validateCase(bad))[0]?.message).toMatch(/unrecognized key/i);
  });

  it('refuses duplicate event ids', () => {
    const bad = createSeedCase();
    bad.events[1]!.id = bad.events[0]!.id;
    expect(problemsOf(validateCase(bad))).toContainEqual({
      where: 'events[1].id',
      message: `duplicate id "${bad.events[0]!.id}"`,
    });
  });

  it('refuses a wrong schema version and a malformed timestamp', () => {
    const bad = { ...createSeedCase(), schemaVersion: 4, updatedAt: 'yesterday' };
    const wheres = problemsOf(validateCase(bad)).map((p) => p.where);
    expect(wheres).toEqual(expect.arrayContaining(['schemaVersion', 'updatedAt']));
  });
});

describe('who made each row (schema 3)', () => {
  const reconciled = { decision: 'left' as const, by: 'C. R.', at: '2026-12-03T09:00:00.000Z', leftId: 'e-1' };

  it('accepts rows with who made and changed them, when, and what a reconciliation decided', () => {
    const c = createSeedCase();
    c.events[0] = { ...c.events[0]!, createdBy: 'A. B.', changedBy: 'C. D.', reconciled: { ...reconciled } };
    c.abstractors = ['A. B.', 'C. D.'];
    const side = { caseId: 'x', title: 'X', abstractors: ['A. B.'] };
    c.reconciliation = { left: side, right: { ...side, caseId: 'y' }, by: 'C. R.', at: '2026-12-03T09:00:00.000Z' };
    expect(problemsOf(validateCase(c))).toEqual([]);
  });

  it('accepts rows that say nothing of who made them (older files, CSV imports)', () => {
    const result = validateEvent(baseEvent);
    expect(result.ok && result.value).toEqual(baseEvent);
  });

  it('names a time that is not ISO 8601 UTC, an empty name, and a decision it does not know', () => {
    const wheres = problemsOf(
      validateEvent({
        ...baseEvent,
        createdAt: '2026-12-03 09:00',
        changedBy: '  ',
        reconciled: { ...reconciled, decision: 'both' },
      }),
    ).map((p) => p.where);
    expect(wheres).toEqual(expect.arrayContaining(['createdAt', 'changedBy', 'reconciled.decision']));
    expect(problemsOf(validateEvent({ ...baseEvent, changedAt: '2026-12-03T10:00:00+01:00' }))).toHaveLength(1);
  });

  it('refuses an abstractor listed twice', () => {
    const c = { ...createSeedCase(), abstractors: ['A. B.', 'C. D.', 'A. B.'] };
    expect(problemsOf(validateCase(c))).toEqual([
      { where: 'abstractors[2]', message: 'abstractor "A. B." is listed twice' },
    ]);
  });

  it('gives the preloaded rows and case the fixed values, the same on every run', () => {
    const seed = createSeedCase();
    expect(seed.abstractors).toEqual(['Case Abstractor (preloaded)']);
    for (const row of [...seed.diagnoses, ...seed.events, ...seed.observations]) {
      expect(row).toMatchObject({
        createdBy: 'Case Abstractor (preloaded)',
        createdAt: '2026-11-26T00:00:00.000Z',
        changedBy: 'Case Abstractor (preloaded)',
        changedAt: '2026-11-26T00:00:00.000Z',
      });
      expect(row).not.toHaveProperty('reconciled');
    }
  });
});

describe('TimelineEventSchema', () => {
  it('refuses an end before the start', () => {
    const result = validateEvent({ ...baseEvent, end: { date: '2022-04', approximate: false } });
    expect(problemsOf(result)).toEqual([{ where: 'end.date', message: 'end date is before start date' }]);
  });
  it('refuses an unknown kind', () => {
    expect(problemsOf(validateEvent({ ...baseEvent, kind: 'surgery' }))[0]?.where).toBe('kind');
  });
  it('refuses a dose amount without a unit', () => {
    expect(problemsOf(validateEvent({ ...baseEvent, dose: { value: 60 } }))).toEqual([
      { where: 'dose.unit', message: 'a dose needs a unit' },
    ]);
  });
  it('accepts a vaccination with a route and no amount', () => {
    expect(validateEvent({ ...baseEvent, kind: 'vaccination', dose: { route: 'injection' } }).ok).toBe(true);
  });
});

describe('ObservationSchema', () => {
  it.each([
    [{ value: 1620, unit: 'U/L' }],
    [{ comparator: '>', value: 300, decimalPlaces: 1, unit: 'ug/L' }],
    [{ value: 400, valueHigh: 500, unit: 'U/L' }],
    [{ valueText: 'positive' }],
    [{ value: 0, unit: '10*6/L' }],
  ])('accepts %j', (fields) => {
    expect(problemsOf(validateObservation({ ...baseObservation, ...fields }))).toEqual([]);
  });

  it.each([
    [{}, 'value', 'value needs a number or a text result'],
    [{ value: 3, valueText: 'positive', unit: 'U/L' }, 'value', 'value has both a number and a text result'],
    [{ value: 1620 }, 'unit', 'a numeric value needs a unit'],
    [{ value: 500, valueHigh: 400, unit: 'U/L' }, 'valueHigh', 'upper value is below the lower value'],
    [{ comparator: '>', valueText: 'positive' }, 'comparator', 'a comparator needs a numeric value'],
    [{ comparator: '=', value: 1, unit: 'U/L' }, 'comparator', ''],
    [{ value: Number.NaN, unit: 'U/L' }, 'value', ''],
    [{ value: 1, unit: 'U/L', loinc: 'CK' }, 'loinc', 'LOINC code must look like 2157-6'],
    [{ value: 37, unit: '%', referenceRange: { low: 70, high: 50 } }, 'referenceRange.high', 'reference high is below'],
  ])('rejects %j at %s', (fields, where, message) => {
    const problems = problemsOf(validateObservation({ ...baseObservation, ...fields }));
    expect(problems.map((p) => p.where)).toContain(where);
    expect(problems.find((p) => p.where === where)?.message).toContain(message);
  });
});

describe('end dates of other precisions', () => {
  it('accepts an end month that contains the start day, and refuses one wholly before it', () => {
    const event = (end: string) => ({
      ...baseEvent,
      start: { date: '1908-06-01', approximate: false },
      end: { date: end, approximate: true },
    });
    expect(validateEvent(event('1908-06')).ok).toBe(true);
    expect(validateEvent(event('1908')).ok).toBe(true);
    expect(problemsOf(validateEvent(event('1908-05')))).toEqual([
      { where: 'end.date', message: 'end date is before start date' },
    ]);
  });
});
