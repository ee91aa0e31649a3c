// Specification: when a suggestion is a fact the case already holds, so the queue shows it as
// abstracted and offers to attach its words to that row instead of adding a twin.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/case';
import { existingRowFor } from './match-existing';
import { ck, day, eventSuggestion, labSuggestion, treatment } from './suggestion-fixtures';

const rows = {
  observations: [
    ck('ck-aug', 1620, '2022-08-22'),
    ck('ck-sep', 4800, '2022-09'),
    {
      id: 'anti-srp',
      analyte: 'Anti-SRP antibody',
      date: day('2022-08-22'),
      valueText: 'positive',
    },
  ],
  events: [
    treatment('ofa-1', 'Ofatumumab dose 1', '2022-09-05', { value: 20, unit: 'mg', route: 's.c.' }),
    treatment('pred', 'Prednisone', '2022-08-24', { value: 60, unit: 'mg', frequency: 'daily' }),
    { id: 'adm', kind: 'admission', label: 'Admission', start: day('2022-08-20') } satisfies TimelineEvent,
  ],
};

describe('existingRowFor: labs', () => {
  it.each([
    [
      'the name the case uses',
      { analyte: 'Creatine kinase (CK)', value: 1620, unit: 'U/L', date: day('2022-08-22') },
      'ck-aug',
    ],
    ['an abbreviation of it ("CK")', { analyte: 'CK', value: 1620, unit: 'U/L', date: day('2022-08-22') }, 'ck-aug'],
    ['another synonym ("CPK")', { analyte: 'CPK', value: 4800, unit: 'U/L', date: day('2022-09-14') }, 'ck-sep'],
    ['a month for a row given the day', { analyte: 'CK', value: 1620, unit: 'U/L', date: day('2022-08') }, 'ck-aug'],
    ['an undated one when one row alone fits', { analyte: 'CK', value: 4800, unit: 'U/L' }, 'ck-sep'],
    [
      'a text result in another case',
      { analyte: 'Anti-SRP antibody', valueText: 'Positive', date: day('2022-08-22') },
      'anti-srp',
    ],
  ])('matches %s', (_what, row, id) => {
    expect(existingRowFor(labSuggestion('CK …', row), rows)).toEqual({ kind: 'observation', id });
  });

  it.each([
    ['another value', { analyte: 'CK', value: 1621, unit: 'U/L', date: day('2022-08-22') }],
    ['another date', { analyte: 'CK', value: 1620, unit: 'U/L', date: day('2022-08-23') }],
    ['another analyte with the value', { analyte: 'ALT', value: 1620, unit: 'U/L', date: day('2022-08-22') }],
    [
      'a censored value (">1620")',
      { analyte: 'CK', value: 1620, comparator: '>', unit: 'U/L', date: day('2022-08-22') },
    ],
    ['a number where the row has text', { analyte: 'Anti-SRP antibody', value: 1, unit: '1', date: day('2022-08-22') }],
    ['no analyte', { value: 1620, unit: 'U/L', date: day('2022-08-22') }],
  ] as const)('does not match %s', (_what, row) => {
    expect(existingRowFor(labSuggestion('CK …', row), rows)).toBeUndefined();
  });

  it('does not guess between two rows when the suggestion has no date', () => {
    const twice = { ...rows, observations: [ck('a', 300, '2022-01-01'), ck('b', 300, '2022-02-01')] };
    expect(existingRowFor(labSuggestion('CK 300', { analyte: 'CK', value: 300, unit: 'U/L' }), twice)).toBeUndefined();
  });
});

describe('existingRowFor: treatments and other events', () => {
  it.each([
    [
      'the drug under its label with a dose',
      { kind: 'treatment', label: 'ofatumumab 20 mg s.c.', start: day('2022-09-05') },
      'ofa-1',
    ],
    [
      'the drug named in other words',
      { kind: 'treatment', label: 'subcutaneous OFATUMUMAB', start: day('2022-09-05') },
      'ofa-1',
    ],
    [
      'a dosed event without a kind',
      { label: 'prednisone', dose: { value: 60, unit: 'mg' }, start: day('2022-08-24') },
      'pred',
    ],
    ['an admission by kind, name and date', { kind: 'admission', label: 'admission', start: day('2022-08-20') }, 'adm'],
  ] as const)('matches %s', (_what, row, id) => {
    expect(existingRowFor(eventSuggestion('…', row), rows)).toEqual({ kind: 'event', id });
  });

  it.each([
    ['the drug on another day', { kind: 'treatment', label: 'Ofatumumab', start: day('2022-09-19') }],
    ['another drug on the day', { kind: 'treatment', label: 'Rituximab', start: day('2022-09-05') }],
    ['the admission as another kind', { kind: 'procedure', label: 'Admission', start: day('2022-08-20') }],
    ['an event without a name', { kind: 'treatment', start: day('2022-09-05') }],
  ] as const)('does not match %s', (_what, row) => {
    expect(existingRowFor(eventSuggestion('…', row), rows)).toBeUndefined();
  });
});

describe('existingRowFor: the row citing the words', () => {
  it('is the suggestion’s row even after its date and name were corrected', () => {
    const s = eventSuggestion('methylprednisolone 250 mg', {
      kind: 'treatment',
      label: 'Methylprednisolone',
      start: day('2022-08-25'),
    });
    const corrected = { ...treatment('mp-2', 'IV steroid step 2', '2022-08-26'), evidence: [s.evidence] };
    expect(existingRowFor(s, { events: [corrected], observations: [] })).toEqual({ kind: 'event', id: 'mp-2' });
  });

  it('is not a row citing other words of the sentence, nor a row of the other kind', () => {
    const s = labSuggestion('CK 1620 U/l', { analyte: 'CK', value: 1620, unit: 'U/L', date: day('2022-08-22') });
    const wider = { ...ck('wide', 999, '2021-01-01'), evidence: [{ ...s.evidence, end: s.evidence.end + 5 }] };
    const event = { ...treatment('e', 'Something', '2021-01-01'), evidence: [s.evidence] };
    expect(existingRowFor(s, { events: [event], observations: [wider] })).toBeUndefined();
  });

  it('of a phrase holding two facts is the row of the fact it states, not of its sibling', () => {
    const mouth = eventSuggestion('dryness of the mouth and eyes', {
      kind: 'symptom',
      label: 'Dry mouth',
      start: day('2022-05'),
    });
    const eyes = { ...mouth, id: `${mouth.id}-2`, row: { ...mouth.row, label: 'Dry eyes' } };
    const accepted: TimelineEvent = {
      id: 'dry-mouth',
      kind: 'symptom',
      label: 'Dry mouth',
      start: day('2022-05'),
      evidence: [mouth.evidence],
    };
    const rows = { events: [accepted], observations: [] };
    expect(existingRowFor(mouth, rows, [mouth, eyes])).toEqual({ kind: 'event', id: 'dry-mouth' });
    expect(existingRowFor(eyes, rows, [mouth, eyes])).toBeUndefined();
  });
});
