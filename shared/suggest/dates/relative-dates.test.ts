import { describe, expect, it } from 'vitest';
import { parseRelativeDates } from './relative-dates';

const read = (sentence: string) =>
  parseRelativeDates(sentence).map(({ start, end, ...rest }) => ({ words: sentence.slice(start, end), ...rest }));

describe('parseRelativeDates', () => {
  it.each([
    ['Three weeks later, CK fell.', 'Three weeks later', 3, 'weeks', 'after', 'previous-event'],
    ['A month afterwards she relapsed.', 'A month afterwards', 1, 'months', 'after', 'previous-event'],
    ['After 3 months, strength was normal.', 'After 3 months', 3, 'months', 'after', 'previous-event'],
    ['Following two weeks the rash faded.', 'Following two weeks', 2, 'weeks', 'after', 'previous-event'],
    ['Symptoms began 4 years ago.', '4 years ago', 4, 'years', 'before', 'report-present'],
    ['The next day she could swallow.', 'The next day', 1, 'days', 'after', 'previous-event'],
  ])('reads "%s"', (sentence, words, amount, unit, direction, from) => {
    // "After 3 months" and "Following two weeks" count from the last course, "later" from the last event.
    const afterCourse = /^(?:after|following)/i.test(words) ? { afterCourse: true } : {};
    expect(read(sentence)).toEqual([{ words, kind: 'relative', amount, unit, direction, from, ...afterCourse }]);
  });

  it.each([
    ['Ptosis appeared 10 days after admission.', 'admission', 10, 'after'],
    ['CK rose two weeks before the first infusion.', 'first infusion', 2, 'before'],
    ['Rash 1 month prior to presentation.', 'presentation', 1, 'before'],
    ['After 8 months of methotrexate, CK was normal.', 'methotrexate', 8, 'after'],
  ])('reads the named event in "%s"', (sentence, anchor, amount, direction) => {
    expect(read(sentence)[0]).toMatchObject({ kind: 'relative', from: 'named-event', anchor, amount, direction });
  });

  it('reads "after admission" as the admission, some time after, and "on admission" as its day', () => {
    expect(read('After admission, she was given fluids.')[0]).toMatchObject({
      amount: 0,
      anchor: 'admission',
      sameDay: false,
    });
    expect(read('On admission, CK was high.')[0]).toMatchObject({ amount: 0, anchor: 'admission', sameDay: true });
  });

  it('reads a hospital day as days after the admission, day 1 being its own day', () => {
    expect(read('On day 4 of hospitalization, she developed ptosis.')[0]).toMatchObject({
      amount: 3,
      unit: 'days',
      anchor: 'admission',
    });
    expect(read('On hospital day 1 a CT was done.')[0]).toMatchObject({ amount: 0, sameDay: true });
  });

  it('reads "At 6 months" as an outcome counted from the event before, not an age', () => {
    expect(read('At 6 months, she walked unaided.')[0]).toMatchObject({
      amount: 6,
      unit: 'months',
      from: 'previous-event',
    });
    expect(read('At the 3-month follow-up CK was normal.')[0]).toMatchObject({ amount: 3, unit: 'months' });
    expect(read('Hypotonia was noted at 6 months of age.')).toEqual([]);
  });

  it('reads "for 5 years" as how long something lasted', () => {
    expect(read('She had weakness for 5 years.')).toEqual([
      { words: 'for 5 years', kind: 'relative', amount: 5, unit: 'years', direction: 'before', from: 'lasting' },
    ]);
  });

  it('reads an age as an age', () => {
    expect(read('Myalgia first appeared at the age of 39.')).toEqual([
      { words: 'at the age of 39', kind: 'age', years: 39 },
    ]);
    expect(read('It started when he was 12 years old.')[0]).toMatchObject({ kind: 'age', years: 12 });
  });

  it.each([
    ['Weakness of the legs for 5 years.'],
    ['A 54-year-old man with a 3-month history of rash.'],
    ['He was treated within 2 weeks.'],
    ['Several weeks later he improved.'],
    ['After 2 years of follow-up, there was no relapse.'],
  ])('finds no date in "%s" (a duration, an age, a bound)', (sentence) => {
    // A duration is read as how long something lasted ('lasting'), never as a date of its own.
    const found = read(sentence).filter((f) => !(f.kind === 'relative' && f.from === 'lasting'));
    expect(found.filter((f) => f.kind === 'age' || (f.kind === 'relative' && f.from !== 'previous-event'))).toEqual([]);
    if (!/follow-up/.test(sentence)) expect(found).toEqual([]);
  });
});
