// Specification of the pane's stand-in anchoring: an anchor made from selected words finds them
// again, follows them when the text moves, and is never silently put somewhere else.
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../shared/sources/source-document';
import { anchorFromSelection, foundRange, resolveAnchor, sentencesOf, uncitedSentences } from './evidence-adapter';

const FINGERPRINT = 'a'.repeat(64);
const doc = (text: string, fingerprint = FINGERPRINT): SourceDocument => ({
  fingerprint,
  normaliserVersion: 1,
  name: 'report.txt',
  kind: 'text',
  text,
  parts: [],
});

const REPORT = 'She received ofatumumab 20 mg s.c. on 5 September 2022. Her CK fell.';
const at = (text: string, words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;

describe('anchorFromSelection and resolveAnchor', () => {
  it('finds the selected words where they were, with their quote and context', () => {
    const [start, end] = at(REPORT, '20 mg');
    const anchor = anchorFromSelection(doc(REPORT), start, end, { keepQuote: true });
    expect(anchor).toMatchObject({
      source: FINGERPRINT,
      start,
      end,
      quote: '20 mg',
      suffix: ' s.c. on 5 September 2022. Her C',
    });
    expect(resolveAnchor(anchor, doc(REPORT))).toEqual({ status: 'found', start, end });
  });

  it('counts code points in the anchor and string indices in the pane (an emoji before the words)', () => {
    const text = `😀 ${REPORT}`;
    const [start, end] = at(text, '20 mg');
    const anchor = anchorFromSelection(doc(text), start, end, { keepQuote: false });
    expect(anchor.start).toBe(start - 1);
    expect(anchor.quote).toBeUndefined();
    expect(foundRange(resolveAnchor(anchor, doc(text)))).toEqual({ start, end });
  });

  it('follows the quote when text before it changed, to the place nearest the old one', () => {
    const [start, end] = at(REPORT, '20 mg');
    const anchor = anchorFromSelection(doc(REPORT), start, end, { keepQuote: true });
    const edited = `Case 1. ${REPORT}`;
    expect(resolveAnchor(anchor, doc(edited))).toEqual({ status: 'moved', start: start + 8, end: end + 8 });
  });

  it('calls an anchor whose words are gone orphaned, never moving it elsewhere', () => {
    const [start, end] = at(REPORT, '20 mg');
    const anchor = anchorFromSelection(doc(REPORT), start, end, { keepQuote: true });
    expect(resolveAnchor(anchor, doc(REPORT.replace('20 mg', '40 mg')))).toEqual({ status: 'orphaned' });
  });

  it('leaves an anchor without a quote unresolved against another edition', () => {
    const anchor = anchorFromSelection(doc(REPORT), 0, 3, { keepQuote: false });
    expect(resolveAnchor(anchor, doc(REPORT, 'b'.repeat(64)))).toEqual({ status: 'unresolved' });
  });
});

describe('coverage', () => {
  // Six sentences; four hold a number or a date (1, 2, 4, 6); sentence 2 is cited.
  const SAMPLE = [
    'A 61-year-old woman was admitted on 22 August 2022.',
    'Her CK was 9000 U/L.',
    'She was weak.',
    'Prednisone was given at 60 mg/day.',
    'Dysphagia improved slowly.',
    'By March 2023 she walked unaided.',
  ].join(' ');

  it('splits sentences at a stop before a capital, not at a decimal point or "s.c. daily"', () => {
    expect(sentencesOf('CK 1.5 U/L. Given 20 mg s.c. daily. Then.').map((s) => s.end - s.start)).toEqual([11, 23, 5]);
  });

  it('flags each sentence with a number or a date that no cited words touch: the count is exact', () => {
    const [start, end] = at(SAMPLE, '9000 U/L');
    const flagged = uncitedSentences(SAMPLE, [{ start, end }]).map((s) => SAMPLE.slice(s.start, s.end));
    expect(flagged).toEqual([
      'A 61-year-old woman was admitted on 22 August 2022.',
      'Prednisone was given at 60 mg/day.',
      'By March 2023 she walked unaided.',
    ]);
  });
});
