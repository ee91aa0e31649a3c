import { describe, expect, it } from 'vitest';
import { parseAbsoluteDates } from './absolute-dates';

const read = (sentence: string) =>
  parseAbsoluteDates(sentence).map((p) => ({
    words: sentence.slice(p.start, p.end),
    date: p.date,
    precision: p.precision,
    approximate: p.approximate,
    yearMissing: p.yearMissing,
  }));

describe('parseAbsoluteDates', () => {
  it.each([
    ['He was seen on 3 June 2019 in clinic.', '3 June 2019', '2019-06-03', 'day'],
    ['She was seen on June 3, 2019.', 'June 3, 2019', '2019-06-03', 'day'],
    ['Biopsy on Aug. 14th, 2020 showed necrosis.', 'Aug. 14th, 2020', '2020-08-14', 'day'],
    ['Discharged 2021-11-30 after recovery.', '2021-11-30', '2021-11-30', 'day'],
    ['Seen on 25/04/2018 for review.', '25/04/2018', '2018-04-25', 'day'],
    ['Symptoms began in October 2019.', 'October 2019', '2019-10', 'month'],
    ['Relapse at the end of January 2021.', 'the end of January 2021', '2021-01', 'month'],
    ['Treatment was stopped in early March 2020.', 'early March 2020', '2020-03', 'month'],
    ['Seen again in Sept 2020.', 'Sept 2020', '2020-09', 'month'],
    ['Diagnosed in 2015 by a rheumatologist.', 'in 2015', '2015', 'year'],
    ['Well since mid-2018.', 'mid-2018', '2018', 'year'],
  ])('reads "%s" as %s → %s', (sentence, words, date, precision) => {
    expect(read(sentence).find((p) => p.precision === precision)).toMatchObject({ words, date, approximate: false });
  });

  it('gives a month written without a year as a month still to be given its year', () => {
    expect(read('Weakness returned at the beginning of June.')).toEqual([
      { words: 'the beginning of June', date: '06', precision: 'month', approximate: false, yearMissing: true },
    ]);
  });

  it.each([
    ['On 5 September, she was given a second dose.', '5 September', '09-05'],
    ['The drain came out on October 12, and she went home.', 'October 12', '10-12'],
  ])('reads a day without its year as a day still to be given its year: "%s"', (sentence, words, date) => {
    expect(read(sentence)).toEqual([{ words, date, precision: 'day', approximate: false, yearMissing: true }]);
  });

  it('reads no day in "May 2 patients"', () => {
    expect(read('May 2 patients respond? Few do.')).toEqual([]);
  });

  it.each([
    ['Onset was around March 2016.', '2016-03'],
    ['Treated approximately in 2012.', '2012'],
    ['First seen about 4 May 2011.', '2011-05-04'],
  ])('marks a hedged date approximate: "%s"', (sentence, date) => {
    expect(read(sentence).find((p) => p.date === date)?.approximate).toBe(true);
  });

  it.each([
    ['She may walk with help.'],
    ['The 2018 consensus criteria were met.'],
    ['ACR/EULAR 2016 criteria were fulfilled.'],
    ['Seen on 03/04/2018, day and month unknowable.'],
    ['A dose of 2000 mg was given.'],
    ['The patient marched on.'],
  ])('finds no date in "%s"', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});
