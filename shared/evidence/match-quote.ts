// Finding a quote's words in a text that has changed: exactly first, then approximately, each
// candidate scored by how well the quote, its prefix and suffix and the expected position agree
// (after Hypothesis's match-quote.ts), so the best place wins and a poor one gives nothing.
import approxSearch from 'approx-string-match';

export interface QuoteContext {
  prefix?: string | undefined;
  suffix?: string | undefined;
  /**
   * Where the words are expected (UTF-16 index into this text): their old position, moved as far as
   * the anchors before them moved. Breaks ties between equal candidates; near matches are looked
   * for around it first.
   */
  hint: number;
}

/** A place in the text (UTF-16, end exclusive), with `score` from 0 to 1 (1: quote and context all agree). */
export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
  score: number;
}

/**
 * Errors (characters inserted, deleted or changed) a near match may have: one in four of the
 * quote's characters. Hypothesis allows one in two; a clinical quote is short and dense ("CK 4210
 * U/L"), and half of it changed is another fact. A quote under 4 characters must match exactly.
 */
export const FUZZY_ERROR_RATE = 1 / 4;

/**
 * The lowest score a near match is taken at. With its context intact a quote with a quarter of its
 * characters changed scores about 0.86; with its context wholly gone a quote must be nearly
 * whole (one error in 40) to pass. Below it the anchor is orphaned rather than put in a wrong place.
 */
export const MIN_FUZZY_SCORE = 0.7;

/**
 * How far either side of the old position a near match is looked for first (UTF-16 units): an edit
 * moves words a little, and searching 4,000 characters instead of the whole report is what keeps
 * many re-anchorings fast. The whole text is searched when nothing near scores well and the quote
 * is nowhere exactly.
 */
export const NEAR_WINDOW = 2_000;

/**
 * A match scoring this well (a near match with one error in ten and its context nearly intact) is
 * not looked past; an exact quote scoring less (its context gone) is weighed against a near match
 * at the old position, where an edit to the quote itself leaves it.
 */
export const CONFIDENT_SCORE = 0.9;

// Hypothesis's weights: the quote counts most, the context tells apart repeats, the position breaks ties.
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/**
 * The best exact occurrence of `quote`, or undefined when there is none. The expected place is
 * taken when the quote is there with its whole context; else the nearest occurrence with
 * its whole prefix and suffix, looked for near the expected place first (the nearest there is the
 * nearest anywhere); only when no occurrence has them all is every one weighed. That is what keeps
 * a thousand anchors fast in a long report where "CK" is everywhere.
 */
export function matchQuoteExactly(text: string, quote: string, context: QuoteContext): QuoteMatch | undefined {
  const scored = (start: number): QuoteMatch => {
    const match = { start, end: start + quote.length, errors: 0, score: 0 };
    return { ...match, score: score(text, quote, match, context) };
  };
  const { prefix = '', suffix = '' } = context;
  const prefixAgrees = (at: number) => at >= prefix.length && text.startsWith(prefix, at - prefix.length);
  const suffixAgrees = (at: number) => text.startsWith(suffix, at + quote.length);
  const inContext = (at: number) => prefixAgrees(at) && suffixAgrees(at);
  // At the expected place with its whole context on both sides: no search at all. One side is not
  // enough ("y" of "vyr" after "ayra " was put before it has its suffix in "ayra" too), nor most of
  // both (a repeat just before the words, "CK CK 404"): then every occurrence is weighed below.
  if (text.startsWith(quote, context.hint) && inContext(context.hint)) return scored(context.hint);
  const nearest = (places: number[]) =>
    places.reduce<number | undefined>(
      (best, at) => (best === undefined || Math.abs(at - context.hint) < Math.abs(best - context.hint) ? at : best),
      undefined,
    );
  const near = nearest(
    occurrences(text, quote, context.hint - NEAR_WINDOW, context.hint + NEAR_WINDOW).filter(inContext),
  );
  if (near !== undefined) return scored(near);
  const everywhere = occurrences(text, quote, 0, text.length);
  const anywhere = nearest(everywhere.filter(inContext));
  if (anywhere !== undefined) return scored(anywhere);
  let best: QuoteMatch | undefined;
  for (const at of everywhere) {
    const candidate = scored(at);
    if (best === undefined || candidate.score > best.score) best = candidate;
  }
  return best;
}

/** Where `quote` starts between `from` and `to` (the whole quote inside), in order. */
function occurrences(text: string, quote: string, from: number, to: number): number[] {
  const start = Math.max(0, from);
  const part = start === 0 && to >= text.length ? text : text.slice(start, to + quote.length);
  const found: number[] = [];
  for (let at = part.indexOf(quote); at !== -1; at = part.indexOf(quote, at + 1)) found.push(start + at);
  return found;
}

/**
 * The best near match of `quote` scoring at least MIN_FUZZY_SCORE, or undefined. Looked for where
 * the words were (give or take the errors allowed and a context's length), then within NEAR_WINDOW,
 * then, when the quote is nowhere `exact`ly, in the whole text, stopping at the first that scores
 * CONFIDENT_SCORE. approx-string-match returns only the fewest-error matches of what it searches,
 * so a window holding the exact quote elsewhere is not searched: it would give back only that.
 * A candidate whose digits differ from the quote's is refused whatever its score: "20 mg" near
 * "40 mg" is not the same evidence, however alike the words around it.
 */
export function matchQuoteApproximately(
  text: string,
  quote: string,
  context: QuoteContext,
  { exact }: { exact?: QuoteMatch | undefined } = {},
): QuoteMatch | undefined {
  const maxErrors = Math.floor(quote.length * FUZZY_ERROR_RATE);
  if (maxErrors === 0) return undefined;
  const digits = digitsOf(quote);
  const bestIn = (slack: number): QuoteMatch | undefined => {
    const from = Math.max(0, context.hint - slack);
    const to = Math.min(text.length, context.hint + quote.length + slack);
    let found: QuoteMatch | undefined;
    for (const m of approxSearch(text.slice(from, to), quote, maxErrors)) {
      const candidate = { start: m.start + from, end: m.end + from, errors: m.errors, score: 0 };
      if (digitsOf(text.slice(candidate.start, candidate.end)) !== digits) continue;
      candidate.score = score(text, quote, candidate, context);
      if (candidate.score >= MIN_FUZZY_SCORE && (found === undefined || candidate.score > found.score)) {
        found = candidate;
      }
    }
    return found;
  };
  const windows = [maxErrors + 64, NEAR_WINDOW, ...(exact === undefined ? [text.length] : [])];
  let best: QuoteMatch | undefined;
  for (const slack of windows) {
    // A window holding the exact quote gives back only it (the fewest errors): nothing to weigh against it.
    if (
      exact !== undefined &&
      exact.start >= context.hint - slack &&
      exact.end <= context.hint + quote.length + slack
    ) {
      break;
    }
    const found = bestIn(slack);
    if (found !== undefined && (best === undefined || found.score > best.score)) best = found;
    if (best !== undefined && best.score >= CONFIDENT_SCORE) break;
    if (context.hint - slack <= 0 && context.hint + quote.length + slack >= text.length) break;
  }
  return best;
}

function digitsOf(text: string): string {
  return text.replace(/\P{Nd}/gu, '');
}

function score(text: string, quote: string, match: QuoteMatch, context: QuoteContext): number {
  const quoteScore = 1 - match.errors / quote.length;
  const { prefix, suffix } = context;
  const prefixScore = prefix
    ? contextScore(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix)
    : 1;
  const suffixScore = suffix ? contextScore(text.slice(match.end, match.end + suffix.length), suffix) : 1;
  const positionScore = text.length === 0 ? 1 : 1 - Math.abs(match.start - context.hint) / text.length;
  return (
    (WEIGHTS.quote * quoteScore +
      WEIGHTS.prefix * prefixScore +
      WEIGHTS.suffix * suffixScore +
      WEIGHTS.position * positionScore) /
    MAX_SCORE
  );
}

/**
 * How much of the expected context `around` keeps: 1 when it is the same, less by its share of
 * edits. The context lies against the words, so it is compared whole (Levenshtein distance over at
 * most 32 characters) rather than searched for: approx-string-match finds, and costs ten times
 * more than this comparison needs.
 */
function contextScore(around: string, expected: string): number {
  if (around === expected) return 1;
  return Math.max(0, 1 - editDistance(around, expected) / expected.length);
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
