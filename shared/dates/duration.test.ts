import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Duration } from '../model/case';
import { createSeedCase } from '../seed/seed-case';
import { deriveEndDate, parseDuration } from './duration';
import { parsePartialDate, precisionOf, type PartialDate } from './partial-date';

const exact = (date: string): PartialDate => ({ date, approximate: false });
const approx = (date: string): PartialDate => ({ date, approximate: true });

describe('parseDuration', () => {
  it.each<[string, Duration]>([
    // The seed report: "3 days" per steroid step, "10 days" of tacrolimus, IVIG "five times".
    ['3 days', { value: 3, unit: 'days' }],
    ['10 days', { value: 10, unit: 'days' }],
    ['five times', { value: 5, unit: 'doses' }],
    ['×5', { value: 5, unit: 'doses' }],
    ['3 d', { value: 3, unit: 'days' }],
    ['3d', { value: 3, unit: 'days' }],
    ['3-day', { value: 3, unit: 'days' }],
    ['1 day', { value: 1, unit: 'days' }],
    ['1 week', { value: 1, unit: 'weeks' }],
    ['2 wk', { value: 2, unit: 'weeks' }],
    ['a week', { value: 1, unit: 'weeks' }],
    ['6 months', { value: 6, unit: 'months' }],
    ['6 mo', { value: 6, unit: 'months' }],
    ['1 year', { value: 1, unit: 'years' }],
    ['1.5 years', { value: 1.5, unit: 'years' }],
    ['for 2 Weeks', { value: 2, unit: 'weeks' }],
    ['x5', { value: 5, unit: 'doses' }],
    ['X 5', { value: 5, unit: 'doses' }],
    ['5x', { value: 5, unit: 'doses' }],
    ['5 times', { value: 5, unit: 'doses' }],
    ['5 doses', { value: 5, unit: 'doses' }],
    ['1 dose', { value: 1, unit: 'doses' }],
    ['3 infusions', { value: 3, unit: 'doses' }],
    ['twice', { value: 2, unit: 'doses' }],
  ])('reads %j as %j', (text, duration) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: duration });
  });

  it.each<[string, string]>([
    ['', 'duration is empty'],
    ['0 days', 'greater than 0'],
    ['×0', 'greater than 0'],
    ['2.5 doses', 'a number of doses is a whole number'],
    ['x2.5', 'a number of doses is a whole number'],
    ['1,5 days', 'use . for decimals'],
    ['3', 'needs a unit'],
    ['3 fortnights', '“fortnights” is not a duration unit'],
    ['3 m', '“m” could be minutes or months'],
    ['until discharge', 'is not a duration'],
    ['99999 days', 'too long a course'],
  ])('rejects %j: %s', (text, message) => {
    expect(parseDuration(text)).toEqual({
      ok: false,
      problems: [{ where: 'duration', message: expect.stringContaining(message) }],
    });
  });

  it('reads back the text the event form shows for a stored duration', () => {
    // event-fields shows doses as "×N" and others as "N unit(s)".
    for (const d of [
      { value: 5, unit: 'doses' },
      { value: 1, unit: 'days' },
      { value: 1.5, unit: 'weeks' },
      { value: 12, unit: 'months' },
    ] as Duration[]) {
      const text = d.unit === 'doses' ? `×${d.value}` : `${d.value} ${d.value === 1 ? d.unit.slice(0, -1) : d.unit}`;
      expect(parseDuration(text)).toEqual({ ok: true, value: d });
    }
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string()), (text) => {
        const result = parseDuration(text);
        if (result.ok) expect(result.value.value).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('deriveEndDate', () => {
  const d = (value: number, unit: Duration['unit']): Duration => ({ value, unit });

  it.each<[PartialDate, Duration, PartialDate]>([
    // The seed's steroid pulse steps and tacrolimus course, counted from admission.
    [approx('2022-08-22'), d(3, 'days'), approx('2022-08-24')],
    [approx('2022-08-25'), d(3, 'days'), approx('2022-08-27')],
    [approx('2022-08-31'), d(3, 'days'), approx('2022-09-02')],
    [approx('2022-08-22'), d(10, 'days'), approx('2022-08-31')],
    // Days count the start day; a week is seven of them.
    [exact('2022-08-22'), d(1, 'days'), exact('2022-08-22')],
    [exact('2022-08-22'), d(1, 'weeks'), exact('2022-08-28')],
    [exact('2022-12-30'), d(2, 'weeks'), exact('2023-01-12')],
    // Months and years give at most month and year precision.
    [exact('2022-08-22'), d(6, 'months'), exact('2023-02')],
    [exact('2022-08-01'), d(6, 'months'), exact('2023-01')],
    [exact('2022-01-31'), d(1, 'months'), exact('2022-02')],
    [exact('2022-08-22'), d(1, 'years'), exact('2023')],
    [exact('2022-01-01'), d(1, 'years'), exact('2022')],
    // A coarse start keeps its precision and makes the end approximate.
    [exact('2022-08'), d(3, 'days'), approx('2022-08')],
    [exact('2022-08'), d(3, 'weeks'), approx('2022-09')],
    [exact('2017'), d(2, 'years'), approx('2019')],
  ])('ends a course from %j lasting %j on %j', (start, duration, end) => {
    expect(deriveEndDate(start, duration)).toEqual(end);
  });

  it('leaves the end of a dose count unknown without a frequency (the seed’s IVIG ×5)', () => {
    expect(deriveEndDate(approx('2022-08-22'), d(5, 'doses'))).toBeUndefined();
    expect(deriveEndDate(approx('2022-08-22'), d(5, 'doses'), 'as needed')).toBeUndefined();
  });

  it.each<[string, Duration, PartialDate]>([
    ['daily', d(5, 'doses'), exact('2022-08-26')],
    ['Once daily', d(5, 'doses'), exact('2022-08-26')],
    ['twice daily', d(5, 'doses'), exact('2022-08-24')],
    ['three times daily', d(6, 'doses'), exact('2022-08-23')],
    ['every other day', d(3, 'doses'), exact('2022-08-26')],
    ['weekly', d(4, 'doses'), exact('2022-09-12')],
    ['every 2 weeks', d(3, 'doses'), exact('2022-09-19')],
    ['monthly', d(3, 'doses'), exact('2022-10')],
  ])('ends doses given %s: %j from 2022-08-22 on %j', (frequency, duration, end) => {
    expect(deriveEndDate(exact('2022-08-22'), duration, frequency)).toEqual(end);
  });

  it('ends a single dose on its start, whatever the frequency', () => {
    expect(deriveEndDate(exact('2022-09-05'), d(1, 'doses'))).toEqual(exact('2022-09-05'));
  });

  it.each<[PartialDate, Duration]>([
    [exact('2022-08-22'), d(1.5, 'days')],
    [exact('2022-08-22'), d(1.5, 'weeks')],
    [exact('2022-08-22'), d(1.5, 'months')],
    [exact('2022-02-30'), d(3, 'days')],
    [exact('9999-12-30'), d(3, 'days')],
    [exact('2022-08-22'), d(0, 'days')],
  ])('gives no end for %j lasting %j', (start, duration) => {
    expect(deriveEndDate(start, duration)).toBeUndefined();
  });

  it('counts 1.5 years as 18 months, at year precision', () => {
    expect(deriveEndDate(exact('2022-08-22'), d(1.5, 'years'))).toEqual(exact('2024'));
  });

  it('agrees with every seed event that has both a duration and an end', () => {
    const events = createSeedCase().events.filter((e) => e.duration && e.end);
    expect(events.length).toBeGreaterThanOrEqual(5);
    for (const e of events) {
      if (!e.duration) continue;
      expect(deriveEndDate(e.start, e.duration, e.dose?.frequency), e.id).toEqual(e.end);
    }
  });

  it('never ends before it starts, and never more precisely than the start', () => {
    const start = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .chain((date) =>
        fc.constantFrom(4, 7, 10).map((length) => ({ date: date.toISOString().slice(0, length), approximate: false })),
      );
    const duration = fc.record({
      value: fc.integer({ min: 1, max: 500 }),
      unit: fc.constantFrom<Duration['unit']>('days', 'weeks', 'months', 'years', 'doses'),
    });
    fc.assert(
      fc.property(start, duration, fc.constantFrom(undefined, 'daily', 'weekly', 'monthly'), (s, dur, frequency) => {
        const end = deriveEndDate(s, dur, frequency);
        if (end === undefined) return;
        expect(parsePartialDate(end.date).ok).toBe(true);
        expect(end.date.length).toBeLessThanOrEqual(s.date.length);
        expect(end.date >= s.date.slice(0, end.date.length)).toBe(true);
        // One dose ends on its start, exactly as precise as the start; longer courses counted from a month or year are approximate.
        const singleDose = dur.unit === 'doses' && dur.value === 1;
        if (precisionOf(s.date) !== 'day' && !singleDose) expect(end.approximate).toBe(true);
      }),
    );
  });
});
