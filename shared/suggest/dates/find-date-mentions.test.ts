import { describe, expect, it } from 'vitest';
import { readingText } from '../suggest-facts';
import { findDateMentions } from './find-date-mentions';

const mentions = (text: string) =>
  findDateMentions(readingText(text)).map(({ start, end, ...rest }) => ({ words: text.slice(start, end), ...rest }));

describe('findDateMentions', () => {
  it('gives a month without a year the year of the date before it, and says so', () => {
    const found = mentions('Rash appeared in November 2020. Weakness followed in February.');
    expect(found[1]).toMatchObject({ words: 'in February', date: '2020-02', precision: 'month', yearGuessed: true });
  });

  it('gives a day without a year the year of the date before it', () => {
    const found = mentions('She was admitted on 30 August 2021. On 2 September, CK fell.');
    expect(found[1]).toMatchObject({ words: '2 September', date: '2021-09-02', precision: 'day', yearGuessed: true });
  });

  it('drops a month without a year when no year came before it, rather than inventing one', () => {
    expect(mentions('Weakness began in March. She was admitted.')).toEqual([]);
  });

  it('reads a thin space between day and month as a space', () => {
    expect(mentions('Seen on 2\u2009May\u20092019.')[0]).toMatchObject({ date: '2019-05-02', precision: 'day' });
  });

  it('keeps one reading of each words: the day, not the month and the year inside it', () => {
    expect(mentions('On 12 March 2021 she was admitted.').map((m) => m.words)).toEqual(['12 March 2021']);
  });

  it.each([
    ['The protocol was approved by the ethics committee on 2 May 2019.'],
    ['This work was funded by grant 2020-11 (awarded in June 2020).'],
    ['She had had weakness for 5 years.'],
    ['Smith et al. described a similar case in March 2018.'],
    ['A 47-year-old woman presented with rash.'],
    ['The 2017 EULAR/ACR classification criteria were fulfilled.'],
  ])('finds no patient date in "%s"', (text) => {
    expect(mentions(text).filter((m) => !(m.kind === 'relative' && m.from === 'lasting'))).toEqual([]);
  });

  it('reads nothing in the reference list', () => {
    const text =
      'She improved in May 2020.\n\nReferences\n\n1. Smith J. A case. J Med 2019 Oct 3;12:4.\nPublished 14 October 2016.';
    expect(mentions(text).map((m) => m.words)).toEqual(['May 2020']);
  });
});

describe('findDateMentions on hostile text', () => {
  it.each([
    [''],
    ['in 0000'],
    ['99999 years ago'],
    ['at the age of 999'],
    ['On 31 February 2021.'],
    ['May May May 2021 2021'],
    ['after '.repeat(5000)],
  ])('never throws: %#', (text) => {
    expect(() => mentions(text)).not.toThrow();
  });

  it('makes no impossible date', () => {
    expect(
      mentions('Seen on 31 February 2021.').filter((m) => m.kind === 'absolute' && m.date === '2021-02-31'),
    ).toEqual([]);
  });
});
