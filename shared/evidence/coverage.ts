// Coverage: which sentences of a source hold a number, a unit or a date, and which of those no
// evidence cites yet (possibly not abstracted).
import type { AnchorResolution } from './resolve-anchor';

/** A stretch of the normalised text: UTF-16 offsets (as the pane's), end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export type FactKind = 'number' | 'unit' | 'date';

/** A sentence (spaces around it left out) and what in it makes it worth abstracting. */
export interface FactSentence extends TextRange {
  holds: FactKind[];
}

/**
 * Abbreviations after which a sentence does not end, though a capital or a number follows ("Dr.
 * Smith", "Fig. 2", "3 Jan. 2020", "vs. IVIG"). The Unicode sentence rules (UAX #29, which
 * Intl.Segmenter follows) already keep "e.g. saline", "1.5 mg" and "mg/dL. vs. placebo" whole, but
 * ICU's own list of such abbreviations is not reachable through Intl.
 */
const NO_SENTENCE_END = new Set(
  [
    'dr mr mrs ms prof st',
    'fig figs tab ref refs no nos vol pp eq approx ca cf vs e.g i.e',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
  ]
    .join(' ')
    .split(' '),
);
const LAST_WORD = /(?:^|[\s(])([\p{L}.]+)\.\s*$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Characters segmented at a time. V8's sentence segmenter slows with the square of the text's
 * length (a 146,000-character report took 1.5 s whole); in windows a report of any length takes
 * a few milliseconds per 100,000 characters.
 */
const WINDOW = 4_000;

/** The segmenter's sentences of `text` as [index, segment], window by window. */
function* segments(text: string): Generator<[number, string]> {
  let offset = 0;
  while (offset < text.length) {
    const windowEnd = Math.min(text.length, offset + WINDOW);
    const found = [...segmenter.segment(text.slice(offset, windowEnd))];
    // The last sentence may go on past the window, and the break before it may depend on what
    // follows ("e.g. 5 mg" then a lowercase word): both are segmented again with the next window.
    const whole = windowEnd === text.length ? found.length : Math.max(1, found.length - 2);
    for (const { index, segment } of found.slice(0, whole)) yield [offset + index, segment];
    offset = whole === found.length ? windowEnd : offset + found[whole]!.index;
  }
}

/**
 * The sentences of a text, in order, as ranges without the spaces around them. Unicode's sentence
 * rules (Intl.Segmenter, the same in Node and Chromium) with the abbreviations above joined back,
 * and a line break (a heading, a table row, a list item) always ending a sentence.
 */
export function splitSentences(text: string): TextRange[] {
  const sentences: TextRange[] = [];
  let pending: TextRange | undefined;
  for (const [index, segment] of segments(text)) {
    const range = trimmed(text, index, index + segment.length);
    if (range === undefined) continue;
    const joined: TextRange = pending === undefined ? range : { start: pending.start, end: range.end };
    const abbreviation = LAST_WORD.exec(segment)?.[1]?.toLowerCase();
    if (abbreviation !== undefined && NO_SENTENCE_END.has(abbreviation) && !segment.includes('\n')) {
      pending = joined;
      continue;
    }
    sentences.push(joined);
    pending = undefined;
  }
  if (pending !== undefined) sentences.push(pending);
  return sentences;
}

const NUMBER =
  /\p{Nd}|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand)\b/iu;
// Month names as dates print them, capitalised: "may" is a verb, "May" a month.
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE = new RegExp(
  `\\b(?:(?:${MONTHS})\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?(?=\\s+\\d))|\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`,
  'u',
);
/** A unit as reports print them: a per-something ("U/l", "mg/day", "g/kg") or a common one alone. */
const UNIT =
  /(?<![\p{L}\p{N}])(?:[\p{L}µμ]{1,5}\/[\p{L}\d.]{1,5}|mg|mcg|[µμ]g|kg|ml|mmol|[µμ]mol|iu|mmhg|bpm|°c)(?![\p{L}])|%/iu;

/** What a sentence holds that abstraction is about, in the order number, unit, date. */
export function factsIn(sentence: string): FactKind[] {
  const holds: FactKind[] = [];
  if (NUMBER.test(sentence)) holds.push('number');
  if (UNIT.test(sentence)) holds.push('unit');
  if (DATE.test(sentence)) holds.push('date');
  return holds;
}

/** The sentences that hold a number, a unit or a date: worked out once per source. */
export function factSentences(text: string): FactSentence[] {
  return splitSentences(text).flatMap((range) => {
    const holds = factsIn(text.slice(range.start, range.end));
    return holds.length === 0 ? [] : [{ ...range, holds }];
  });
}

/**
 * The fact sentences with no cited words in them, in order: possibly not abstracted yet. A sentence
 * counts as cited when any cited range overlaps it, however little.
 */
export function uncitedFactSentences(sentences: readonly FactSentence[], cited: readonly TextRange[]): FactSentence[] {
  const merged = mergeRanges(cited);
  const uncited: FactSentence[] = [];
  let next = 0;
  for (const sentence of sentences) {
    while (next < merged.length && merged[next]!.end <= sentence.start) next += 1;
    const overlaps = next < merged.length && merged[next]!.start < sentence.end;
    if (!overlaps) uncited.push(sentence);
  }
  return uncited;
}

/** Where the anchors that resolved (found, moved or near) are: the cited words the pane highlights. */
export function citedRanges(resolutions: readonly AnchorResolution[]): TextRange[] {
  return resolutions.flatMap((r) => ('start' in r ? [{ start: r.start, end: r.end }] : []));
}

/**
 * The first of `sentences` (in order) that starts after `index`, going round to the first after
 * the last: where the pane's "next possibly not abstracted" key goes from the caret.
 */
export function nextSentenceAfter<T extends TextRange>(sentences: readonly T[], index: number): T | undefined {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sentences[mid]!.start <= index) low = mid + 1;
    else high = mid;
  }
  return sentences[low] ?? sentences[0];
}

/** Ranges sorted and joined where they overlap or touch, empty ones left out. */
function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

function trimmed(text: string, start: number, end: number): TextRange | undefined {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return start === end ? undefined : { start, end };
}
