// What each finder proposes before the refiners run: a span of the text and the fields read there.
// Finders propose generously; suggest-facts.ts refines (guards, overlaps, dates) in named steps.
import type { DatePrecision } from '../dates/partial-date';
import type { OffsetUnit } from '../dates/relative-date';
import type { SuggestedEventRow, SuggestedObservationRow, TextSpan } from './suggestion';
export type { TextSpan };

/** The text the finders read, split once. Spans are UTF-16 indices into `text`. */
export interface ReadingText {
  text: string;
  /** Sentences in reading order (UTF-16 spans). */
  sentences: readonly TextSpan[];
}

/** A lab or measurement result found in the text (owned by ./labs/). */
export interface LabCandidate extends TextSpan {
  row: SuggestedObservationRow;
  /** Row fields filled by a rule, not read (e.g. "unit" when "%" is implied). */
  guessed: string[];
  confidence: number;
}

/** A treatment (drug with dose, route, frequency, course) or another dated event (owned by ./treatments/). */
export interface EventCandidate extends TextSpan {
  row: SuggestedEventRow;
  guessed: string[];
  confidence: number;
}

/** A date mentioned in the text (owned by ./dates/). */
export type DateMention = TextSpan &
  (
    | {
        kind: 'absolute';
        date: string;
        precision: DatePrecision;
        approximate: boolean;
        /** The words gave no year ("at the beginning of May"): it was taken from the date before. */
        yearGuessed?: boolean;
      }
    | {
        /** "two weeks later", "after 6 months", "5 years ago": an offset from something else. */
        kind: 'relative';
        amount: number;
        unit: OffsetUnit;
        direction: 'after' | 'before';
        /**
         * What the words say the offset counts from: the report's present ("ago"), the event before
         * ("two weeks later", "After 2 months"), or an event they name (`anchor`: "3 days after
         * admission", "after 6 months of azathioprine"; amount 0 for "after admission"). 'lasting':
         * "(weakness) for 5 years" — a duration, which dates only the symptom right before it, as an
         * onset that long before the report's present; nothing else is dated by it.
         */
        from: 'report-present' | 'previous-event' | 'named-event' | 'lasting' | 'age';
        /** The words naming the event counted from, when `from` is 'named-event'. */
        anchor?: string;
        /** "on admission": the anchor's own day. "after admission" (amount 0 without it): some time after. */
        sameDay?: boolean;
        /**
         * "After 2 months," "At 6 months": an outcome counted from the last treatment course (its
         * first dose), not from the last thing that happened ("two weeks later").
         */
        afterCourse?: boolean;
      }
    | {
        /** "at the age of 47": a date only given the age at presentation and a dated event. */
        kind: 'age';
        years: number;
      }
  );
