// A suggestion as the event or lab form shows it, for the abstractor to correct before saving: the
// fields the report gave filled in, the rest left blank, the words attached as evidence.
import { BLANK_EVENT_FIELDS, eventToFields, type EventFields } from '../editing/event-fields';
import { BLANK_OBSERVATION_FIELDS, observationToFields, type ObservationFields } from '../editing/observation-fields';
import type { Observation, TimelineEvent } from '../model/case';
import { dateForForm, type CaseRows } from './accept-suggestion';
import type { EventSuggestion, ObservationSuggestion, Suggestion } from './suggestion';

export type SuggestionFields =
  { table: 'observations'; fields: ObservationFields } | { table: 'events'; fields: EventFields };

function observationFields(s: ObservationSuggestion, rows: CaseRows, all: readonly Suggestion[]): ObservationFields {
  // Filled out to a row only for the conversion; the blanks are put back below.
  const date = dateForForm(s.row.date, rows, all);
  const row = {
    analyte: '',
    ...s.row,
    date: date ?? { date: '', approximate: false },
    id: s.id,
    evidence: [s.evidence],
  };
  const fields = observationToFields(row as Observation, rows.events);
  return {
    ...fields,
    ...(s.row.date === undefined ? { date: BLANK_OBSERVATION_FIELDS.date, dateApproximate: false } : {}),
    // The form asks for "Keep as text" on a result it does not know; the abstractor decides that there.
    valueIsText: false,
  };
}

function eventFields(s: EventSuggestion, rows: CaseRows, all: readonly Suggestion[]): EventFields {
  const start = dateForForm(s.row.start, rows, all);
  const end = dateForForm(s.row.end, rows, all);
  const row = {
    kind: BLANK_EVENT_FIELDS.kind,
    label: '',
    ...s.row,
    start: start ?? { date: '', approximate: false },
    ...(end ? { end } : {}),
    id: s.id,
    evidence: [s.evidence],
  };
  const fields = eventToFields(row as TimelineEvent, rows.events);
  return { ...fields, ...(s.row.start === undefined ? { start: '', startApproximate: false } : {}) };
}

/**
 * `rows` are the case's, `all` the source's other suggestions: a date relative to one accepted
 * already names its event ("2 weeks after Ofatumumab dose 1"); one not accepted yet shows the
 * date the engine worked out, approximate if it is.
 */
export function fieldsFromSuggestion(s: Suggestion, rows: CaseRows, all: readonly Suggestion[] = []): SuggestionFields {
  return s.kind === 'observation'
    ? { table: 'observations', fields: observationFields(s, rows, all) }
    : { table: 'events', fields: eventFields(s, rows, all) };
}
