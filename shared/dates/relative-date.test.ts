import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePartialDate, precisionOf, type DatePrecision, type PartialDate } from './partial-date';
import {
  describeRelativeDate,
  movePartialDate,
  parseRelativeDate,
  resolveRelativeDate,
  type OffsetUnit,
  type RelativeOffset,
} from './relative-date';

const exact = (date: string): PartialDate => ({ date, approximate: false });
const approx = (date: string): PartialDate => ({ date, approximate: true });

describe('parseRelativeDate', () => {
  it.each<[string, number, OffsetUnit, 'after' | 'before', string]>([
    // The seed report's offsets, all counted from the first ofatumumab dose.
    ['2 weeks after Ofatumumab dose 1', 2, 'weeks', 'after', 'Ofatumumab dose 1'],
    ['2 months after Ofatumumab dose 1', 2, 'months', 'after', 'Ofatumumab dose 1'],
    ['6 months after Ofatumumab dose 1', 6, 'months', 'after', 'Ofatumumab dose 1'],
    ['5 years before Hospital admission', 5, 'years', 'before', 'Hospital admission'],
    ['10 days after Hospital admission', 10, 'days', 'after', 'Hospital admission'],
    ['3 d after admission', 3, 'days', 'after', 'admission'],
    ['3d after admission', 3, 'days', 'after', 'admission'],
    ['1 month before X', 1, 'months', 'before', 'X'],
    ['1 wk After X', 1, 'weeks', 'after', 'X'],
    ['2 yrs before the diagnosis', 2, 'years', 'before', 'the diagnosis'],
    ['two weeks after Ofatumumab dose 1', 2, 'weeks', 'after', 'Ofatumumab dose 1'],
    ['a week after admission', 1, 'weeks', 'after', 'admission'],
    ['0 days after admission', 0, 'days', 'after', 'admission'],
    ['  2   weeks  after   dose 1  after admission ', 2, 'weeks', 'after', 'dose 1 after admission'],
  ])('reads %j', (text, amount, unit, direction, anchorLabel) => {
    expect(parseRelativeDate(text)).toEqual({ ok: true, value: { amount, unit, direction, anchorLabel } });
  });

  it.each<[string, string]>([
    ['', 'date is empty'],
    ['2022-09-05', 'is not a relative date'],
    ['after 2 weeks from Ofatumumab dose 1', 'is not a relative date'],
    ['2 weeks later', 'name the event it counts from'],
    ['2 weeks after', 'name the event it counts from'],
    ['1.5 years after X', 'use a whole number'],
    ['2 fortnights after X', '“fortnights” is not a unit'],
    ['2 m after X', '“m” could be minutes or months'],
    ['some weeks after X', '“some” is not a number'],
    ['20000 days after X', 'too far to count'],
  ])('rejects %j: %s', (text, message) => {
    const result = parseRelativeDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ where: 'date', message: expect.stringContaining(message) }]);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string()), (text) => {
        const result = parseRelativeDate(text);
        if (result.ok) expect(result.value.anchorLabel).not.toBe('');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('describeRelativeDate', () => {
  it.each<[RelativeOffset, string, string]>([
    [{ amount: 2, unit: 'weeks', direction: 'after' }, 'Ofatumumab dose 1', '2 weeks after Ofatumumab dose 1'],
    [{ amount: 1, unit: 'months', direction: 'before' }, 'Hospital admission', '1 month before Hospital admission'],
    [{ amount: 1, unit: 'days', direction: 'after' }, ' X ', '1 day after X'],
    [{ amount: 0, unit: 'days', direction: 'after' }, 'X', '0 days after X'],
  ])('describes %j from %j as %j', (offset, label, text) => {
    expect(describeRelativeDate(offset, label)).toBe(text);
  });

  it('is read back by parseRelativeDate', () => {
    const label = fc
      .string({ unit: fc.constantFrom(...'abcXYZ 019-’'.split('')), minLength: 1, maxLength: 20 })
      .filter((s) => s.trim() !== '')
      .map((s) => s.replace(/\s+/g, ' ').trim());
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom<OffsetUnit>('days', 'weeks', 'months', 'years'),
        fc.constantFrom<'after' | 'before'>('after', 'before'),
        label,
        (amount, unit, direction, anchorLabel) => {
          const offset = { amount, unit, direction };
          expect(parseRelativeDate(describeRelativeDate(offset, anchorLabel))).toEqual({
            ok: true,
            value: { ...offset, anchorLabel },
          });
        },
      ),
    );
  });
});

describe('resolveRelativeDate', () => {
  const after = (amount: number, unit: OffsetUnit): RelativeOffset => ({ amount, unit, direction: 'after' });
  const before = (amount: number, unit: OffsetUnit): RelativeOffset => ({ amount, unit, direction: 'before' });

  it.each<[PartialDate, RelativeOffset, PartialDate]>([
    // The seed's outcomes after ofatumumab dose 1 (2022-09-05) and its "5 years ago" onset.
    [exact('2022-09-05'), after(2, 'weeks'), approx('2022-09-19')],
    [exact('2022-09-05'), after(2, 'months'), approx('2022-11')],
    [exact('2022-09-05'), after(4, 'months'), approx('2023-01')],
    [exact('2022-09-05'), after(6, 'months'), approx('2023-03')],
    [exact('2022-08-22'), before(5, 'years'), approx('2017')],
    // Days from an exact day are exact; anything coarser or rounder is approximate.
    [exact('2022-08-22'), after(10, 'days'), exact('2022-09-01')],
    [exact('2022-08-22'), before(3, 'days'), exact('2022-08-19')],
    [approx('2022-08-22'), after(10, 'days'), approx('2022-09-01')],
    [exact('2022-09-05'), after(0, 'days'), exact('2022-09-05')],
    [exact('2022-12-30'), after(1, 'weeks'), approx('2023-01-06')],
    [exact('2024-02-28'), after(1, 'days'), exact('2024-02-29')],
    // Month steps clamp to the month's end instead of spilling into the next month.
    [exact('2022-01-31'), after(1, 'months'), approx('2022-02')],
    [exact('2024-02-29'), after(1, 'years'), approx('2025')],
    // Never finer than the anchor; a coarse anchor counts from the middle of its period.
    [exact('2022-08'), after(2, 'months'), approx('2022-10')],
    [exact('2022-08'), after(3, 'days'), approx('2022-08')],
    [exact('2022-08'), after(3, 'weeks'), approx('2022-09')],
    [exact('2017'), after(2, 'weeks'), approx('2017')],
    [exact('2017'), after(2, 'years'), approx('2019')],
    [approx('2017'), before(1, 'months'), approx('2017')],
  ])('resolves %j %j to %j', (anchor, offset, expected) => {
    expect(resolveRelativeDate(anchor, offset)).toEqual({ ok: true, value: expected });
  });

  it('does not copy the anchor’s own link onto the result', () => {
    const anchor = {
      ...exact('2022-09-05'),
      relativeTo: { eventId: 'x', amount: 1, unit: 'days', direction: 'after' },
    };
    expect(resolveRelativeDate(anchor as PartialDate, after(1, 'days'))).toEqual({
      ok: true,
      value: exact('2022-09-06'),
    });
  });

  it.each<[PartialDate, RelativeOffset, string]>([
    [exact('1000-01-05'), before(1, 'months'), 'outside the years 1000–9999'],
    [exact('9999-12'), after(1, 'months'), 'outside the years 1000–9999'],
    [exact('2022-02-30'), after(1, 'days'), 'anchor date is not valid'],
    [exact('2022-09-05'), after(1.5, 'days'), 'not a whole number'],
    [exact('2022-09-05'), after(-1, 'days'), 'not a whole number'],
    [
      exact('2022-09-05'),
      { amount: 1, unit: 'hours' as OffsetUnit, direction: 'after' },
      'days, weeks, months or years',
    ],
  ])('refuses %j %j: %s', (anchor, offset, message) => {
    expect(resolveRelativeDate(anchor, offset)).toEqual({
      ok: false,
      problems: [{ where: 'date', message: expect.stringContaining(message) }],
    });
  });

  const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
  const anchorArb = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .chain((d) =>
      fc
        .constantFrom(4, 7, 10)
        .chain((length) =>
          fc.boolean().map((approximate) => ({ date: d.toISOString().slice(0, length), approximate })),
        ),
    );
  const offsetArb = fc.record({
    amount: fc.integer({ min: 0, max: 400 }),
    unit: fc.constantFrom<OffsetUnit>('days', 'weeks', 'months', 'years'),
    direction: fc.constantFrom<'after' | 'before'>('after', 'before'),
  });

  it('gives a valid date never finer than the anchor or the offset unit allows', () => {
    fc.assert(
      fc.property(anchorArb, offsetArb, (anchor, offset) => {
        const result = resolveRelativeDate(anchor, offset);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(parsePartialDate(result.value.date).ok).toBe(true);
        const cap = offset.unit === 'months' ? 1 : offset.unit === 'years' ? 0 : 2;
        expect(RANK[precisionOf(result.value.date)]).toBe(Math.min(RANK[precisionOf(anchor.date)], cap));
        if (anchor.approximate) expect(result.value.approximate).toBe(true);
      }),
    );
  });

  it('comes back to a day-precise anchor when a day or week offset is undone', () => {
    fc.assert(
      fc.property(
        anchorArb.filter((a) => a.date.length === 10),
        fc.integer({ min: 0, max: 5000 }),
        fc.constantFrom<OffsetUnit>('days', 'weeks'),
        (anchor, amount, unit) => {
          const there = resolveRelativeDate(anchor, after(amount, unit));
          if (!there.ok) throw new Error('expected a date');
          const back = resolveRelativeDate(there.value, before(amount, unit));
          expect(back.ok && back.value.date).toBe(anchor.date);
        },
      ),
    );
  });
});

describe('movePartialDate', () => {
  it('moves a month-precise date from the middle of the month', () => {
    expect(movePartialDate('2022-08', { days: 15 }, 'day')).toBe('2022-08-31');
    expect(movePartialDate('2022-08', { days: 16 }, 'day')).toBe('2022-09-01');
  });
});
