// Which date each fact gets: its own words' date, else the date its context gives, resolved against
// the case's timeline with the date fields' rules. STAND-IN: lands with the dates finder.
import type { PartialDate } from '../../dates/partial-date';
import type { Patient, TimelineEvent } from '../../model/case';
import type { DateMention, ReadingText } from '../candidates';
import type { TextSpan } from '../suggestion';

/** A fact to date: its span, its kind, and its id (relative dates may name another fact's id). */
export interface FactToDate extends TextSpan {
  id: string;
  kind: 'observation' | 'event';
  /** The event's own start when the finder read one (a treatment "on 5 September 2022"). */
  row: { start?: PartialDate; date?: PartialDate; kind?: string; label?: string };
}

export interface DatingContext {
  /** The case's events, when suggesting for a case: relative dates may link to them. */
  events?: readonly TimelineEvent[];
  patient?: Patient;
}

export interface AssignedDate {
  date?: PartialDate;
  /** True when the date came from context (the paragraph, an earlier fact), not the fact's own words. */
  guessed: boolean;
}

export function assignDates(
  _reading: ReadingText,
  facts: readonly FactToDate[],
  _mentions: readonly DateMention[],
  _context: DatingContext,
): Map<string, AssignedDate> {
  return new Map(facts.map((f) => [f.id, { guessed: false }]));
}
