// Typing the period shown into the overview's From and To boxes, as the forms take dates.
import { describe, expect, it } from 'vitest';
import { typedPeriod } from './period';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const endOf = (iso: string) => utc(iso) - 1;
const course = { from: utc('2016-11-20'), to: utc('2023-04-10') };

describe('typedPeriod', () => {
  it('starts a From of a year, a month or a day at the first instant it names', () => {
    expect(typedPeriod('from', '2023', undefined, course)).toEqual({
      ok: true,
      value: { from: utc('2023-01-01'), to: course.to },
    });
    expect(typedPeriod('from', '2022-09', undefined, course)).toMatchObject({ value: { from: utc('2022-09-01') } });
    expect(typedPeriod('from', '2022-09-05', undefined, course)).toMatchObject({
      value: { from: utc('2022-09-05') },
    });
  });

  it('ends a To of a year, a month or a day at the last instant it names', () => {
    const current = { from: utc('2022-01-01'), to: course.to };
    expect(typedPeriod('to', '2022', current, course)).toMatchObject({
      value: { from: utc('2022-01-01'), to: endOf('2023-01-01') },
    });
    expect(typedPeriod('to', '2022-02', current, course)).toMatchObject({ value: { to: endOf('2022-03-01') } });
    expect(typedPeriod('to', '2022-04-10', current, course)).toMatchObject({ value: { to: endOf('2022-04-11') } });
  });

  it('keeps the other edge as it is', () => {
    const current = { from: utc('2022-08-01'), to: utc('2022-12-31') };
    expect(typedPeriod('from', '2022-09', current, course)).toMatchObject({
      value: { from: utc('2022-09-01'), to: current.to },
    });
  });

  it('takes an emptied box as that edge of the whole course, and both empty as the whole course', () => {
    const current = { from: utc('2022-08-01'), to: utc('2022-12-31') };
    expect(typedPeriod('from', '', current, course)).toMatchObject({ value: { from: course.from, to: current.to } });
    expect(typedPeriod('from', ' ', { from: utc('2022-08-01'), to: course.to }, course)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(typedPeriod('to', '', undefined, course)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['04/10/2023', '"04/10/2023" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2023-13', 'month 13 does not exist'],
    ['2023-02-30', 'day 30 does not exist in 2023-02'],
  ])('refuses %s with a message naming the box', (text, message) => {
    const result = typedPeriod('from', text, undefined, course);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({ where: 'From', message: expect.stringContaining(message) });
  });

  it('refuses an end before the start', () => {
    const current = { from: utc('2022-09-01'), to: utc('2022-12-31') };
    const result = typedPeriod('to', '2022-08', current, course);
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { where: 'To', message: 'the period must end after it starts: From 2022-09-01 is not before To 2022-08-31' },
      ],
    });
  });
});
