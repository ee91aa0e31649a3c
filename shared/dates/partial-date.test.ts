import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  comparePartialDates,
  formatPartialDate,
  parsePartialDate,
  partialDateBounds,
  partialDateMidpoint,
  PartialDateSchema,
} from './partial-date';

describe('parsePartialDate', () => {
  it.each([
    ['2022', 'year'],
    ['2022-03', 'month'],
    ['2022-03-31', 'day'],
    ['2024-02-29', 'day'],
    [' 2017 ', 'year'],
  ])('accepts %s with %s precision and keeps it', (text, precision) => {
    const parsed = parsePartialDate(text);
    expect(parsed).toEqual({ ok: true, value: { date: text.trim(), precision } });
  });

  it.each([
    ['', 'date is empty'],
    ['March 2022', 'is not a date'],
    ['2022-3', 'is not a date'],
    ['22-03-31', 'is not a date'],
    ['2022-13', 'month 13 does not exist'],
    ['2022-00', 'month 00 does not exist'],
    ['2023-02-29', 'day 29 does not exist in 2023-02'],
    ['2022-04-31', 'day 31 does not exist in 2022-04'],
    ['2021-13-45', 'month 13 does not exist (01 to 12), and day 45 does not exist in any month (01 to 31)'],
    ['2021-00-00', 'month 00 does not exist (01 to 12), and day 00 does not exist in any month (01 to 31)'],
    ['0999', 'year 0999 is out of range'],
    ['2022-03-31T00:00', 'is not a date'],
  ])('rejects %j with a message saying why', (text, message) => {
    const parsed = parsePartialDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.message).toContain(message);
  });

  it('names only the month when the day could exist in another month', () => {
    expect(parsePartialDate('2021-13-31')).toEqual({
      ok: false,
      problems: [{ where: 'date', message: 'month 13 does not exist (01 to 12)' }],
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof parsePartialDate(text).ok === 'boolean'));
  });
});

describe('PartialDateSchema', () => {
  it('names the field and the problem for an impossible day', () => {
    const result = PartialDateSchema.safeParse({ date: '2022-02-30', approximate: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['date']);
    expect(result.error?.issues[0]?.message).toContain('day 30 does not exist');
  });
  it('requires the approximate flag to be a boolean', () => {
    expect(PartialDateSchema.safeParse({ date: '2022', approximate: 'yes' }).success).toBe(false);
  });
});

describe('comparePartialDates', () => {
  it('orders by the start of the period, coarser first on a tie', () => {
    const dates = ['2022-09-05', '2022', '2022-08-22', '2017', '2022-01', '2022-01-01', '2023-02-20'];
    expect([...dates].sort(comparePartialDates)).toEqual([
      '2017',
      '2022',
      '2022-01',
      '2022-01-01',
      '2022-08-22',
      '2022-09-05',
      '2023-02-20',
    ]);
  });

  it('agrees with ordering by the first instant of each period, coarser first on a tie, for any valid dates', () => {
    const anyDate = fc
      .tuple(
        fc.integer({ min: 1000, max: 2999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom(4, 7, 10),
      )
      .map(([y, m, d, length]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`.slice(0, length));
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const byBounds = partialDateBounds(a).first - partialDateBounds(b).first || a.length - b.length;
        expect(Math.sign(comparePartialDates(a, b))).toBe(Math.sign(byBounds));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('partialDateBounds and partialDateMidpoint', () => {
  it('spans a whole month and places its midpoint mid-month', () => {
    const { first, last } = partialDateBounds('2022-02');
    expect(new Date(first).toISOString()).toBe('2022-02-01T00:00:00.000Z');
    expect(new Date(last).toISOString()).toBe('2022-02-28T23:59:59.999Z');
    expect(new Date(partialDateMidpoint('2022-02')).toISOString().slice(0, 10)).toBe('2022-02-14');
  });
  it('places a year in early July', () => {
    expect(new Date(partialDateMidpoint('2017')).toISOString().slice(0, 10)).toBe('2017-07-02');
  });
});

describe('formatPartialDate', () => {
  it.each([
    [{ date: '2022', approximate: true }, '~2022'],
    [{ date: '2022-03', approximate: false }, 'Mar 2022'],
    [{ date: '2022-09-05', approximate: false }, '5 Sep 2022'],
  ])('shows %j as %s without adding precision', (value, text) => {
    expect(formatPartialDate(value)).toBe(text);
  });
});
