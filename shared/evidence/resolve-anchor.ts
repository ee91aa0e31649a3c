// Finding an anchor's words in a source, the way Hypothesis re-anchors: the position, then the
// quote, then a near match; an anchor that cannot be found is orphaned, never silently moved.
import type { EvidenceAnchor } from '../model/evidence';
import { codePointIndex, type CodePointIndex } from './code-points';
import type { AnchorSource } from './create-anchor';
import { CONFIDENT_SCORE, matchQuoteApproximately, matchQuoteExactly } from './match-quote';

/** Where the words are: UTF-16 `start`/`end` for the pane, `position` in code points for a new anchor. */
interface Place {
  start: number;
  end: number;
  position: { start: number; end: number };
}

/**
 * - `found`: the anchor's own position holds its words (in another edition, with its prefix and suffix
 *   around them too), or, with no quote, the source is the same edition;
 * - `moved`: the exact quote is elsewhere (the text changed before it, or it is another edition);
 * - `fuzzy`: only a near match of the quote, with its `score` (0.7 to 1): worth a look;
 * - `orphaned`: the words are not in the source;
 * - `unresolved`: another edition of the source and no quote to look for: it cannot be checked.
 */
export type AnchorResolution =
  | ({ status: 'found' } & Place)
  | ({ status: 'moved' } & Place)
  | ({ status: 'fuzzy'; score: number } & Place)
  | { status: 'orphaned'; reason: string }
  | { status: 'unresolved'; reason: string };

export type AnchorStatus = AnchorResolution['status'];

/** A source made ready for resolving many anchors: its code-point index is built once. */
interface PreparedSource extends AnchorSource {
  index: CodePointIndex;
}

export function resolveAnchor(anchor: EvidenceAnchor, source: AnchorSource): AnchorResolution {
  return resolveIn(prepare(source), anchor);
}

/**
 * Every anchor against one source, in order. The source's index is built once, and each anchor
 * is first looked for where the one before it moved by: an edit shifts all the words after it
 * alike, so in an edited report most anchors are found there at the cost of one comparison.
 */
export function resolveAnchors(anchors: readonly EvidenceAnchor[], source: AnchorSource): AnchorResolution[] {
  const prepared = prepare(source);
  let shift = 0;
  return anchors.map((anchor) => {
    const resolved = resolveIn(prepared, anchor, shift);
    if (resolved.status === 'found' || resolved.status === 'moved') {
      shift = resolved.position.start - anchor.start;
    }
    return resolved;
  });
}

function prepare(source: AnchorSource): PreparedSource {
  return { text: source.text, fingerprint: source.fingerprint, index: codePointIndex(source.text) };
}

function resolveIn(source: PreparedSource, anchor: EvidenceAnchor, shift = 0): AnchorResolution {
  const { text, index } = source;
  const sameEdition = anchor.source === source.fingerprint;
  const fits = anchor.start < anchor.end && anchor.end <= index.codePointLength;
  const atPosition = (): Place => ({
    start: index.toUtf16(anchor.start),
    end: index.toUtf16(anchor.end),
    position: { start: anchor.start, end: anchor.end },
  });

  const { quote } = anchor;
  if (quote === undefined) {
    if (!sameEdition) {
      return {
        status: 'unresolved',
        reason: `made in another edition of the source (fingerprint ${short(anchor.source)}, this one ${short(source.fingerprint)}) and it keeps no quote to find its words by`,
      };
    }
    if (!fits) return { status: 'orphaned', reason: pastTheEnd(anchor, index) };
    return { status: 'found', ...atPosition() };
  }

  if (fits) {
    const place = atPosition();
    // In another edition the words at the old position count only with their context around them too.
    if (
      text.slice(place.start, place.end) === quote &&
      (sameEdition || contextAgrees(text, place.start, place.end, anchor))
    ) {
      return { status: 'found', ...place };
    }
  }

  // Where the words should be: as far from the old position as the anchor before them moved (see
  // resolveAnchors); the exact quote there, with its context, is taken without a search.
  const expected = Math.max(0, Math.min(anchor.start + shift, index.codePointLength));
  const context = { prefix: anchor.prefix, suffix: anchor.suffix, hint: index.toUtf16(expected) };
  const placeOf = (start: number, end: number): Place => ({
    start,
    end,
    position: { start: index.toCodePoint(start), end: index.toCodePoint(end, 'up') },
  });
  const exact = matchQuoteExactly(text, quote, context);
  if (exact !== undefined && exact.score >= CONFIDENT_SCORE)
    return { status: 'moved', ...placeOf(exact.start, exact.end) };
  // The exact quote out of its context may be a repeat elsewhere while the words themselves were
  // edited at their place: a near match there, with its context, outscores it.
  const near = matchQuoteApproximately(text, quote, context, { exact });
  if (exact !== undefined && (near === undefined || exact.score >= near.score)) {
    return { status: 'moved', ...placeOf(exact.start, exact.end) };
  }
  if (near !== undefined) {
    return { status: 'fuzzy', score: Math.round(near.score * 1000) / 1000, ...placeOf(near.start, near.end) };
  }
  return {
    status: 'orphaned',
    reason: `the quote “${shorten(quote)}” is not in the source${sameEdition ? '' : ' (another edition)'}, nor anything close enough to it`,
  };
}

function contextAgrees(text: string, start: number, end: number, anchor: EvidenceAnchor): boolean {
  const before = anchor.prefix ?? '';
  const after = anchor.suffix ?? '';
  if (start < before.length) return false;
  return text.slice(start - before.length, start) === before && text.slice(end, end + after.length) === after;
}

function pastTheEnd(anchor: EvidenceAnchor, index: CodePointIndex): string {
  return `its position ${anchor.start}–${anchor.end} is past the end of the source (${index.codePointLength} characters)`;
}

const short = (fingerprint: string) => fingerprint.slice(0, 12);

/** A quote as a message shows it: one line, at most 60 characters. */
function shorten(quote: string): string {
  const line = quote.replace(/\s+/g, ' ');
  return line.length <= 60 ? line : `${line.slice(0, 57)}…`;
}
