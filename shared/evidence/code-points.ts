// Code points ⇄ UTF-16 indices of one text: anchors count in code points (W3C TextPositionSelector),
// JavaScript strings, selections and the pane in UTF-16 code units.

/**
 * Converts offsets of one text between Unicode code points and UTF-16 code units. Built once per
 * text: with no astral character (the usual report) both counts are the same and every conversion
 * is the identity; otherwise each conversion is a binary search over where the astral characters
 * (emoji, 𝛼) sit. A lone surrogate counts as one code point, as `[...text]` counts it.
 */
export interface CodePointIndex {
  /** The text's length in code points. */
  readonly codePointLength: number;
  /** The UTF-16 index at which the character at code point `offset` begins (the length for the end). */
  toUtf16(offset: number): number;
  /**
   * The code-point offset of the character holding UTF-16 `index`. An index between the two halves
   * of a surrogate pair is the pair's start with `round: 'down'` (default) and the next character's
   * with `round: 'up'`, so a selection's start and end never split an emoji.
   */
  toCodePoint(index: number, round?: 'down' | 'up'): number;
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

export function codePointIndex(text: string): CodePointIndex {
  // Where each astral character starts, in UTF-16 and in code points (one fewer per pair before it).
  const pairStarts: number[] = [];
  for (const match of text.matchAll(SURROGATE_PAIR)) pairStarts.push(match.index);
  if (pairStarts.length === 0) {
    return { codePointLength: text.length, toUtf16: (offset) => offset, toCodePoint: (index) => index };
  }
  const pairCodePoints = pairStarts.map((start, i) => start - i);
  return {
    codePointLength: text.length - pairStarts.length,
    toUtf16: (offset) => offset + countBelow(pairCodePoints, offset),
    toCodePoint: (index, round = 'down') => {
      const pairsBefore = countBelow(pairStarts, index);
      const inside = pairsBefore > 0 && pairStarts[pairsBefore - 1] === index - 1;
      // An index inside a pair: the pair started one unit back; counting it makes the result the pair's own offset.
      if (inside) return round === 'up' ? index - pairsBefore + 1 : index - pairsBefore;
      return index - pairsBefore;
    },
  };
}

/** How many of the ascending `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
