// When a treatment stopped, if the words say so with a calendar date: "until March 2021",
// "discontinued on 4 May 2020". A relative stop ("stopped after 6 months") is left to the abstractor.
import type { PartialDate } from '../../dates/partial-date';
import { parseAbsoluteDates } from '../dates/absolute-dates';

const STOP = /(?<![\p{L}])(?:until|till|stopped|discontinued|withdrawn|ceased|tapered off)(?![\p{L}])/iu;

/** The stop date in `words` after `from`, before the clause ends; undefined when none is written. */
export function readStopDate(words: string, from: number): { end: PartialDate; at: number } | undefined {
  const rest = words.slice(from);
  const clause = rest.slice(0, /[;]|,\s+(?:and|but|then)\s|\.\s/.exec(rest)?.index ?? rest.length);
  const stop = STOP.exec(clause);
  if (!stop) return undefined;
  const date = parseAbsoluteDates(clause)
    .filter((d) => !d.yearMissing && d.start >= stop.index && d.start - stop.index <= 40)
    .sort((a, b) => a.start - b.start)[0];
  if (!date) return undefined;
  return { end: { date: date.date, approximate: date.approximate }, at: from + date.end };
}
