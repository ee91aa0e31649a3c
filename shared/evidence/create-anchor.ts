// Making an anchor from words selected in a source: both W3C selectors (position and quote) and the
// source's fingerprint.
import { EvidenceAnchorSchema, type EvidenceAnchor } from '../model/evidence';
import { fail, ok, type Result } from '../model/result';
import { validateWith } from '../model/validate';
import type { SourceDocument } from '../sources/source-document';
import { codePointIndex, type CodePointIndex } from './code-points';

/**
 * Characters of context kept before and after a quote. Hypothesis keeps 32: enough to tell apart the
 * many "20 mg" of a report, little enough that an edit nearby still leaves most of it matching.
 */
export const QUOTE_CONTEXT = 32;

export interface AnchorOptions {
  /**
   * Keep the selected words (and their context) in the anchor; true unless the anchor must not carry
   * the publisher's text (the preloaded case, an export "without quotes"): then it holds positions
   * and the fingerprint only, and resolves only against the same edition of the source.
   */
  keepQuote?: boolean;
  /** The source's code-point index, when the caller has one already (many anchors into one text). */
  index?: CodePointIndex;
}

/** The source as anchoring needs it. */
export type AnchorSource = Pick<SourceDocument, 'text' | 'fingerprint'>;

/**
 * The anchor for a selection of `source.text` from UTF-16 `startIndex` to `endIndex` (end exclusive,
 * as a DOM Range or `textarea.selectionEnd` gives them). Spaces and line breaks around the selection
 * are left out (a double-click takes the space after a word), and an end inside an emoji takes the
 * whole emoji. A selection that is empty, only spaces, outside the text, or longer than a quote may
 * be is a problem.
 */
export function anchorFromSelection(
  source: AnchorSource,
  startIndex: number,
  endIndex: number,
  options: AnchorOptions = {},
): Result<EvidenceAnchor> {
  const { text } = source;
  if (!Number.isInteger(startIndex) || !Number.isInteger(endIndex) || startIndex < 0 || endIndex > text.length) {
    return fail({
      where: 'selection',
      message: `the selection ${startIndex}–${endIndex} is outside the source (${text.length} characters)`,
    });
  }
  let start = Math.min(startIndex, endIndex);
  let end = Math.max(startIndex, endIndex);
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (start === end) return fail({ where: 'selection', message: 'the selection holds no words' });

  const index = options.index ?? codePointIndex(text);
  const position = { start: index.toCodePoint(start, 'down'), end: index.toCodePoint(end, 'up') };
  const anchor: EvidenceAnchor = { source: source.fingerprint, ...position };
  if (options.keepQuote === false) return ok(anchor);

  const quoteStart = index.toUtf16(position.start);
  const quoteEnd = index.toUtf16(position.end);
  anchor.quote = text.slice(quoteStart, quoteEnd);
  const prefix = contextBefore(text, quoteStart);
  const suffix = contextAfter(text, quoteEnd);
  if (prefix !== '') anchor.prefix = prefix;
  if (suffix !== '') anchor.suffix = suffix;
  // The quote's own rules (at most 2,000 characters, no control characters) say what to select instead.
  const checked = validateWith(EvidenceAnchorSchema, anchor);
  return checked.ok ? checked : fail(...checked.problems.map((p) => ({ where: 'selection', message: p.message })));
}

/** Up to QUOTE_CONTEXT UTF-16 units before `at`, never starting inside a surrogate pair. */
export function contextBefore(text: string, at: number): string {
  let from = Math.max(0, at - QUOTE_CONTEXT);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from += 1;
  return text.slice(from, at);
}

/** Up to QUOTE_CONTEXT UTF-16 units after `at`, never ending inside a surrogate pair. */
export function contextAfter(text: string, at: number): string {
  let to = Math.min(text.length, at + QUOTE_CONTEXT);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to)) && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
  return text.slice(at, to);
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
