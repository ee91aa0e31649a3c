// Canonical orders for timeline events and observations: chronological, then stable tie-breaks.
import { comparePartialDates } from '../dates/partial-date';
import type { EventKind, Observation, TimelineEvent } from '../model/case';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * On the same date, the order a clinical story is told in: what the patient had, how it was
 * investigated and named, what was given, what came of it.
 */
const KIND_ORDER: Record<EventKind, number> = {
  symptom: 0,
  admission: 1,
  procedure: 2,
  diagnosis: 3,
  vaccination: 4,
  treatment: 5,
  outcome: 6,
  other: 7,
};

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    comparePartialDates(a.start.date, b.start.date) ||
    comparePartialDates(a.end?.date ?? a.start.date, b.end?.date ?? b.start.date) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    byText(a.label, b.label) ||
    byText(a.id, b.id)
  );
}

export function compareObservations(a: Observation, b: Observation): number {
  return comparePartialDates(a.date.date, b.date.date) || byText(a.analyte, b.analyte) || byText(a.id, b.id);
}

export const sortEvents = (events: readonly TimelineEvent[]): TimelineEvent[] => [...events].sort(compareEvents);
export const sortObservations = (observations: readonly Observation[]): Observation[] =>
  [...observations].sort(compareObservations);
