// Plausibility flags: legal values a person should look at twice (a year 9999, a CK of 1e16); warnings, never refusals.
import type { Case, Observation, TimelineEvent } from './case';
import type { Problem } from './result';

/** Before 1800 there are no case reports with lab values; a year earlier is almost always a typo. */
export const EARLIEST_PLAUSIBLE_YEAR = 1800;
/** No lab value, dose or limit a report prints comes near 10^15; past it a digit was likely repeated. */
export const PLAUSIBLE_MAGNITUDE = 1e15;

/** What "now" is; injected so that tests can fix next year. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/**
 * A flag for a partial date ("2022-03", "9999") whose year is before 1800 or after next year (a
 * report may be abstracted before the year it dates a planned follow-up in ends, not later).
 */
export function implausibleYear(date: string, today: Date): string | undefined {
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year)) return undefined;
  const latest = today.getUTCFullYear() + 1;
  if (year >= EARLIEST_PLAUSIBLE_YEAR && year <= latest) return undefined;
  return `year ${date.slice(0, 4)}: is this right? (case reports date from ${EARLIEST_PLAUSIBLE_YEAR} to ${latest})`;
}

/** A flag for a number beyond ±1e15. */
export function implausibleNumber(value: number): string | undefined {
  if (Math.abs(value) <= PLAUSIBLE_MAGNITUDE) return undefined;
  // "1e16" reads at a glance where 10000000000000000 has to be counted.
  return `${value.toExponential().replace('e+', 'e')}: is this right? (beyond ±1e15, more than any report prints)`;
}

type Flagged = readonly [field: string, message: string | undefined];

function flags(list: readonly Flagged[]): Problem[] {
  return list.flatMap(([where, message]) => (message === undefined ? [] : [{ where, message }]));
}

const numberFlag = (value: number | undefined) => (value === undefined ? undefined : implausibleNumber(value));

/** An observation's flags, each at its field (`date`, `value`, `valueHigh`, `referenceRange.low`, `referenceRange.high`). */
export function observationFlags(o: Observation, today: Date): Problem[] {
  return flags([
    ['date', implausibleYear(o.date.date, today)],
    ['value', numberFlag(o.value)],
    ['valueHigh', numberFlag(o.valueHigh)],
    ['referenceRange.low', numberFlag(o.referenceRange?.low)],
    ['referenceRange.high', numberFlag(o.referenceRange?.high)],
  ]);
}

/** An event's flags, each at its field (`start`, `end`, `dose.value`). */
export function eventFlags(e: TimelineEvent, today: Date): Problem[] {
  return flags([
    ['start', implausibleYear(e.start.date, today)],
    ['end', e.end === undefined ? undefined : implausibleYear(e.end.date, today)],
    ['dose.value', numberFlag(e.dose?.value)],
  ]);
}

/** A case's details' flags: the citation's year (`citation.year`) and each diagnosis date (`diagnoses[0].date`). */
export function detailsFlags(c: Pick<Case, 'citation' | 'diagnoses'>, today: Date): Problem[] {
  return flags([
    ['citation.year', c.citation.year === undefined ? undefined : implausibleYear(String(c.citation.year), today)],
    ...c.diagnoses.map((d, i): Flagged => [`diagnoses[${i}].date`, d.date && implausibleYear(d.date.date, today)]),
  ]);
}
