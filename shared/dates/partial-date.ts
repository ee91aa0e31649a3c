// Partial dates: a year, a month or a day, exactly as precise as the source, plus an "approximate" flag.
import { z } from 'zod';
import { IdSchema } from '../model/id';
import { fail, ok, type Result } from '../model/result';

export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Checks `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and says what is wrong in a clinician's words.
 * Returns the text back with its precision; never widens or narrows it.
 */
export function parsePartialDate(text: string): Result<{ date: string; precision: DatePrecision }> {
  const trimmed = text.trim();
  const where = 'date';
  if (trimmed === '') return fail({ where, message: 'date is empty' });
  const match = PARTIAL_DATE_SHAPE.exec(trimmed);
  if (!match) {
    return fail({
      where,
      message: `"${trimmed}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022, 2022-03, 2022-03-31)`,
    });
  }
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1000) return fail({ where, message: `year ${y} is out of range` });
  if (m === undefined) return ok({ date: trimmed, precision: 'year' });
  const month = Number(m);
  if (month < 1 || month > 12) {
    // "2021-13-45" has two mistakes; naming only the month would send the user back for the day.
    const day = d === undefined ? 1 : Number(d);
    const andDay = day < 1 || day > 31 ? `, and day ${d} does not exist in any month (01 to 31)` : '';
    return fail({ where, message: `month ${m} does not exist (01 to 12)${andDay}` });
  }
  if (d === undefined) return ok({ date: trimmed, precision: 'month' });
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return fail({ where, message: `day ${d} does not exist in ${y}-${m} (01 to ${String(last).padStart(2, '0')})` });
  }
  return ok({ date: trimmed, precision: 'day' });
}

export const OFFSET_UNITS = ['days', 'weeks', 'months', 'years'] as const;

export const RelativeDateLinkSchema = z
  .object({
    eventId: IdSchema,
    amount: z.number().int('offset must be a whole number').min(0, 'offset cannot be negative').max(10000),
    unit: z.enum(OFFSET_UNITS),
    direction: z.enum(['after', 'before']),
  })
  .strict();

export const PartialDateSchema = z
  .object({
    date: z.string().superRefine((text, ctx) => {
      const parsed = parsePartialDate(text);
      if (!parsed.ok) for (const p of parsed.problems) ctx.addIssue({ code: 'custom', message: p.message });
    }),
    approximate: z.boolean(),
    /**
     * Set when the report dates this relative to an event ("2 weeks after ofatumumab dose 1"):
     * `date` then holds the resolved date, and moving the anchor event moves it.
     */
    relativeTo: RelativeDateLinkSchema.optional(),
  })
  .strict();

export type RelativeDateLink = z.infer<typeof RelativeDateLinkSchema>;
export type PartialDate = z.infer<typeof PartialDateSchema>;

export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** A case has a few thousand distinct dates at most, each looked up once per row it dates. */
const boundsCache = new Map<string, { first: number; last: number }>();

/** First and last instant (UTC ms) of the period a partial date names. */
export function partialDateBounds(date: string): { first: number; last: number } {
  let bounds = boundsCache.get(date);
  if (bounds === undefined) {
    if (boundsCache.size >= 100_000) boundsCache.clear();
    bounds = Object.freeze(computeBounds(date));
    boundsCache.set(date, bounds);
  }
  return bounds;
}

function computeBounds(date: string): { first: number; last: number } {
  const year = Number(date.slice(0, 4));
  const precision = precisionOf(date);
  if (precision === 'year') return { first: Date.UTC(year, 0, 1), last: Date.UTC(year + 1, 0, 1) - 1 };
  const month = Number(date.slice(5, 7)) - 1;
  if (precision === 'month') return { first: Date.UTC(year, month, 1), last: Date.UTC(year, month + 1, 1) - 1 };
  const day = Number(date.slice(8, 10));
  return { first: Date.UTC(year, month, day), last: Date.UTC(year, month, day + 1) - 1 };
}

/**
 * Where to place a partial date on a time axis: the middle of its period, so that "2022-03" sits
 * mid-March rather than pretending to be the 1st.
 */
export function partialDateMidpoint(date: string): number {
  const { first, last } = partialDateBounds(date);
  return Math.floor((first + last) / 2);
}

/**
 * Chronological order: by the start of the period, then coarser before finer (2022 before
 * 2022-01 before 2022-01-01), so that a year-only event leads the events of that year.
 */
export function comparePartialDates(a: string, b: string): number {
  // For dates the schema accepts (four-digit year, zero-padded month and day) that order is the
  // text's own: a coarser date is a prefix of the finer ones it starts with. Sorting 100,000 rows
  // makes two million comparisons; comparing text is what keeps that under a tenth of a second.
  return a < b ? -1 : a > b ? 1 : 0;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Human display that keeps the precision: `2022`, `Mar 2022`, `31 Mar 2022`, with `~` when approximate. */
export function formatPartialDate(value: PartialDate): string {
  const { date, approximate } = value;
  const precision = precisionOf(date);
  const year = date.slice(0, 4);
  let text = year;
  if (precision !== 'year') {
    const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '?';
    text = precision === 'month' ? `${month} ${year}` : `${Number(date.slice(8, 10))} ${month} ${year}`;
  }
  return approximate ? `~${text}` : text;
}
