import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvidenceAnchor } from '../model/evidence';
import { codePointIndex } from './code-points';
import { anchorFromSelection } from './create-anchor';
import { MIN_FUZZY_SCORE } from './match-quote';
import { resolveAnchor, resolveAnchors, type AnchorResolution } from './resolve-anchor';

const EDITION_1 = '1'.repeat(64);
const EDITION_2 = '2'.repeat(64);

const REPORT =
  'A 52-year-old woman presented with proximal weakness. On admission CK was 4210 U/L and ALT 180 U/L. ' +
  'Anti-SRP antibodies were positive. She was given prednisolone 60 mg daily, then IVIG 2 g/kg over 5 days. ' +
  'Three months later CK was 310 U/L and she walked unaided.';

function anchorOf(text: string, words: string, options: { keepQuote?: boolean; nth?: number } = {}): EvidenceAnchor {
  let start = text.indexOf(words);
  for (let n = 1; n < (options.nth ?? 1); n += 1) start = text.indexOf(words, start + 1);
  const made = anchorFromSelection({ text, fingerprint: EDITION_1 }, start, start + words.length, options);
  if (!made.ok) throw new Error(made.problems[0]!.message);
  return made.value;
}

const wordsAt = (text: string, r: AnchorResolution) => ('start' in r ? text.slice(r.start, r.end) : undefined);

describe('resolveAnchor', () => {
  it('finds the words at their position in the same edition', () => {
    const anchor = anchorOf(REPORT, 'CK was 4210 U/L');
    const found = resolveAnchor(anchor, { text: REPORT, fingerprint: EDITION_1 });
    expect(found).toMatchObject({ status: 'found', position: { start: anchor.start, end: anchor.end } });
    expect(wordsAt(REPORT, found)).toBe('CK was 4210 U/L');
  });

  it('finds an anchor without a quote at its position in the same edition (the preloaded case)', () => {
    const anchor = anchorOf(REPORT, 'IVIG 2 g/kg', { keepQuote: false });
    const found = resolveAnchor(anchor, { text: REPORT, fingerprint: EDITION_1 });
    expect(found.status).toBe('found');
    expect(wordsAt(REPORT, found)).toBe('IVIG 2 g/kg');
  });

  it('gives UTF-16 offsets for the pane when the text has emoji before the words', () => {
    const text = `😀😀 ${REPORT}`;
    const anchor = anchorOf(text, 'ALT 180 U/L');
    expect(anchor.start).toBe(text.indexOf('ALT') - 2);
    const found = resolveAnchor(anchor, { text, fingerprint: EDITION_1 });
    expect(found).toMatchObject({ status: 'found', start: text.indexOf('ALT') });
    expect(wordsAt(text, found)).toBe('ALT 180 U/L');
  });

  it('moves to the exact quote when text was added before it (another edition)', () => {
    const anchor = anchorOf(REPORT, 'prednisolone 60 mg daily');
    const edited = `Case 3. ${REPORT}`;
    const moved = resolveAnchor(anchor, { text: edited, fingerprint: EDITION_2 });
    expect(moved).toMatchObject({ status: 'moved', position: { start: anchor.start + 8, end: anchor.end + 8 } });
    expect(wordsAt(edited, moved)).toBe('prednisolone 60 mg daily');
  });

  it('chooses among repeated words by their prefix and suffix, not by the nearest', () => {
    // "CK was" twice; the anchor is on the second, and the text before both moved.
    const anchor = anchorOf(REPORT, 'CK was', { nth: 2 });
    const edited = REPORT.replace('Three months later', 'At three months,');
    const moved = resolveAnchor(anchor, { text: edited, fingerprint: EDITION_2 });
    expect(moved.status).toBe('moved');
    expect(edited.slice((moved as { start: number }).start)).toMatch(/^CK was 310 U\/L/);
  });

  it('takes the occurrence nearest the old position when the context cannot tell repeats apart', () => {
    const text = 'CK high. '.repeat(10);
    const anchor = { source: EDITION_1, start: 45, end: 52, quote: 'CK high' };
    const moved = resolveAnchor(anchor, { text: `x${text}`, fingerprint: EDITION_2 });
    expect(moved).toMatchObject({ status: 'moved', start: 46 });
  });

  it('finds a near match when the words were changed a little, with its score', () => {
    const anchor = anchorOf(REPORT, 'Anti-SRP antibodies were positive');
    const edited = REPORT.replace('Anti-SRP antibodies were positive', 'Anti-SRP antibody was positive');
    const fuzzy = resolveAnchor(anchor, { text: edited, fingerprint: EDITION_2 });
    expect(fuzzy.status).toBe('fuzzy');
    expect(wordsAt(edited, fuzzy)).toMatch(/^Anti-SRP antibody was positive/);
    expect((fuzzy as { score: number }).score).toBeGreaterThanOrEqual(MIN_FUZZY_SCORE);
    expect((fuzzy as { score: number }).score).toBeLessThan(1);
  });

  it('prefers the edited words at their own place, with their context, to an exact repeat elsewhere', () => {
    const text = `${REPORT} In the discussion: Anti-SRP antibodies were positive in 3 of 5 cases.`;
    const anchor = anchorOf(text, 'Anti-SRP antibodies were positive');
    const edited = text.replace('Anti-SRP antibodies were positive.', 'Anti-SRP antibodies were present.');
    const resolved = resolveAnchor(anchor, { text: edited, fingerprint: EDITION_2 });
    expect(resolved).toMatchObject({ status: 'fuzzy', start: anchor.start });
    expect(wordsAt(edited, resolved)).toMatch(/^Anti-SRP antibodies were pres/);
  });

  it('finds the near match with the whole text searched when the words also moved far', () => {
    const anchor = anchorOf(REPORT, 'Anti-SRP antibodies were positive');
    const edited = `${'Unrelated preface. '.repeat(400)}${REPORT.replace('antibodies were', 'antibody was')}`;
    const resolved = resolveAnchor(anchor, { text: edited, fingerprint: EDITION_2 });
    expect(resolved.status).toBe('fuzzy');
    expect(wordsAt(edited, resolved)).toMatch(/^Anti-SRP antibody was positive/);
  });

  it('orphans words that were changed past the error budget, rather than put them elsewhere', () => {
    const anchor = anchorOf(REPORT, 'Anti-SRP antibodies were positive');
    const edited = REPORT.replace('Anti-SRP antibodies were positive', 'Myositis serology was negative');
    expect(resolveAnchor(anchor, { text: edited, fingerprint: EDITION_2 })).toEqual({
      status: 'orphaned',
      reason:
        'the quote “Anti-SRP antibodies were positive” is not in the source (another edition), nor anything close enough to it',
    });
  });

  it('finds a quote of under 4 characters exactly or not at all, its context unchanged or not', () => {
    const anchor = anchorOf(REPORT, 'ALT');
    const edited = REPORT.replace('ALT 180', 'AST 180');
    expect(resolveAnchor(anchor, { text: edited, fingerprint: EDITION_2 }).status).toBe('orphaned');
  });

  it('never moves a quote onto a near match with another number ("60 mg" is not "40 mg")', () => {
    const anchor = anchorOf(REPORT, 'prednisolone 60 mg daily');
    const edited = REPORT.replace('prednisolone 60 mg daily', 'prednisolone 40 mg daily');
    expect(resolveAnchor(anchor, { text: edited, fingerprint: EDITION_2 }).status).toBe('orphaned');
  });

  it('orphans a quote that is gone, even in the same edition', () => {
    const anchor = { source: EDITION_1, start: 0, end: 12, quote: 'Plasmapheres' };
    expect(resolveAnchor(anchor, { text: REPORT, fingerprint: EDITION_1 }).status).toBe('orphaned');
  });

  it('orphans a position past the end of the same edition', () => {
    const anchor = { source: EDITION_1, start: 10, end: 10_000 };
    expect(resolveAnchor(anchor, { text: REPORT, fingerprint: EDITION_1 })).toEqual({
      status: 'orphaned',
      reason: `its position 10–10000 is past the end of the source (${REPORT.length} characters)`,
    });
  });

  it('leaves an anchor without a quote unresolved against another edition: it cannot be checked', () => {
    const anchor = anchorOf(REPORT, 'IVIG 2 g/kg', { keepQuote: false });
    // The very same text under another fingerprint: the position would fit, but nothing can tell.
    expect(resolveAnchor(anchor, { text: REPORT, fingerprint: EDITION_2 })).toEqual({
      status: 'unresolved',
      reason:
        'made in another edition of the source (fingerprint 111111111111, this one 222222222222) and it keeps no quote to find its words by',
    });
  });

  it('in another edition, takes the old position only with its context (else the better-placed repeat)', () => {
    // The words at the old position are the same, but their context is not: the anchor's words moved on.
    const anchor = anchorOf(REPORT, 'U/L', { nth: 2 }); // "ALT 180 U/L"
    const edited = `${REPORT.slice(0, anchor.start - 8)}CK 77 U/L. ${REPORT.slice(anchor.start - 8)}`;
    const resolved = resolveAnchor(anchor, { text: edited, fingerprint: EDITION_2 });
    expect(resolved.status).toBe('moved');
    expect(edited.slice(0, (resolved as { end: number }).end)).toMatch(/ALT 180 U\/L$/);
  });
});

describe('resolveAnchors', () => {
  it('looks for each anchor where the one before it moved to, and finds repeats there first', () => {
    // "CK high" twice and no context kept: alone, the one nearest the old position 28 would win.
    const text = 'CK high. Treated with IVIG. CK high. Then rituximab.';
    const first = anchorOf(text, 'Treated with IVIG');
    const second = { source: EDITION_1, start: 28, end: 35, quote: 'CK high' };
    const edited = { text: `Case 3 of a series of cases. ${text}`, fingerprint: EDITION_2 };
    expect(resolveAnchor(second, edited)).toMatchObject({ status: 'moved', start: 29 });
    const [, moved] = resolveAnchors([first, second], edited);
    expect(moved).toMatchObject({ status: 'moved', start: 57 });
  });

  it('resolves many anchors against one source, in order, as one by one', () => {
    const anchors = [
      anchorOf(REPORT, 'CK was 4210 U/L'),
      anchorOf(REPORT, 'IVIG 2 g/kg', { keepQuote: false }),
      anchorOf(REPORT, 'walked unaided'),
    ];
    const edited = { text: `Case 3. ${REPORT}`, fingerprint: EDITION_2 };
    const all = resolveAnchors(anchors, edited);
    expect(all.map((r) => r.status)).toEqual(['moved', 'unresolved', 'moved']);
    expect(all).toEqual(anchors.map((a) => resolveAnchor(a, edited)));
  });
});

// The property tests: words (letters, digits, spaces, punctuation, an emoji) in any arrangement.
const word = fc.oneof(
  fc.stringMatching(/^[a-z]{1,8}$/),
  fc.stringMatching(/^[0-9]{1,4}$/),
  fc.constantFrom('mg', 'U/L', 'CK', '😀', '𝛼', 'é', '.', ','),
);
const anyText = fc.array(word, { minLength: 1, maxLength: 60 }).map((words) => words.join(' '));
/** A selection on character boundaries (a split emoji is create-anchor's own test), in UTF-16 indices. */
const selection = (text: string) => {
  const chars = [...text];
  const utf16 = (cp: number) => chars.slice(0, cp).join('').length;
  return fc
    .tuple(fc.nat(chars.length), fc.nat(chars.length))
    .map(([a, b]) => [utf16(Math.min(a, b)), utf16(Math.max(a, b))] as const)
    .filter(([a, b]) => text.slice(a, b).trim() !== '');
};

const textAndSelection = anyText.chain((text) => fc.tuple(fc.constant(text), selection(text)));

function anchorFor(text: string, [start, end]: readonly [number, number], keepQuote = true): EvidenceAnchor {
  const made = anchorFromSelection({ text, fingerprint: EDITION_1 }, start, end, { keepQuote });
  if (!made.ok) throw new Error(made.problems[0]!.message);
  return made.value;
}

describe('a repeat at the expected place', () => {
  it('is not taken on an empty side of context: the words at the start of the text follow their suffix', () => {
    // Found by the property below: "7" of "70", with "71 mg " put before it.
    const anchor = anchorFor('70', [0, 1]);
    const resolved = resolveAnchor(anchor, { text: '71 mg 70', fingerprint: EDITION_2 });
    expect(resolved).toMatchObject({ status: 'moved', start: 6, end: 7 });
  });

  it('is not taken on one side of its context: a repeat with the same next letter is passed over', () => {
    // Found by the property below: "y" of "vyr", with "ayra 0 " put before it.
    const resolved = resolveAnchor(anchorFor('vyr', [1, 2]), { text: 'ayra 0 vyr', fingerprint: EDITION_2 });
    expect(resolved).toMatchObject({ status: 'moved', start: 8, end: 9 });
  });

  it('is not taken on most of its context: a repeat put just before the words is passed over', () => {
    // Found by the property below: "C" of "CK 404 …", with "CK " put before it.
    const text = 'CK 404 40 qljorq ujvdek 69';
    const resolved = resolveAnchor(anchorFor(text, [0, 1]), { text: `CK ${text}`, fingerprint: EDITION_2 });
    expect(resolved).toMatchObject({ status: 'moved', start: 3, end: 4 });
  });
});

describe('anchors, for any selection of any text', () => {
  it('resolve back to the same words (with or without a quote)', () => {
    fc.assert(
      fc.property(textAndSelection, fc.boolean(), ([text, range], keepQuote) => {
        const anchor = anchorFor(text, range, keepQuote);
        const resolved = resolveAnchor(anchor, { text, fingerprint: EDITION_1 });
        expect(resolved.status).toBe('found');
        expect(wordsAt(text, resolved)).toBe(text.slice(range[0], range[1]).trim());
      }),
    );
  });

  it('find the same words after an edit elsewhere: the position moves, the quote finds it', () => {
    fc.assert(
      fc.property(textAndSelection, anyText, fc.boolean(), ([text, range], inserted, before) => {
        const anchor = anchorFor(text, range);
        // Text added before the whole text or after it, so the quote and its context are untouched.
        const edited = before ? `${inserted} ${text}` : `${text} ${inserted}`;
        const resolved = resolveAnchor(anchor, { text: edited, fingerprint: EDITION_2 });
        expect(['found', 'moved']).toContain(resolved.status);
        const { start, end } = resolved as { start: number; end: number };
        expect(edited.slice(start, end)).toBe(anchor.quote);
        // The very words selected, or a repeat no context can tell from them.
        const selectedStart = codePointIndex(text).toUtf16(anchor.start) + (before ? inserted.length + 1 : 0);
        if (start !== selectedStart) {
          expect(edited.slice(0, start).endsWith(anchor.prefix ?? '')).toBe(true);
          expect(edited.slice(end).startsWith(anchor.suffix ?? '')).toBe(true);
        }
      }),
    );
  });

  it('find the same words after an edit anywhere outside them, even inside their context', () => {
    fc.assert(
      fc.property(textAndSelection, anyText, fc.nat(), ([text, range], inserted, n) => {
        const anchor = anchorFor(text, range);
        const index = codePointIndex(text);
        const [quoteStart, quoteEnd] = [index.toUtf16(anchor.start), index.toUtf16(anchor.end)];
        // Any character boundary before or after the quote (never inside a pair).
        const outside = [...text.matchAll(/(?:)/gu)]
          .map((m) => m.index)
          .filter((i) => i <= quoteStart || i >= quoteEnd);
        const at = outside[n % outside.length]!;
        const edited = `${text.slice(0, at)}${inserted}${text.slice(at)}`;
        const resolved = resolveAnchor(anchor, { text: edited, fingerprint: EDITION_2 });
        expect(['found', 'moved']).toContain(resolved.status);
        expect(wordsAt(edited, resolved)).toBe(anchor.quote);
      }),
    );
  });

  it('find the words where they were when one letter of 8 or more changed, never elsewhere', () => {
    const longSelection = textAndSelection.filter(([text, [a, b]]) => /[a-z].{6,}[a-z]/.test(text.slice(a, b)));
    fc.assert(
      fc.property(longSelection, fc.nat(), ([text, range], n) => {
        const anchor = anchorFor(text, range);
        const index = codePointIndex(text);
        const [start, end] = [index.toUtf16(anchor.start), index.toUtf16(anchor.end)];
        const letters = [...text.slice(start, end).matchAll(/[a-z]/g)].map((m) => start + m.index);
        const at = letters[n % letters.length]!;
        const edited = `${text.slice(0, at)}${text[at] === 'q' ? 'z' : 'q'}${text.slice(at + 1)}`;
        const resolved = resolveAnchor(anchor, { text: edited, fingerprint: EDITION_2 });
        // An exact repeat elsewhere may hold the old words; otherwise the near match overlaps them.
        if (resolved.status === 'moved') expect(wordsAt(edited, resolved)).toBe(anchor.quote);
        else {
          expect(resolved.status).toBe('fuzzy');
          const place = resolved as { start: number; end: number };
          expect(place.start).toBeLessThan(end);
          expect(place.end).toBeGreaterThan(start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('against another edition: found by the quote where it has one, unresolved where it has none', () => {
    fc.assert(
      fc.property(textAndSelection, fc.boolean(), ([text, range], keepQuote) => {
        const anchor = anchorFor(text, range, keepQuote);
        const resolved = resolveAnchor(anchor, { text, fingerprint: EDITION_2 });
        if (!keepQuote) expect(resolved.status).toBe('unresolved');
        else {
          expect(['found', 'moved']).toContain(resolved.status);
          expect(wordsAt(text, resolved)).toBe(anchor.quote);
        }
      }),
    );
  });
});
