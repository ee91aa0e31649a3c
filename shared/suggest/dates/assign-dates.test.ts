import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../model/case';
import { readingText } from '../suggest-facts';
import { assignDates, type DatingContext, type FactToDate } from './assign-dates';
import { findDateMentions } from './find-date-mentions';

/** Facts at the words given, in order; an event's kind and label come with it. */
function date(
  text: string,
  facts: [string, Partial<FactToDate['row']>, 'event' | 'observation'][],
  context: DatingContext = {},
) {
  const reading = readingText(text);
  let from = 0;
  const placed: FactToDate[] = facts.map(([words, row, kind], i) => {
    const start = text.indexOf(words, from);
    if (start < 0) throw new Error(`"${words}" is not in the text`);
    from = start + words.length;
    return { id: `f${i}`, kind, start, end: start + words.length, row };
  });
  const dates = assignDates(reading, placed, findDateMentions(reading), context);
  return placed.map((f) => dates.get(f.id));
}

const admission = { kind: 'admission', label: 'Hospital admission' };
const drug = (label: string, extra: Partial<FactToDate['row']> = {}) => ({ kind: 'treatment', label, ...extra });

describe('assignDates', () => {
  it('gives a fact the date of its own sentence', () => {
    const [a, b] = date('She was admitted on 4 March 2021. On 9 March 2021 she received rituximab 1 g.', [
      ['admitted', admission, 'event'],
      ['rituximab 1 g', drug('Rituximab'), 'event'],
    ]);
    expect(a).toEqual({ date: { date: '2021-03-04', approximate: false }, guessed: false });
    expect(b).toEqual({ date: { date: '2021-03-09', approximate: false }, guessed: false });
  });

  it('counts "ago" from the admission and keeps the link', () => {
    const [, onset] = date('She was admitted on 4 March 2021. Rash began 3 years ago.', [
      ['admitted', admission, 'event'],
      ['Rash', { kind: 'symptom', label: 'Rash' }, 'event'],
    ]);
    expect(onset).toEqual({
      date: {
        date: '2018',
        approximate: true,
        relativeTo: { eventId: 'f0', amount: 3, unit: 'years', direction: 'before' },
      },
      guessed: false,
    });
  });

  it('counts "After N months" after repeated doses from the first dose (our call)', () => {
    const [, , ck] = date(
      'On 2 June 2020 she received a first dose of drugX 300 mg. On 1 July 2020 a second dose of drugX 300 mg was given. After 3 months, CK was 210 U/l.',
      [
        ['drugX 300 mg', drug('DrugX dose 1'), 'event'],
        ['drugX 300 mg', drug('DrugX dose 2'), 'event'],
        ['CK was 210', {}, 'observation'],
      ],
    );
    expect(ck?.date).toEqual({
      date: '2020-09',
      approximate: true,
      relativeTo: { eventId: 'f0', amount: 3, unit: 'months', direction: 'after' },
    });
  });

  it('dates "at the age of N" from the age at presentation and the admission', () => {
    const [, onset] = date('A 50-year-old man was admitted on 1 May 2020. Ptosis first appeared at the age of 44.', [
      ['admitted', admission, 'event'],
      ['Ptosis', { kind: 'symptom', label: 'Ptosis' }, 'event'],
    ]);
    expect(onset?.date).toMatchObject({
      date: '2014',
      relativeTo: { eventId: 'f0', amount: 6, unit: 'years', direction: 'before' },
    });
  });

  it('dates a finding without a date after a dated admission by the admission month, approximate and guessed', () => {
    const [, ck] = date('She was admitted on 4 March 2021.\n\nLaboratory tests showed CK 5400 U/l.', [
      ['admitted', admission, 'event'],
      ['CK 5400', {}, 'observation'],
    ]);
    expect(ck).toEqual({ date: { date: '2021-03', approximate: true }, guessed: true });
  });

  it('carries the last date of the paragraph to a fact without one, approximate and guessed', () => {
    const [pred] = date('Weakness recurred in June 2019. Prednisone 40 mg/day was given.', [
      ['Prednisone 40 mg/day', drug('Prednisone'), 'event'],
    ]);
    expect(pred).toEqual({ date: { date: '2019-06', approximate: true }, guessed: true });
  });

  it('runs the steps of a taper list back to back, each linked to the one before', () => {
    const [a, b] = date('On 3 May 2019, she received methylprednisolone 1000 mg 3 days, 500 mg 3 days.', [
      [
        'methylprednisolone 1000 mg 3 days',
        drug('Methylprednisolone', { duration: { value: 3, unit: 'days' } }),
        'event',
      ],
      ['500 mg 3 days', drug('Methylprednisolone', { duration: { value: 3, unit: 'days' } }), 'event'],
    ]);
    expect(a?.date?.date).toBe('2019-05-03');
    expect(b).toEqual({
      date: {
        date: '2019-05-06',
        approximate: false,
        relativeTo: { eventId: 'f0', amount: 3, unit: 'days', direction: 'after' },
      },
      guessed: true,
    });
  });

  it('links to the case event when the case already has the anchor', () => {
    const events: TimelineEvent[] = [
      { id: 'adm', kind: 'admission', label: 'Hospital admission', start: { date: '2021-03-04', approximate: false } },
    ];
    const [, onset] = date(
      'She was admitted on 4 March 2021. Rash began 2 years ago.',
      [
        ['admitted', admission, 'event'],
        ['Rash', { kind: 'symptom', label: 'Rash' }, 'event'],
      ],
      { events },
    );
    expect(onset?.date?.relativeTo?.eventId).toBe('adm');
  });

  it('gives two facts of one sentence each the date nearest to it', () => {
    const [x, y] = date('She received drugA 5 mg on 3 May 2020 and drugB 10 mg on 10 May 2020.', [
      ['drugA 5 mg', drug('DrugA'), 'event'],
      ['drugB 10 mg', drug('DrugB'), 'event'],
    ]);
    expect([x?.date?.date, y?.date?.date]).toEqual(['2020-05-03', '2020-05-10']);
  });

  it('counts "2 weeks after the start of treatment" from the last course', () => {
    const [, ck] = date(
      'On 1 April 2020 she started tacrolimus 2 mg daily. CK was 900 U/l 2 weeks after the start of treatment.',
      [
        ['tacrolimus 2 mg daily', drug('Tacrolimus'), 'event'],
        ['CK was 900', {}, 'observation'],
      ],
    );
    expect(ck?.date).toMatchObject({ date: '2020-04-15', relativeTo: { eventId: 'f0', amount: 2, unit: 'weeks' } });
  });

  it('leaves a relative date it cannot anchor undated', () => {
    const [rash] = date('Rash began 2 years ago.', [['Rash', { kind: 'symptom', label: 'Rash' }, 'event']]);
    expect(rash).toEqual({ guessed: false });
  });
});
