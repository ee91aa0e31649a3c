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
    // The next occurrence after the fact before; a longer span may start where that one did.
    const next = text.indexOf(words, from);
    const start = next >= 0 ? next : text.indexOf(words, Math.max(0, from - 1));
    if (start < 0) throw new Error(`"${words}" is not in the text`);
    from = start + 1;
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

  it('counts "After N months" from the last course, not from an outcome or symptom after it', () => {
    const [, , , late] = date(
      'On 2 June 2020 she received drugY 100 mg. After 2 weeks, she could walk. Her fatigue eased. After 2 months, she could run.',
      [
        ['drugY 100 mg', drug('DrugY'), 'event'],
        ['she could walk', { kind: 'outcome', label: 'Walks' }, 'event'],
        ['fatigue', { kind: 'symptom', label: 'Fatigue' }, 'event'],
        ['she could run', { kind: 'outcome', label: 'Runs' }, 'event'],
      ],
    );
    expect(late?.date).toMatchObject({ date: '2020-08', relativeTo: { eventId: 'f0', amount: 2, unit: 'months' } });
  });

  it('dates a symptom "for 5 years" at presentation as its onset, and nothing else by the duration', () => {
    const [, weakness, pred] = date(
      'A 60-year-old woman was admitted on 2 June 2021 with weakness for 5 years. She took prednisone 10 mg daily for 3 months.',
      [
        ['admitted', admission, 'event'],
        ['weakness', { kind: 'symptom', label: 'Weakness' }, 'event'],
        ['prednisone 10 mg daily for 3 months', drug('Prednisone'), 'event'],
      ],
    );
    expect(weakness).toEqual({
      date: {
        date: '2016',
        approximate: true,
        relativeTo: { eventId: 'f0', amount: 5, unit: 'years', direction: 'before' },
      },
      guessed: false,
    });
    // Borrowed from the admission's sentence: approximate, no link.
    expect(pred).toEqual({ date: { date: '2021-06-02', approximate: true }, guessed: true });
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

  it('carries a date two sentences at most, then falls back to the admission work-up: its day in its paragraph', () => {
    const [, , same] = date(
      'She was admitted on 4 March 2021. Weakness began in June 2020. Drug A 10 mg/day was tried. It failed. Her strength was grade 3.',
      [
        ['admitted', admission, 'event'],
        ['Drug A 10 mg/day', drug('Drug A'), 'event'],
        ['grade 3', {}, 'observation'],
      ],
    );
    expect(same).toEqual({ date: { date: '2021-03-04', approximate: true }, guessed: true });
  });

  it('dates the findings of a later paragraph by the admission’s month', () => {
    const [, near, far] = date(
      'She was admitted on 4 March 2021. Weakness began in June 2020. Drug A 10 mg/day was tried. It failed.\n\nHer strength was grade 3.',
      [
        ['admitted', admission, 'event'],
        ['Drug A 10 mg/day', drug('Drug A'), 'event'],
        ['grade 3', {}, 'observation'],
      ],
    );
    expect(near?.date?.date).toBe('2020-06');
    expect(far).toEqual({ date: { date: '2021-03', approximate: true }, guessed: true });
  });

  it('runs the steps of a taper list back to back: worked-out dates, plain and approximate', () => {
    const [a, b] = date('On 3 May 2019, she received methylprednisolone 1000 mg 3 days, 500 mg 3 days.', [
      [
        'methylprednisolone 1000 mg 3 days',
        drug('Methylprednisolone', { duration: { value: 3, unit: 'days' } }),
        'event',
      ],
      ['500 mg 3 days', drug('Methylprednisolone', { duration: { value: 3, unit: 'days' } }), 'event'],
    ]);
    expect(a?.date?.date).toBe('2019-05-03');
    expect(b).toEqual({ date: { date: '2019-05-06', approximate: true }, guessed: true });
  });

  it('gives a fact the date its words lead into, not a nearer one of the clause before', () => {
    const [admitted] = date('A woman with myositis, diagnosed in 2015, was admitted on 3 February 2023.', [
      ['was admitted', admission, 'event'],
    ]);
    expect(admitted?.date?.date).toBe('2023-02-03');
  });

  it('moves every step of a longer taper, not only the second', () => {
    const steps = date('On 3 May 2019, she received methylprednisolone 1000 mg 3 days, 500 mg 3 days, 250 mg 2 days.', [
      [
        'methylprednisolone 1000 mg 3 days',
        drug('Methylprednisolone', { duration: { value: 3, unit: 'days' } }),
        'event',
      ],
      ['500 mg 3 days', drug('Methylprednisolone', { duration: { value: 3, unit: 'days' } }), 'event'],
      ['250 mg 2 days', drug('Methylprednisolone', { duration: { value: 2, unit: 'days' } }), 'event'],
    ]);
    expect(steps.map((s) => s?.date?.date)).toEqual(['2019-05-03', '2019-05-06', '2019-05-09']);
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

  it('leaves a fact undated when its own sentence has a date that cannot be resolved, rather than carry one', () => {
    // An observation is no anchor: "Two weeks later" has nothing to count from.
    const [first, second] = date('CK was 900 U/l in May 2019. Two weeks later CK was 4000 U/l.', [
      ['CK was 900', {}, 'observation'],
      ['CK was 4000', {}, 'observation'],
    ]);
    expect(first?.date?.date).toBe('2019-05');
    expect(second).toEqual({ guessed: false });
  });

  it('dates a repeated dose from the first one in the same sentence', () => {
    const text = 'Rituximab 1 g was infused on 2 March 2021 and repeated two weeks later.';
    const [, second] = date(text, [
      ['Rituximab 1 g', drug('Rituximab dose 1'), 'event'],
      ['Rituximab 1 g was infused on 2 March 2021 and repeated two weeks later', drug('Rituximab dose 2'), 'event'],
    ]);
    expect(second?.date).toEqual({
      date: '2021-03-16',
      approximate: true,
      relativeTo: { eventId: 'f0', amount: 2, unit: 'weeks', direction: 'after' },
    });
  });

  it('counts "after 6 months of <drug>" from the start of that drug', () => {
    const [, , ck] = date(
      'In May 2018 she started azathioprine 100 mg daily. In June 2018 she had a rash. After 6 months of azathioprine, CK was 300 U/l.',
      [
        ['azathioprine 100 mg daily', drug('Azathioprine'), 'event'],
        ['rash', { kind: 'symptom', label: 'Rash' }, 'event'],
        ['CK was 300', {}, 'observation'],
      ],
    );
    expect(ck?.date).toMatchObject({ date: '2018-11', relativeTo: { eventId: 'f0', amount: 6, unit: 'months' } });
  });

  it('leaves a relative date it cannot anchor undated', () => {
    const [rash] = date('Rash began 2 years ago.', [['Rash', { kind: 'symptom', label: 'Rash' }, 'event']]);
    expect(rash).toEqual({ guessed: false });
  });
});
