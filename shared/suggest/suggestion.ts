// What the suggestion engine proposes: a prefilled row, the words it was read from, and what it guessed.
// Nothing here is a fact of the case until the abstractor accepts it.
import type { PartialDate } from '../dates/partial-date';
import type { EvidenceAnchor } from '../model/evidence';
import type { Observation, TimelineEvent } from '../model/case';

/** A row as the JSON codec writes it, without id and evidence, and with only the fields found. */
export type SuggestedObservationRow = Partial<Omit<Observation, 'id' | 'evidence'>>;
export type SuggestedEventRow = Partial<Omit<TimelineEvent, 'id' | 'evidence'>>;

/** Span of the source in UTF-16 indices (end exclusive), as the finders read it. */
export interface TextSpan {
  start: number;
  end: number;
}

interface SuggestionBase {
  /** Derived from the anchor (source, span, kind): the same input gives the same ids. */
  id: string;
  /** The fact's words in the source (W3C position + quote selectors). */
  evidence: EvidenceAnchor;
  /** The sentence the fact was read from, in code points, for grouping and highlighting. */
  sentence: { start: number; end: number };
  /** Required fields the report did not give near the fact (e.g. "date", "unit"). */
  missing: string[];
  /** Fields filled by a rule rather than read from the words (e.g. "date" from the paragraph's admission). */
  guessed: string[];
  /** 0..1: how sure the finder is that this is a fact about the patient. */
  confidence: number;
}

export interface ObservationSuggestion extends SuggestionBase {
  kind: 'observation';
  row: SuggestedObservationRow;
}

export interface EventSuggestion extends SuggestionBase {
  kind: 'event';
  row: SuggestedEventRow;
}

export type Suggestion = ObservationSuggestion | EventSuggestion;
export type SuggestionKind = Suggestion['kind'];

/**
 * A date the engine found for a fact. `relativeTo.eventId` names either an event of the case (when
 * the engine was given one) or another suggestion's id (`anchorSuggestion`), which accepting maps
 * to the event accepted from it.
 */
export type SuggestedDate = PartialDate;
