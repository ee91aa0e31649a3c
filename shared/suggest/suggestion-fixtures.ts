// Suggestions and case rows for the accept and match specifications: invented phrasings, built the
// way the engine builds them (an anchor over the words, a sentence around them).
import type { Observation, TimelineEvent } from '../model/case';
import type { EventSuggestion, ObservationSuggestion } from './suggestion';

export const FINGERPRINT = 'a'.repeat(64);

const anchor = (quote: string, start = 10) => ({
  source: FINGERPRINT,
  start,
  end: start + [...quote].length,
  quote,
});

export function labSuggestion(
  quote: string,
  row: ObservationSuggestion['row'],
  more: Partial<Omit<ObservationSuggestion, 'kind' | 'row'>> = {},
): ObservationSuggestion {
  return {
    id: `sg-o-${quote}`,
    kind: 'observation',
    row,
    evidence: anchor(quote),
    sentence: { start: 0, end: 80 },
    missing: [],
    guessed: [],
    confidence: 0.9,
    ...more,
  };
}

export function eventSuggestion(
  quote: string,
  row: EventSuggestion['row'],
  more: Partial<Omit<EventSuggestion, 'kind' | 'row'>> = {},
): EventSuggestion {
  return {
    id: `sg-e-${quote}`,
    kind: 'event',
    row,
    evidence: anchor(quote, 100),
    sentence: { start: 90, end: 200 },
    missing: [],
    guessed: [],
    confidence: 0.9,
    ...more,
  };
}

export const day = (date: string) => ({ date, approximate: false });

export const ck = (id: string, value: number, date: string): Observation => ({
  id,
  analyte: 'Creatine kinase (CK)',
  loinc: '2157-6',
  date: day(date),
  value,
  unit: 'U/L',
});

export const treatment = (id: string, label: string, start: string, dose?: TimelineEvent['dose']): TimelineEvent => ({
  id,
  kind: 'treatment',
  label,
  start: day(start),
  ...(dose ? { dose } : {}),
});
