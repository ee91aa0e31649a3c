// A suggestion as the event or lab form shows it, for the abstractor to correct before saving: the
// fields the report gave filled in, the rest left blank, the words attached as evidence.
import { BLANK_EVENT_FIELDS, eventToFields, type EventFields } from '../editing/event-fields';
import { BLANK_OBSERVATION_FIELDS, observationToFields, type ObservationFields } from '../editing/observation-fields';
import type { Observation, TimelineEvent } from '../model/case';
import type { EventSuggestion, ObservationSuggestion, Suggestion } from './suggestion';

export type SuggestionFields =
  { table: 'observations'; fields: ObservationFields } | { table: 'events'; fields: EventFields };

function observationFields(s: ObservationSuggestion, events: readonly TimelineEvent[]): ObservationFields {
  // Filled out to a row only for the conversion; the blanks are put back below.
  const row = { analyte: '', date: { date: '', approximate: false }, ...s.row, id: s.id, evidence: [s.evidence] };
  const fields = observationToFields(row as Observation, events);
  return {
    ...fields,
    ...(s.row.date === undefined ? { date: BLANK_OBSERVATION_FIELDS.date, dateApproximate: false } : {}),
    // The form asks for "Keep as text" on a result it does not know; the abstractor decides that there.
    valueIsText: false,
  };
}

function eventFields(s: EventSuggestion, events: readonly TimelineEvent[]): EventFields {
  const row = {
    kind: BLANK_EVENT_FIELDS.kind,
    label: '',
    start: { date: '', approximate: false },
    ...s.row,
    id: s.id,
    evidence: [s.evidence],
  };
  const fields = eventToFields(row as TimelineEvent, events);
  return { ...fields, ...(s.row.start === undefined ? { start: '', startApproximate: false } : {}) };
}

export function fieldsFromSuggestion(s: Suggestion, events: readonly TimelineEvent[]): SuggestionFields {
  return s.kind === 'observation'
    ? { table: 'observations', fields: observationFields(s, events) }
    : { table: 'events', fields: eventFields(s, events) };
}
