// Course lengths as reports give them ("3 days", "×5") and the end date they imply.
import type { Duration } from '../model/case';
import { fail, ok, type Result } from '../model/result';
import { parsePartialDate, type PartialDate } from './partial-date';
import { coarser, movePartialDate, precisionCap, readCount, readTimeUnit } from './relative-date';

const WHERE = 'duration';
/** Far beyond any course in a report; stops "99999999 years" from reaching date arithmetic. */
const MAX_VALUE = 10_000;
const EXAMPLES = 'write e.g. 3 days, 2 weeks, 6 months, 1 year, ×5 or 5 doses';

const DOSE_WORDS = new Set(['time', 'times', 'dose', 'doses', 'infusion', 'infusions', 'injection', 'injections']);
const ONCE_TWICE: ReadonlyMap<string, number> = new Map([
  ['once', 1],
  ['twice', 2],
  ['thrice', 3],
]);

function checked(value: number, unit: Duration['unit'], text: string): Result<Duration> {
  if (!(value > 0)) return fail({ where: WHERE, message: 'duration must be greater than 0' });
  if (value > MAX_VALUE) return fail({ where: WHERE, message: `“${text}” is too long a course to count` });
  if (unit === 'doses' && !Number.isInteger(value)) {
    return fail({ where: WHERE, message: `“${text}”: a number of doses is a whole number` });
  }
  return ok({ value, unit });
}

/**
 * Parses `3 days`, `3 d`, `3-day`, `1 week`, `2 wk`, `6 months`, `1 year`, `1.5 years`, and dose
 * counts `×5`, `x5`, `5x`, `5 times`, `5 doses`, `five times`, `twice`. A leading "for" is dropped.
 */
export function parseDuration(text: string): Result<Duration> {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return fail({ where: WHERE, message: 'duration is empty' });
  if (/\d,\d/.test(trimmed)) return fail({ where: WHERE, message: `“${trimmed}”: use . for decimals` });
  const phrase = trimmed.replace(/^for /i, '');

  const times = /^[×xX*] ?(\d+(?:\.\d+)?)$/.exec(phrase) ?? /^(\d+(?:\.\d+)?) ?[×xX]$/.exec(phrase);
  if (times) return checked(Number(times[1]), 'doses', trimmed);
  const onceTwice = ONCE_TWICE.get(phrase.toLowerCase());
  if (onceTwice !== undefined) return checked(onceTwice, 'doses', trimmed);

  const match = /^(\S+?)(?: ?-? ?)([A-Za-z]+\.?)$/.exec(phrase);
  if (match) {
    const [, countText = '', unitText = ''] = match;
    const count = readCount(countText);
    if (count !== undefined) {
      if (DOSE_WORDS.has(unitText.toLowerCase())) return checked(count, 'doses', trimmed);
      const unit = readTimeUnit(unitText);
      if (unit !== undefined) return checked(count, unit, trimmed);
      const hint = unitText.toLowerCase() === 'm' ? ' (“m” could be minutes or months)' : '';
      return fail({ where: WHERE, message: `“${unitText}” is not a duration unit${hint}: ${EXAMPLES}` });
    }
  }
  if (/^\d+(?:\.\d+)?$/.test(phrase)) {
    return fail({ where: WHERE, message: `“${trimmed}” needs a unit: ${EXAMPLES}` });
  }
  return fail({ where: WHERE, message: `“${trimmed}” is not a duration: ${EXAMPLES}` });
}

/** How doses are spaced, read from a dose's free-text frequency. */
type DoseSpacing = { days: number } | { months: number } | { perDay: number };

const SPACINGS: ReadonlyArray<readonly [RegExp, DoseSpacing]> = [
  [/^(?:daily|once daily|once a day|every day|qd|od|q24h)$/, { days: 1 }],
  [/^(?:twice daily|twice a day|bid|b\.i\.d\.|q12h)$/, { perDay: 2 }],
  [/^(?:three times daily|three times a day|tid|t\.i\.d\.|q8h)$/, { perDay: 3 }],
  [/^(?:four times daily|four times a day|qid|q\.i\.d\.|q6h)$/, { perDay: 4 }],
  [/^(?:every other day|alternate days|on alternate days|every 2 days|qod)$/, { days: 2 }],
  [/^(?:weekly|once weekly|once a week|every week|qw)$/, { days: 7 }],
  [/^(?:every 2 weeks|every other week|fortnightly|q2w)$/, { days: 14 }],
  [/^(?:every 3 weeks|q3w)$/, { days: 21 }],
  [/^(?:every 4 weeks|q4w)$/, { days: 28 }],
  [/^(?:monthly|once a month|every month)$/, { months: 1 }],
];

function spacingOf(frequency: string | undefined): DoseSpacing | undefined {
  const wanted = frequency?.trim().toLowerCase().replace(/\s+/g, ' ');
  if (wanted === undefined) return undefined;
  return SPACINGS.find(([pattern]) => pattern.test(wanted))?.[1];
}

/**
 * The last day of a course, at the precision its start and length allow.
 *
 * - Days count the start day: a 3-day course from 2022-08-22 ends 2022-08-24; a week is 7 days.
 * - Months and years give at most month and year precision, like relative dates
 *   (6 months from 2022-08-22 ends in 2023-02).
 * - Doses need a frequency (the dose's free text: "daily", "weekly", "twice daily", …); without a
 *   known one the end is unknown and this returns undefined. One dose ends on its start.
 * - Fractional lengths that are not whole days or months ("1.5 days", "1.5 months") give undefined.
 *
 * Approximate when the start is, and when the start is only a month or a year: the end was then
 * counted from the middle of that period.
 */
export function deriveEndDate(start: PartialDate, duration: Duration, frequency?: string): PartialDate | undefined {
  const parsed = parsePartialDate(start.date);
  if (!parsed.ok || !(duration.value > 0) || duration.value > MAX_VALUE) return undefined;
  const { date, precision: startPrecision } = parsed.value;
  const n = duration.value;
  let move: { months?: number; days?: number };
  let cap = startPrecision;
  switch (duration.unit) {
    case 'days':
    case 'weeks': {
      const days = duration.unit === 'days' ? n : n * 7;
      if (!Number.isInteger(days)) return undefined;
      move = { days: days - 1 };
      break;
    }
    case 'months':
    case 'years': {
      const months = duration.unit === 'months' ? n : n * 12;
      if (!Number.isInteger(months)) return undefined;
      // The course covers [start, start + N months), so its last day is the day before.
      move = { months, days: -1 };
      cap = precisionCap(duration.unit);
      break;
    }
    case 'doses': {
      if (!Number.isInteger(n)) return undefined;
      if (n === 1) return { date: start.date, approximate: start.approximate };
      const spacing = spacingOf(frequency);
      if (spacing === undefined) return undefined;
      if ('perDay' in spacing) move = { days: Math.ceil(n / spacing.perDay) - 1 };
      else if ('months' in spacing) {
        move = { months: (n - 1) * spacing.months };
        cap = 'month';
      } else move = { days: (n - 1) * spacing.days };
      break;
    }
  }
  const end = movePartialDate(date, move, coarser(startPrecision, cap));
  if (end === undefined) return undefined;
  return { date: end, approximate: start.approximate || startPrecision !== 'day' };
}
