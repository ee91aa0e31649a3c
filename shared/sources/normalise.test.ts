// Specification of the source normaliser: what every fingerprint and anchor offset counts into.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NORMALISER_VERSION, normalisePdfPages, normaliseText } from './normalise';

describe('normaliseText', () => {
  it('is version 1', () => {
    expect(NORMALISER_VERSION).toBe(1);
  });

  it('composes to NFC: "e" and a combining acute accent become "é"', () => {
    expect(normaliseText('myosite\u0301')).toBe('myosit\u00e9');
  });

  it.each([
    ['CR LF', 'CK 4210\r\nU/L'],
    ['CR', 'CK 4210\rU/L'],
    ['NEL', 'CK 4210\u0085U/L'],
    ['the line separator', 'CK 4210\u2028U/L'],
    ['the paragraph separator', 'CK 4210\u2029U/L'],
    ['a form feed', 'CK 4210\fU/L'],
    ['a vertical tab', 'CK 4210\vU/L'],
  ])('ends lines with LF where the text has %s', (_name, text) => {
    expect(normaliseText(text)).toBe('CK 4210\nU/L');
  });

  it.each([
    ['\uFB00', 'ff'],
    ['\uFB01', 'fi'],
    ['\uFB02', 'fl'],
    ['\uFB03', 'ffi'],
    ['\uFB04', 'ffl'],
    ['\uFB05', 'st'],
    ['\uFB06', 'st'],
  ])('expands the ligature %s to "%s"', (ligature, letters) => {
    expect(normaliseText(`a${ligature}b`)).toBe(`a${letters}b`);
  });

  it('finds "fibrosis" where a PDF font wrote "ﬁbrosis"', () => {
    expect(normaliseText('\uFB01brosis')).toBe('fibrosis');
  });

  it.each([
    ['a soft hyphen', 'necro\u00ADtizing'],
    ['a zero-width space', 'necro\u200Btizing'],
    ['a zero-width joiner', 'necro\u200Dtizing'],
    ['a word joiner', 'necro\u2060tizing'],
    ['a left-to-right mark', 'necro\u200Etizing'],
    ['a byte-order mark inside the text', 'necro\uFEFFtizing'],
  ])('removes %s, as case texts do', (_name, text) => {
    expect(normaliseText(text)).toBe('necrotizing');
  });

  it('keeps tabs, line ends, no-break and thin spaces, and letters outside ASCII', () => {
    const text = 'CK\t4210\u00A0U/L\n3\u2009mg·kg⁻¹ µg ×10⁹/L –';
    expect(normaliseText(text)).toBe(text);
  });

  it('removes control characters other than tab and line ends', () => {
    expect(normaliseText('CK\u0000 42\u001B10\u007F U/L\u0090')).toBe('CK 4210 U/L');
  });

  it('replaces half a character (a lone surrogate) with U+FFFD', () => {
    expect(normaliseText('a\uD800b')).toBe('a\uFFFDb');
    expect(normaliseText('😀')).toBe('😀');
  });

  it('composes what a removed invisible character held apart', () => {
    expect(normaliseText('e\u200B\u0301')).toBe('\u00e9');
  });

  it('changes nothing the second time (any text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), fc.string({ unit: 'binary' }), (a, b) => {
        for (const text of [a, b, a + '\r\n\uFB01\u00AD' + b]) {
          const once = normaliseText(text);
          expect(normaliseText(once)).toBe(once);
        }
      }),
    );
  });

  it('leaves words hyphenated across lines of a text file as they are', () => {
    expect(normaliseText('necro-\ntizing')).toBe('necro-\ntizing');
  });
});

describe('normalisePdfPages', () => {
  const one = (text: string) => normalisePdfPages([text])[0];

  it('joins "necro-\\ntizing" into "necrotizing"', () => {
    expect(one('immune-mediated necro-\ntizing myopathy')).toBe('immune-mediated necrotizing myopathy');
  });

  it('keeps the hyphen where the second part is capitalised: "anti-\\nSRP" → "anti-SRP"', () => {
    expect(one('positive for anti-\nSRP antibodies')).toBe('positive for anti-SRP antibodies');
  });

  it('keeps the hyphen where the word is written hyphenated on one line elsewhere in the document', () => {
    expect(normalisePdfPages(['a muscle-\nspecific finding', 'a Muscle-Specific one'])).toEqual([
      'a muscle-specific finding',
      'a Muscle-Specific one',
    ]);
    expect(one('a muscle-\nspecific finding')).toBe('a musclespecific finding');
  });

  it.each([
    ['a number after the hyphen', 'COVID-\n19 infection', 'COVID-19 infection'],
    ['a number before it', 'a 5-\nday course', 'a 5-day course'],
    ['an abbreviation before it', 'IVIG-\ntreated patients', 'IVIG-treated patients'],
    ['a compound before it', 'anti-SRP-\npositive cases', 'anti-SRP-positive cases'],
    ['U+2010 HYPHEN as the hyphen', 'anti\u2010\nSRP', 'anti\u2010SRP'],
  ])('keeps the hyphen with %s', (_name, text, joined) => {
    expect(one(text)).toBe(joined);
  });

  it('joins across spaces at the line end and the next line start, and several lines in a row', () => {
    expect(one('ne-  \n  cro-\ntizing')).toBe('necrotizing');
  });

  it('removes a soft hyphen at a line end with the line end', () => {
    expect(one('necro\u00AD\ntizing')).toBe('necrotizing');
  });

  it('leaves a dash between spaced words and a hyphen before a blank line alone where no word follows', () => {
    expect(one('range 5 -\n10')).toBe('range 5 -\n10');
    expect(one('Key words: myositis-\n\nIntroduction')).toBe('Key words: myositis-\n\nIntroduction');
  });

  it('leaves a word split across a page end on its two pages', () => {
    expect(normalisePdfPages(['necro-', 'tizing'])).toEqual(['necro-', 'tizing']);
  });

  it('normalises each page as text too', () => {
    expect(one('\uFB01brosis\r\nCK')).toBe('fibrosis\nCK');
  });
});

describe('normalisePdfPages on hostile text', () => {
  it('reads a page of one 200,000-letter word in linear time (no backtracking blow-up)', () => {
    const word = 'a'.repeat(200_000);
    expect(normalisePdfPages([`${word}-\n${word}`])[0]).toHaveLength(400_000);
  });
});
