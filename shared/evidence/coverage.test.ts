import { describe, expect, it } from 'vitest';
import { anchorFromSelection } from './create-anchor';
import {
  citedRanges,
  factSentences,
  factsIn,
  nextSentenceAfter,
  splitSentences,
  uncitedFactSentences,
  type TextRange,
} from './coverage';
import { resolveAnchors } from './resolve-anchor';

const sentencesOf = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it.each([
    [
      'a decimal',
      'CK fell to 1.5 times the upper limit. She improved.',
      ['CK fell to 1.5 times the upper limit.', 'She improved.'],
    ],
    [
      'a unit before the full stop',
      'Glucose was 90 mg/dL. Insulin was stopped.',
      ['Glucose was 90 mg/dL.', 'Insulin was stopped.'],
    ],
    [
      '"e.g." and "vs."',
      'Drugs (e.g. MTX) were tried vs. IVIG alone. None helped.',
      ['Drugs (e.g. MTX) were tried vs. IVIG alone.', 'None helped.'],
    ],
    [
      'a title',
      'She was seen by Dr. Smith in clinic. CK was 300 U/L.',
      ['She was seen by Dr. Smith in clinic.', 'CK was 300 U/L.'],
    ],
    [
      'a figure',
      'Biopsy is shown in Fig. 2 below. It was necrotizing.',
      ['Biopsy is shown in Fig. 2 below.', 'It was necrotizing.'],
    ],
    [
      'an abbreviated month',
      'Seen on 3 Jan. 2020 with weakness. Admitted.',
      ['Seen on 3 Jan. 2020 with weakness.', 'Admitted.'],
    ],
    [
      'a heading and a table row (line breaks)',
      'Laboratory results\nCK 4210 U/L\nALT 180 U/L',
      ['Laboratory results', 'CK 4210 U/L', 'ALT 180 U/L'],
    ],
    [
      'blank lines and spaces around',
      '\n\n  Weakness for 5 years.  \n\nNo rash.',
      ['Weakness for 5 years.', 'No rash.'],
    ],
  ])('keeps %s in its sentence', (_, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('still ends a sentence at "et al." (as reports often do)', () => {
    expect(sentencesOf('As reported by Suzuki et al. The patient improved.')).toHaveLength(2);
  });

  it('gives UTF-16 ranges that hold emoji and 𝛼 whole', () => {
    const text = 'Rash 😀 seen. Anti-𝛼 titre 1:80.';
    expect(sentencesOf(text)).toEqual(['Rash 😀 seen.', 'Anti-𝛼 titre 1:80.']);
  });
});

describe('factsIn', () => {
  it.each([
    ['CK was 4210 U/l.', ['number', 'unit']],
    ['She received two doses.', ['number']],
    ['Admitted on 22 August 2022.', ['number', 'date']],
    ['Recurrence began in May.', ['date']],
    ['Dose given in mg/kg per day.', ['unit']],
    ['Muscle weakness continued to worsen.', []],
    ['No one may say so.', []],
  ])('%s holds %j', (sentence, kinds) => {
    expect(factsIn(sentence)).toEqual(kinds);
  });
});

/**
 * The written sample: a heading and 11 sentences, 8 of them with a number, a unit or a date
 * (marked ✱), 3 of those cited; the heading and 3 sentences hold no fact.
 */
const SAMPLE = `Case presentation\n${[
  'A 61-year-old woman was admitted on 22 August 2022.', // ✱ cited
  'She had weakness of the limbs for 5 years, e.g. on climbing stairs.', // ✱
  'Her creatine kinase was 4210 U/L vs. 400 U/L before.', // ✱ cited
  'Dr. Smith found dysphagia.', // no fact
  'Prednisone 60 mg/day was given.', // ✱
  'IVIG 2 g/kg was infused over 5 days.', // ✱ cited (partly)
  'She improved slowly.', // no fact
  'By Jan. 2023 CK had fallen to 1.5 times normal.', // ✱
  'She received two doses of rituximab.', // ✱
  'Hearing and vision were normal.', // no fact
  'Fig. 2 shows the MRI of the thighs.', // ✱
].join(' ')}`;

describe('splitSentences on a long report', () => {
  it('gives the same sentences however the text falls into the windows it is segmented in', () => {
    // 50 copies of the sample, each ending its line: 50 × 12 sentences, the same in every copy.
    const copy = `${SAMPLE}\n`;
    const text = copy.repeat(50);
    expect(text.length).toBeGreaterThan(20_000);
    const one = splitSentences(copy);
    const expected = Array.from({ length: 50 }, (_, i) =>
      one.map((r) => ({ start: r.start + i * copy.length, end: r.end + i * copy.length })),
    ).flat();
    expect(splitSentences(text)).toEqual(expected);
  });

  it('cuts a "sentence" of more than 4,000 characters without a stop rather than lose it', () => {
    const text = `${'word '.repeat(2_000)}end. Next one.`;
    const sentences = sentencesOf(text);
    expect(sentences.join(' ').replace(/\s+/g, ' ')).toBe(text.trim().replace(/\s+/g, ' '));
    expect(sentences.at(-1)).toBe('Next one.');
  });
});

describe('uncitedFactSentences', () => {
  const cite = (words: string): TextRange => {
    const start = SAMPLE.indexOf(words);
    return { start, end: start + words.length };
  };
  const cited = [cite('22 August 2022'), cite('creatine kinase was 4210 U/L'), cite('IVIG 2 g')];

  it('finds the 12 sentences of the written sample and the 8 holding facts', () => {
    expect(splitSentences(SAMPLE)).toHaveLength(12);
    expect(factSentences(SAMPLE)).toHaveLength(8);
  });

  it('flags as many sentences as hold facts and are not cited: 8 - 3 = 5, in order', () => {
    const flagged = uncitedFactSentences(factSentences(SAMPLE), cited).map((r) => SAMPLE.slice(r.start, r.end));
    expect(flagged).toEqual([
      'She had weakness of the limbs for 5 years, e.g. on climbing stairs.',
      'Prednisone 60 mg/day was given.',
      'By Jan. 2023 CK had fallen to 1.5 times normal.',
      'She received two doses of rituximab.',
      'Fig. 2 shows the MRI of the thighs.',
    ]);
  });

  it('counts a sentence cited by ranges given in any order, overlapping, or empty', () => {
    const messy = [
      cited[2]!,
      { start: 3, end: 3 },
      cited[0]!,
      cited[1]!,
      { start: cited[1]!.start + 2, end: cited[1]!.end + 1 },
    ];
    expect(uncitedFactSentences(factSentences(SAMPLE), messy)).toHaveLength(5);
  });

  it('flags every fact sentence when nothing is cited, and none when one range covers the text', () => {
    const facts = factSentences(SAMPLE);
    expect(uncitedFactSentences(facts, [])).toEqual(facts);
    expect(uncitedFactSentences(facts, [{ start: 0, end: SAMPLE.length }])).toEqual([]);
  });
});

describe('citedRanges', () => {
  it('takes the places of resolved anchors and leaves out orphaned and unresolved ones', () => {
    const source = { text: SAMPLE, fingerprint: 'f'.repeat(64) };
    const at = (words: string) => {
      const start = SAMPLE.indexOf(words);
      const made = anchorFromSelection(source, start, start + words.length);
      if (!made.ok) throw new Error(made.problems[0]!.message);
      return made.value;
    };
    const gone = { ...at('Prednisone 60 mg/day'), quote: 'Plasma exchange x5', start: 0, end: 18 };
    delete gone.prefix;
    delete gone.suffix;
    const noQuote = { source: 'e'.repeat(64), start: 0, end: 4 };
    const resolved = resolveAnchors([at('22 August 2022'), gone, noQuote, at('two doses')], source);
    expect(citedRanges(resolved).map((r) => SAMPLE.slice(r.start, r.end))).toEqual(['22 August 2022', 'two doses']);
    expect(uncitedFactSentences(factSentences(SAMPLE), citedRanges(resolved))).toHaveLength(6);
  });
});

describe('nextSentenceAfter', () => {
  const sentences = [
    { start: 10, end: 20 },
    { start: 30, end: 40 },
    { start: 50, end: 60 },
  ];
  it.each([
    [0, 10],
    [10, 30],
    [35, 50],
    [50, 10],
    [99, 10],
  ])('from %i goes to the sentence at %i (round to the first after the last)', (from, start) => {
    expect(nextSentenceAfter(sentences, from)?.start).toBe(start);
  });

  it('gives nothing when there is no sentence', () => {
    expect(nextSentenceAfter([], 5)).toBeUndefined();
  });
});
