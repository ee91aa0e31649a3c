// Lays labelled marks into rows so no two labels overlap: the lane grows a row rather than
// printing "500 mg" over "250 mg".

export interface Footprint {
  /** Leftmost and rightmost pixel the mark and its label take. */
  x0: number;
  x1: number;
}

/**
 * First-fit row for each footprint, in the order given (sort by `x0` first for the tightest
 * packing): the lowest row whose last footprint ends `gap` pixels before this one starts.
 */
export function packRows(items: readonly Footprint[], gap = 6): number[] {
  const rowEnds: number[] = [];
  return items.map((item) => {
    let row = rowEnds.findIndex((end) => end + gap <= item.x0);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(item.x1);
    } else rowEnds[row] = item.x1;
    return row;
  });
}

const NARROW = new Set([..."ijlI.,;:!|'()[] ftr"]);
const WIDE = new Set([...'mwMW@%']);
/** Signs drawn as wide as an em's better part in most faces: the dose "→", "×5", "+2", "…". */
const SIGNS = new Set([...'→×+=<>~≤≥±…—–']);

/**
 * Width of a line of text in a sans-serif face, from per-character classes: close enough to
 * keep labels apart without measuring text in a DOM (this runs in tests and workers too). Sized
 * at or above the wider common faces (DejaVu Sans, Verdana: digits 0.64 em, "m" 0.97 em, "→"
 * 0.84 em), so a label placed against an edge by this estimate is never cut by it; labels in
 * narrower faces only gain room.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) ems += 0.4;
    else if (WIDE.has(ch)) ems += 1;
    else if (SIGNS.has(ch)) ems += 0.86;
    else if (ch >= 'A' && ch <= 'Z') ems += 0.74;
    else ems += 0.64;
  }
  return ems * fontSize;
}

/** Cuts a label to `max` characters with an ellipsis; the tooltip shows it whole. */
export function shortenLabel(text: string, max = 30): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The label cut (with an ellipsis) to fit `maxWidth` pixels by {@link estimateTextWidth}: for a
 * lane title beside its lane, which must never run off the picture's edge.
 */
export function fitLabel(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  let max = text.length;
  while (max > 1 && estimateTextWidth(shortenLabel(text, max), fontSize) > maxWidth) max -= 1;
  return shortenLabel(text, max);
}
