// Specification of the evidence index: which rows' words the open source shows, which are orphaned,
// which wait for their source, and which rows cite given words.
import { describe, expect, it } from 'vitest';
import type { Observation, TimelineEvent } from '../../../shared/model/case';
import type { SourceDocument } from '../../../shared/sources/source-document';
import { buildEvidenceIndex, rowsCiting } from './evidence-index';
import { findMatches } from './find-in-text';
import { paragraphsOf } from './SourceText';

const FP = 'd'.repeat(64);
const TEXT = 'Ofatumumab 20 mg was given. CK was 9000 U/L.\n\nShe improved by March 2023.';
const source: SourceDocument = {
  fingerprint: FP,
  normaliserVersion: 1,
  name: 'r.txt',
  kind: 'text',
  text: TEXT,
  parts: [],
};
const place = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

const event = (id: string, evidence?: TimelineEvent['evidence']): TimelineEvent => ({
  id,
  kind: 'treatment',
  label: `Event ${id}`,
  start: { date: '2022-09-05', approximate: false },
  ...(evidence ? { evidence } : {}),
});
const lab: Observation = {
  id: 'o1',
  analyte: 'CK',
  date: { date: '2022-08-22', approximate: false },
  value: 9000,
  unit: 'U/L',
  evidence: [{ source: FP, ...place('9000 U/L'), quote: '9000 U/L' }],
};

describe('buildEvidenceIndex', () => {
  const events = [
    event('e1', [{ source: FP, ...place('20 mg'), quote: '20 mg' }]),
    event('e2', [{ source: FP, start: 3, end: 8, quote: 'gone!' }]),
    event('e3'),
  ];

  it('gives each row with evidence its words, or says they are orphaned', () => {
    const index = buildEvidenceIndex(source, events, [lab], []);
    expect(index.rows.e1).toEqual({ state: 'shown', ranges: [place('20 mg')], orphaned: 0 });
    expect(index.rows.e2).toEqual({ state: 'orphaned', count: 1 });
    expect(index.rows.e3).toBeUndefined();
    expect(index.cited.map((c) => c.rows.map((r) => r.id))).toEqual([['e1'], ['o1']]);
  });

  it('counts the sentences with numbers or dates no row cites: here the last one', () => {
    const index = buildEvidenceIndex(source, events, [lab], []);
    expect(index.uncited.map((r) => TEXT.slice(r.start, r.end))).toEqual(['She improved by March 2023.']);
  });

  it('marks every row as waiting for its source when none is open', () => {
    expect(buildEvidenceIndex(undefined, events, [lab], []).rows.o1).toEqual({ state: 'not-open', count: 1 });
  });

  it('lists the rows citing words that overlap a place in the text', () => {
    const index = buildEvidenceIndex(source, events, [lab], []);
    expect(rowsCiting(index.cited, TEXT.indexOf('9000'), TEXT.indexOf('9000') + 1)).toEqual([
      { table: 'observations', id: 'o1', name: 'CK 22 Aug 2022' },
    ]);
  });
});

describe('the pane text', () => {
  it('is one paragraph a line, blank lines left out, each part’s label heading its first line', () => {
    const parts = [
      { label: 'Page 1', start: 0, end: 45 },
      { label: 'Page 2', start: 46, end: TEXT.length },
    ];
    expect(paragraphsOf(TEXT, parts)).toEqual([
      { start: 0, end: 44, heading: 'Page 1' },
      { start: 46, end: TEXT.length, heading: 'Page 2' },
    ]);
  });

  it('finds words whatever white space the report put between them (a thin space in "20 mg")', () => {
    expect(findMatches('ofatumumab 20\u2009mg s.c.; 20 MG', '20 mg')).toEqual([
      { start: 11, end: 16 },
      { start: 23, end: 28 },
    ]);
  });
});
