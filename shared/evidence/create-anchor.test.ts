import { describe, expect, it } from 'vitest';
import { anchorFromSelection, QUOTE_CONTEXT } from './create-anchor';

const FINGERPRINT = 'a'.repeat(64);
const source = (text: string) => ({ text, fingerprint: FINGERPRINT });
const REPORT = 'On admission CK was 4210 U/L. She was given prednisolone 20 mg daily and IVIG 2 g/kg over 5 days.';

function anchor(text: string, start: number, end: number, keepQuote?: boolean) {
  const made = anchorFromSelection(source(text), start, end, keepQuote === undefined ? {} : { keepQuote });
  if (!made.ok) throw new Error(made.problems.map((p) => p.message).join('; '));
  return made.value;
}

describe('anchorFromSelection', () => {
  it('keeps the position (code points), the exact words and up to 32 characters either side', () => {
    const start = REPORT.indexOf('20 mg');
    const made = anchor(REPORT, start, start + 5);
    expect(made).toEqual({
      source: FINGERPRINT,
      start,
      end: start + 5,
      quote: '20 mg',
      prefix: REPORT.slice(start - QUOTE_CONTEXT, start),
      suffix: REPORT.slice(start + 5, start + 5 + QUOTE_CONTEXT),
    });
    expect(made.prefix).toHaveLength(32);
  });

  it('leaves out the spaces and line breaks around a selection', () => {
    const start = REPORT.indexOf('CK');
    const made = anchor(REPORT, start - 1, start + 'CK was 4210 U/L. '.length);
    expect(made.quote).toBe('CK was 4210 U/L.');
    expect([made.start, made.end]).toEqual([start, start + 16]);
  });

  it('takes a selection made backwards (end before start) as the same words', () => {
    const start = REPORT.indexOf('IVIG');
    expect(anchor(REPORT, start + 4, start).quote).toBe('IVIG');
  });

  it('keeps a shorter context at the edges of the text, and none where there is none', () => {
    const made = anchor('CK 4210 U/L', 0, 2);
    expect(made).toEqual({ source: FINGERPRINT, start: 0, end: 2, quote: 'CK', suffix: ' 4210 U/L' });
  });

  it('counts positions in code points after an emoji or a 𝛼, and never splits one', () => {
    const text = 'Rash 😀 then 𝛼-gal IgE 12 kU/L';
    const start = text.indexOf('𝛼');
    const made = anchor(text, start, start + '𝛼-gal'.length);
    expect(made.quote).toBe('𝛼-gal');
    expect([made.start, made.end]).toEqual([12, 17]);
    expect([...text].slice(made.start, made.end).join('')).toBe('𝛼-gal');
    // A selection ending between the halves of 😀 takes the whole emoji.
    const half = anchor(text, 0, text.indexOf('😀') + 1);
    expect(half.quote).toBe('Rash 😀');
  });

  it('keeps positions and the fingerprint only when the quote must not be kept', () => {
    const start = REPORT.indexOf('4210 U/L');
    expect(anchor(REPORT, start, start + 8, false)).toEqual({ source: FINGERPRINT, start, end: start + 8 });
  });

  it.each([
    ['an empty selection', 5, 5, 'the selection holds no words'],
    ['spaces only', 2, 3, 'the selection holds no words'],
    ['past the end', 0, 10_000, `the selection 0–10000 is outside the source (${REPORT.length} characters)`],
    ['a negative start', -1, 4, `the selection -1–4 is outside the source (${REPORT.length} characters)`],
  ])('refuses %s, saying why', (_, start, end, message) => {
    const text = start === 2 ? 'On  x' : REPORT;
    expect(anchorFromSelection(source(text), start, end)).toEqual({
      ok: false,
      problems: [{ where: 'selection', message }],
    });
  });

  it('refuses a selection longer than a quote may be, naming the limit', () => {
    const made = anchorFromSelection(source('x'.repeat(2_500)), 0, 2_500);
    expect(made).toEqual({
      ok: false,
      problems: [{ where: 'selection', message: 'quote is 2,500 characters long; at most 2,000 are allowed' }],
    });
  });
});
