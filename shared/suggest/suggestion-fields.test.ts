// Specification: E on a suggestion opens the form with what the report gave, blanks where it gave
// nothing, and the words attached, so that saving the form as it is saves the suggestion's row.
import { describe, expect, it } from 'vitest';
import { fieldsToEvent } from '../editing/event-fields';
import { fieldsToObservation } from '../editing/observation-fields';
import { parseEvidenceText } from '../editing/evidence-field';
import { fieldsFromSuggestion } from './suggestion-fields';
import { day, eventSuggestion, labSuggestion, treatment } from './suggestion-fixtures';

const none = { events: [], observations: [] };

describe('fieldsFromSuggestion', () => {
  it('fills the lab form with the value, unit and date, the words as evidence', () => {
    const s = labSuggestion('CK >300.0 U/l', {
      analyte: 'CK',
      comparator: '>',
      value: 300,
      decimalPlaces: 1,
      unit: 'U/L',
      date: day('2022-08'),
    });
    const form = fieldsFromSuggestion(s, none);
    expect(form.table).toBe('observations');
    expect(form.fields).toMatchObject({ analyte: 'CK', value: '>300.0', unit: 'U/L', date: '2022-08' });
    expect(parseEvidenceText(form.fields.evidence)).toEqual({ ok: true, value: [s.evidence] });
    // Saved as it is, the form makes the row the suggestion proposed.
    const saved = form.table === 'observations' ? fieldsToObservation(form.fields, 'n', []) : undefined;
    expect(saved?.ok && saved.value).toMatchObject({ comparator: '>', value: 300, decimalPlaces: 1 });
  });

  it('leaves a date the report did not give blank, never a made-up one', () => {
    const form = fieldsFromSuggestion(labSuggestion('CK 1620 U/l', { analyte: 'CK', value: 1620, unit: 'U/L' }), none);
    expect(form.fields).toMatchObject({ date: '', value: '1620' });
  });

  it('fills the event form with the drug, dose, route and a date relative to an event of the case', () => {
    const s = eventSuggestion('ofatumumab 20 mg s.c.', {
      kind: 'treatment',
      label: 'Ofatumumab',
      dose: { value: 20, unit: 'mg', route: 's.c.' },
      start: {
        date: '2022-09-19',
        approximate: true,
        relativeTo: { eventId: 'ofa', amount: 2, unit: 'weeks', direction: 'after' },
      },
    });
    const events = [treatment('ofa', 'Ofatumumab dose 1', '2022-09-05')];
    const form = fieldsFromSuggestion(s, { events, observations: [] });
    expect(form.fields).toMatchObject({
      kind: 'treatment',
      label: 'Ofatumumab',
      doseValue: '20',
      doseUnit: 'mg',
      route: 's.c.',
      start: '2 weeks after Ofatumumab dose 1',
    });
    const saved = form.table === 'events' ? fieldsToEvent(form.fields, 'n', events) : undefined;
    expect(saved?.ok).toBe(true);
  });

  it('shows a date relative to a suggestion not accepted yet as the date worked out, approximate as it is', () => {
    const first = eventSuggestion('azathioprine', { kind: 'treatment', label: 'Azathioprine', start: day('2017') });
    const later = eventSuggestion('two weeks later', {
      kind: 'treatment',
      label: 'Methotrexate',
      start: {
        date: '2017',
        approximate: true,
        relativeTo: { eventId: first.id, amount: 2, unit: 'weeks', direction: 'after' },
      },
    });
    expect(fieldsFromSuggestion(later, none, [first, later]).fields).toMatchObject({
      start: '2017',
      startApproximate: true,
    });
    // Once the first is in the case, the date names it.
    const rows = { events: [treatment('aza', 'Azathioprine', '2017')], observations: [] };
    expect(fieldsFromSuggestion(later, rows, [first, later]).fields).toMatchObject({
      start: '2 weeks after Azathioprine',
    });
  });

  it('leaves an event without a start or a name with those fields blank', () => {
    const form = fieldsFromSuggestion(eventSuggestion('rituximab', { kind: 'treatment' }), none);
    expect(form.fields).toMatchObject({ kind: 'treatment', label: '', start: '' });
  });
});
