// The pane's stand-in for shared/evidence (anchoring, re-anchoring, coverage): the thinnest version
// the pane needs, in one file, so that the merge points these names at the real module.
import type { EvidenceAnchor } from '../../../shared/model/evidence';
import { QUOTE_CONTEXT_LIMIT } from '../../../shared/model/evidence';
import type { SourceDocument } from '../../../shared/sources/source-document';

/** How an anchor was found in a source, with its place in UTF-16 offsets (the text's string indices). */
export type AnchorResolution =
  { status: 'found' | 'moved' | 'fuzzy'; start: number; end: number } | { status: 'orphaned' | 'unresolved' };

/** Anchors count Unicode code points (W3C); JavaScript strings count UTF-16 units. */
function codePointOffset(text: string, utf16: number): number {
  return [...text.slice(0, utf16)].length;
}

function utf16Offset(text: string, codePoints: number): number {
  if (!/[\uD800-\uDFFF]/.test(text)) return Math.min(codePoints, text.length);
  let units = 0;
  let seen = 0;
  for (const ch of text) {
    if (seen === codePoints) break;
    units += ch.length;
    seen += 1;
  }
  return units;
}

/** An anchor for the words from `startIndex` to `endIndex` (UTF-16, end exclusive) of the source. */
export function anchorFromSelection(
  source: SourceDocument,
  startIndex: number,
  endIndex: number,
  { keepQuote }: { keepQuote: boolean },
): EvidenceAnchor {
  const { text } = source;
  const start = codePointOffset(text, startIndex);
  const quote = text.slice(startIndex, endIndex);
  const end = start + [...quote].length;
  if (!keepQuote) return { source: source.fingerprint, start, end };
  const prefix = [...text.slice(Math.max(0, startIndex - QUOTE_CONTEXT_LIMIT), startIndex)].slice(-32).join('');
  const suffix = [...text.slice(endIndex, endIndex + QUOTE_CONTEXT_LIMIT)].slice(0, 32).join('');
  return {
    source: source.fingerprint,
    start,
    end,
    quote,
    ...(prefix ? { prefix } : {}),
    ...(suffix ? { suffix } : {}),
  };
}

/** Position first, then the quote (nearest to the old place); no fuzzy matching in the stand-in. */
export function resolveAnchor(anchor: EvidenceAnchor, source: SourceDocument): AnchorResolution {
  const { text } = source;
  const start = utf16Offset(text, anchor.start);
  const end = utf16Offset(text, anchor.end);
  if (anchor.source === source.fingerprint) {
    if (end <= text.length && (anchor.quote === undefined || text.slice(start, end) === anchor.quote)) {
      return { status: 'found', start, end };
    }
  } else if (anchor.quote === undefined) {
    return { status: 'unresolved' };
  }
  if (anchor.quote === undefined) return { status: 'orphaned' };
  let best = -1;
  for (let at = text.indexOf(anchor.quote); at !== -1; at = text.indexOf(anchor.quote, at + 1)) {
    if (best === -1 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  if (best === -1) return { status: 'orphaned' };
  return { status: 'moved', start: best, end: best + anchor.quote.length };
}

/** The words' place when the anchor was found (exactly, moved or fuzzily), else undefined. */
export function foundRange(resolution: AnchorResolution): TextRange | undefined {
  return 'start' in resolution ? { start: resolution.start, end: resolution.end } : undefined;
}

export function resolveAnchors(anchors: readonly EvidenceAnchor[], source: SourceDocument): AnchorResolution[] {
  return anchors.map((a) => resolveAnchor(a, source));
}

export interface TextRange {
  start: number;
  end: number;
}

const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/**
 * Sentences of the text: a run ending at . ! or ? followed by a space and a capital or a digit,
 * or at a line break. Decimal points ("2.5 mg") and a lower-case word after an abbreviation
 * ("20 mg s.c. injection") do not end one.
 */
export function sentencesOf(text: string): TextRange[] {
  const out: TextRange[] = [];
  const boundary = /[.!?](?=[ \t]+[\p{Lu}\d(“"])|\n/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m[0] === '\n' ? m.index : m.index + 1;
    pushTrimmed(text, start, end, out);
    start = m.index + 1;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: TextRange[]) {
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  if (end > start) out.push({ start, end });
}

/** Sentences holding a number or a date (every unit a report prints follows a number). */
const holdsFact = (sentence: string) => /\d/.test(sentence) || MONTH.test(sentence);

/** Sentences holding a number, unit or date with no cited words in them: possibly not abstracted yet. */
export function uncitedSentences(text: string, cited: readonly TextRange[]): TextRange[] {
  const sorted = [...cited].sort((a, b) => a.start - b.start);
  return sentencesOf(text).filter((s) => {
    if (!holdsFact(text.slice(s.start, s.end))) return false;
    return !sorted.some((c) => c.start < s.end && c.end > s.start);
  });
}
