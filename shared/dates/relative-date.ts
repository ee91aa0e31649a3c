// Relative dates as reports give them ("2 weeks after Ofatumumab dose 1"): parsing, describing, resolving.
import { fail, ok, type Result } from '../model/result';
import {
  parsePartialDate,
  partialDateMidpoint,
  precisionOf,
  type DatePrecision,
  type PartialDate,
} from './partial-date';

const UNITS = ['days', 'weeks', 'months', 'years'] as const;
export type OffsetUnit = (typeof UNITS)[number];
export type OffsetDirection = 'after' | 'before';

/** How far from the anchor; the same fields as a stored RelativeDateLink without its event id. */
export interface RelativeOffset {
  amount: number;
  unit: OffsetUnit;
  direction: OffsetDirection;
}

export interface RelativeDate extends RelativeOffset {
  /** The anchor as typed; matching it to an event of the case is the caller's job. */
  anchorLabel: string;
}

const WHERE = 'date';
/** Same bound as the stored link; 10 000 days is 27 years, far beyond any report's offsets. */
const MAX_AMOUNT = 10_000;

// Spellings in reports and tables. A bare "m" is left out on purpose: minutes or months?
const UNIT_WORDS: ReadonlyMap<string, OffsetUnit> = new Map([
  ...['d', 'day', 'days', 'dy', 'dys'].map((w) => [w, 'days'] as const),
  ...['w', 'wk', 'wks', 'week', 'weeks'].map((w) => [w, 'weeks'] as const),
  ...['mo', 'mos', 'mth', 'mths', 'mon', 'month', 'months'].map((w) => [w, 'months'] as const),
  ...['y', 'yr', 'yrs', 'year', 'years'].map((w) => [w, 'years'] as const),
]);

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
    .map((w, i) => [w, i + 1] as const)
    .concat([
      ['a', 1],
      ['an', 1],
    ]),
);

/** Reads a unit word ("wk", "months", "d.") as an offset unit; undefined when it is not one. */
export function readTimeUnit(word: string): OffsetUnit | undefined {
  return UNIT_WORDS.get(word.toLowerCase().replace(/\.$/, ''));
}

/** Reads "3", "1.5", "three" or "a"; undefined when it is not a count. */
export function readCount(word: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word.toLowerCase());
}

const EXAMPLE = '“2 weeks after Ofatumumab dose 1”';

/**
 * Parses "N unit(s) after|before <anchor>": `2 weeks after Ofatumumab dose 1`, `3 d after admission`,
 * `1 month before X`, `two weeks after X`. The amount is a whole number: "1.5 years" is "18 months".
 */
export function parseRelativeDate(text: string): Result<RelativeDate> {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return fail({ where: WHERE, message: 'date is empty' });
  const match = /^(\S+?) ?([A-Za-z]+\.?) (after|before)(?: (.*))?$/i.exec(trimmed);
  if (!match) {
    if (/\b(?:later|earlier|ago|afterwards)$/i.test(trimmed)) {
      return fail({ where: WHERE, message: `“${trimmed}”: name the event it counts from, as in ${EXAMPLE}` });
    }
    return fail({ where: WHERE, message: `“${trimmed}” is not a relative date: write it as ${EXAMPLE}` });
  }
  const [, amountText = '', unitText = '', directionText = '', anchor = ''] = match;
  const amount = readCount(amountText);
  if (amount === undefined) {
    return fail({ where: WHERE, message: `“${amountText}” is not a number: write it as ${EXAMPLE}` });
  }
  if (!Number.isInteger(amount)) {
    return fail({
      where: WHERE,
      message: `“${amountText}”: use a whole number of days, weeks, months or years (1.5 years is 18 months)`,
    });
  }
  if (amount > MAX_AMOUNT) return fail({ where: WHERE, message: `${amountText} ${unitText} is too far to count` });
  const unit = readTimeUnit(unitText);
  if (unit === undefined) {
    const hint = unitText.toLowerCase() === 'm' ? ' (“m” could be minutes or months)' : '';
    return fail({ where: WHERE, message: `“${unitText}” is not a unit${hint}: use days, weeks, months or years` });
  }
  const anchorLabel = anchor.trim();
  if (anchorLabel === '') {
    return fail({ where: WHERE, message: `“${trimmed}”: name the event it counts from, as in ${EXAMPLE}` });
  }
  return ok({ amount, unit, direction: directionText.toLowerCase() as OffsetDirection, anchorLabel });
}

/** "2 weeks after Ofatumumab dose 1", "1 month before admission": the text parseRelativeDate reads. */
export function describeRelativeDate(offset: RelativeOffset, anchorLabel: string): string {
  const unit = offset.amount === 1 ? offset.unit.slice(0, -1) : offset.unit;
  return `${offset.amount} ${unit} ${offset.direction} ${anchorLabel.trim()}`;
}

// ---- Calendar arithmetic on partial dates --------------------------------------------------------

const RANK: Readonly<Record<DatePrecision, number>> = { year: 0, month: 1, day: 2 };

/** The less precise of two precisions. */
export function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return RANK[a] <= RANK[b] ? a : b;
}

/** The finest precision an offset in `unit` can honestly give. */
export function precisionCap(unit: OffsetUnit): DatePrecision {
  return unit === 'months' ? 'month' : unit === 'years' ? 'year' : 'day';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Moves a valid partial date by whole months, then whole days, and writes the result at
 * `precision`. A year or month date is moved from the middle of its period (as the timeline draws
 * it), so "2022-08 + 3 weeks" lands in early September, not on the 22nd of August. Month steps
 * clamp to the month's last day (Jan 31 + 1 month = Feb 28). Undefined outside the years 1000–9999.
 */
export function movePartialDate(
  date: string,
  move: { months?: number; days?: number },
  precision: DatePrecision,
): string | undefined {
  const reference = new Date(
    precisionOf(date) === 'day'
      ? Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10))
      : partialDateMidpoint(date),
  );
  let year = reference.getUTCFullYear();
  let monthIndex = reference.getUTCMonth();
  let day = reference.getUTCDate();
  if (move.months) {
    const target = year * 12 + monthIndex + move.months;
    year = Math.floor(target / 12);
    monthIndex = target - year * 12;
    day = Math.min(day, new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate());
  }
  // setUTCFullYear, not Date.UTC, which would read years 0–99 as 1900–1999.
  const moved = new Date(0);
  moved.setUTCFullYear(year, monthIndex, day + (move.days ?? 0));
  const y = moved.getUTCFullYear();
  if (!Number.isFinite(y) || y < 1000 || y > 9999) return undefined;
  const text = [pad(y, 4), pad(moved.getUTCMonth() + 1), pad(moved.getUTCDate())];
  return text.slice(0, RANK[precision] + 1).join('-');
}

/** Months and days for an offset of `amount` whole units, signed by direction. */
export function offsetMove(amount: number, unit: OffsetUnit, sign: 1 | -1): { months?: number; days?: number } {
  switch (unit) {
    case 'days':
      return { days: sign * amount };
    case 'weeks':
      return { days: sign * amount * 7 };
    case 'months':
      return { months: sign * amount };
    case 'years':
      return { months: sign * amount * 12 };
  }
}

/**
 * The date `offset` away from `anchor`. Precision: never finer than the anchor, and never finer
 * than the offset allows: days and weeks keep the anchor's precision, months give at most a month,
 * years at most a year (2022-09-05 + 2 months = 2022-11).
 *
 * Approximate unless the offset is in days from an exact, day-precise anchor: reports' "after 2
 * weeks" and "2 months later" are round figures, and a coarser anchor had to be read at its middle.
 */
export function resolveRelativeDate(anchor: PartialDate, offset: RelativeOffset): Result<PartialDate> {
  const parsed = parsePartialDate(anchor.date);
  if (!parsed.ok)
    return fail({ where: WHERE, message: `the anchor date is not valid: ${parsed.problems[0]?.message ?? ''}` });
  const { amount, unit, direction } = offset;
  if (!Number.isInteger(amount) || amount < 0 || amount > MAX_AMOUNT) {
    return fail({ where: WHERE, message: `offset ${String(amount)} is not a whole number from 0 to ${MAX_AMOUNT}` });
  }
  if (!(UNITS as readonly string[]).includes(unit) || (direction !== 'after' && direction !== 'before')) {
    return fail({ where: WHERE, message: 'offset needs days, weeks, months or years, after or before' });
  }
  const anchorPrecision = parsed.value.precision;
  const precision = coarser(anchorPrecision, precisionCap(unit));
  const date = movePartialDate(parsed.value.date, offsetMove(amount, unit, direction === 'after' ? 1 : -1), precision);
  if (date === undefined)
    return fail({ where: WHERE, message: 'the resulting date falls outside the years 1000–9999' });
  const exact = !anchor.approximate && unit === 'days' && anchorPrecision === 'day';
  return ok({ date, approximate: !exact });
}
