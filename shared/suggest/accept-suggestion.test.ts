// Specification: accepting a suggestion gives the row a typed one would be, with its words as
// evidence; what the report did not say is a problem naming the field, never a made-up value.
import { describe, expect, it } from 'vitest';
import { rowFromSuggestion } from './accept-suggestion';
import { ck, day, eventSuggestion, FINGERPRINT, labSuggestion, treatment } from './suggestion-fixtures';

const empty = { events: [], observations: [] };

describe('rowFromSuggestion: rows it makes', () => {
  it('makes a lab row with the fresh id and the words as its evidence', () => {
    const s = labSuggestion('CK 1620 U/l', { analyte: 'CK', value: 1620, unit: 'U/L', date: day('2022-08-22') });
    const accepted = rowFromSuggestion(s, empty, [s], 'new-1');
    expect(accepted).toEqual({
      ok: true,
      value: {
        kind: 'observation',
        row: {
          id: 'new-1',
          analyte: 'CK',
          loinc: '2157-6',
          date: day('2022-08-22'),
          value: 1620,
          unit: 'U/L',
          evidence: [{ source: FINGERPRINT, start: 10, end: 21, quote: 'CK 1620 U/l' }],
        },
      },
    });
  });

  it('saves a synonym under the name the case already uses, so the row joins its panel', () => {
    const s = labSuggestion('CPK 900 U/L', { analyte: 'CPK', value: 900, unit: 'U/L', date: day('2022-10') });
    const accepted = rowFromSuggestion(s, { events: [], observations: [ck('c1', 1620, '2022-08-22')] }, [s], 'n');
    expect(accepted.ok && accepted.value.row).toMatchObject({ analyte: 'Creatine kinase (CK)', loinc: '2157-6' });
  });

  it('keeps a partial date at the precision the report gave', () => {
    const s = labSuggestion('LVEF 35%', { analyte: 'LVEF', value: 35, unit: '%', date: day('2019-10') });
    const accepted = rowFromSuggestion(s, empty, [s], 'n');
    expect(accepted.ok && accepted.value.kind === 'observation' && accepted.value.row.date).toEqual(day('2019-10'));
  });

  it('makes a treatment with its dose and route', () => {
    const s = eventSuggestion('ofatumumab 20 mg s.c.', {
      kind: 'treatment',
      label: 'Ofatumumab 20 mg',
      start: day('2022-09-05'),
      dose: { value: 20, unit: 'mg', route: 's.c.' },
    });
    const accepted = rowFromSuggestion(s, empty, [s], 'e1');
    expect(accepted.ok && accepted.value).toMatchObject({
      kind: 'event',
      row: { id: 'e1', kind: 'treatment', dose: { value: 20, unit: 'mg', route: 's.c.' }, evidence: [s.evidence] },
    });
  });

  it('links a date relative to another suggestion to the event accepted from it, resolved from its start', () => {
    const first = eventSuggestion('ofatumumab 20 mg', {
      kind: 'treatment',
      label: 'Ofatumumab',
      start: day('2022-09-05'),
    });
    const later = labSuggestion('CK fell to 300 U/L', {
      analyte: 'CK',
      value: 300,
      unit: 'U/L',
      date: {
        date: '2022-09-19',
        approximate: false,
        relativeTo: { eventId: first.id, amount: 2, unit: 'weeks', direction: 'after' },
      },
    });
    const rows = { events: [treatment('ofa', 'Ofatumumab dose 1', '2022-09-05')], observations: [] };
    const accepted = rowFromSuggestion(later, rows, [first, later], 'n');
    expect(accepted.ok && accepted.value.kind === 'observation' && accepted.value.row.date).toMatchObject({
      date: '2022-09-19',
      relativeTo: { eventId: 'ofa', amount: 2, unit: 'weeks', direction: 'after' },
    });
  });

  it('keeps a link to an event of the case as it is', () => {
    const s = labSuggestion('CK 300 U/L', {
      analyte: 'CK',
      value: 300,
      unit: 'U/L',
      date: {
        date: '2022-09-06',
        approximate: false,
        relativeTo: { eventId: 'ofa', amount: 1, unit: 'days', direction: 'after' },
      },
    });
    const rows = { events: [treatment('ofa', 'Ofatumumab dose 1', '2022-09-05')], observations: [] };
    const accepted = rowFromSuggestion(s, rows, [s], 'n');
    expect(accepted.ok && accepted.value.kind === 'observation' && accepted.value.row.date.relativeTo?.eventId).toBe(
      'ofa',
    );
  });
});

describe('rowFromSuggestion: problems naming the field', () => {
  it.each([
    [
      'a lab without a date',
      labSuggestion('CK 1620 U/l', { analyte: 'CK', value: 1620, unit: 'U/L' }, { missing: ['date'] }),
      'date',
    ],
    [
      'a lab whose date the engine did not list as missing',
      labSuggestion('CK 1620 U/l', { analyte: 'CK', value: 1620, unit: 'U/L' }),
      'date',
    ],
    [
      'a number without a unit',
      labSuggestion('CK 1620', { analyte: 'CK', value: 1620, date: day('2022-08') }, { missing: ['unit'] }),
      'unit',
    ],
    [
      'a number without a unit, not listed',
      labSuggestion('CK 1620', { analyte: 'CK', value: 1620, date: day('2022-08') }),
      'unit',
    ],
    [
      'a unit UCUM does not know, not flagged as free text',
      labSuggestion('CK 3 blorbs', { analyte: 'CK', value: 3, unit: 'blorbs', date: day('2022-08') }),
      'unit',
    ],
    [
      'a treatment without a start',
      eventSuggestion('rituximab 1 g', { kind: 'treatment', label: 'Rituximab', dose: { value: 1, unit: 'g' } }),
      'start',
    ],
    [
      'a dose without its unit',
      eventSuggestion('rituximab 1', { kind: 'treatment', label: 'Rituximab', start: day('2022'), dose: { value: 1 } }),
      'doseUnit',
    ],
    ['an event without a name', eventSuggestion('on 2 May', { kind: 'admission', start: day('2022-05-02') }), 'label'],
  ] as const)('refuses %s, naming the field', (_what, s, field) => {
    const accepted = rowFromSuggestion(s, empty, [s], 'n');
    expect(accepted.ok).toBe(false);
    expect(!accepted.ok && accepted.problems.map((p) => p.where)).toContain(field);
  });

  it('refuses a date relative to a suggestion not accepted yet, naming it', () => {
    const first = eventSuggestion('rituximab 1 g', { kind: 'treatment', label: 'Rituximab', start: day('2021-03') });
    const later = eventSuggestion('two weeks later', {
      kind: 'treatment',
      label: 'Rituximab',
      start: {
        date: '2021-03',
        approximate: true,
        relativeTo: { eventId: first.id, amount: 2, unit: 'weeks', direction: 'after' },
      },
    });
    const accepted = rowFromSuggestion(later, empty, [first, later], 'n');
    expect(accepted).toEqual({
      ok: false,
      problems: [{ where: 'start', message: expect.stringContaining('“Rituximab”, which is not in the case yet') }],
    });
  });

  it('never throws on a row the engine got wrong', () => {
    const s = labSuggestion('CK', { analyte: 'CK', value: Number.NaN, unit: 'U/L', date: day('2022-13') });
    expect(() => rowFromSuggestion(s, empty, [s], 'n')).not.toThrow();
    expect(rowFromSuggestion(s, empty, [s], 'n').ok).toBe(false);
  });
});
