// The one text normaliser: every fingerprint and anchor offset counts into its output, so a change
// to what it does is a new NORMALISER_VERSION.
import { withoutInvisibleCharacters } from '../model/text';

/** Nothing has been stored with version 1 yet, so its rules could still grow; after release they cannot. */
export const NORMALISER_VERSION = 1;

/** Typographic ligatures (PDF fonts, some HTML): "ﬁbrosis" must be found by a search for "fibrosis". */
const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  // ſt and st: NFKC gives "st" for both.
  '\uFB05': 'st',
  '\uFB06': 'st',
};
const LIGATURE = /[\uFB00-\uFB06]/g;

/**
 * Controls other than tab and the line ends below: no report holds them, and a quote that did
 * would be refused by the evidence schema (shared/model/text.ts).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;

/** CR LF and CR; NEL, the Unicode line and paragraph separators; vertical tab and form feed (a page break in text exports). */
// eslint-disable-next-line no-control-regex -- vertical tab and form feed end lines
const LINE_END = /\r\n|[\r\u0085\u2028\u2029\u000B\u000C]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Unicode NFC, LF line ends, ligatures expanded, and invisible format characters removed (the soft
 * hyphen, zero-width spaces and joiners, directional marks: the set case texts lose too, so a quote
 * matches what the user typed and a word split by a zero-width space is still found). Controls
 * are removed and a lone surrogate becomes U+FFFD. Applying it twice changes nothing.
 */
export function normaliseText(text: string): string {
  // Removals first, so that what they leave side by side still composes ("e", U+200B, U+0301 → "é").
  return withoutInvisibleCharacters(text)
    .replace(CONTROL, '')
    .replace(LINE_END, '\n')
    .replace(LIGATURE, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC');
}

const WORD = '[\\p{L}\\p{M}\\p{N}]';
/** A word, a hyphen (ASCII or U+2010) at the end of a line, and the next line's first word (looked at, not taken). */
const HYPHEN_AT_LINE_END = new RegExp(`(?<!${WORD})(${WORD}+)([-\\u2010])[ \\t]*\\n[ \\t]*(?=(${WORD}+))`, 'gu');
const HYPHENATED_ON_ONE_LINE = new RegExp(`(?<!${WORD})${WORD}+(?:[-\\u2010]${WORD}+)+`, 'gu');

/**
 * The text of a PDF's pages, normalised, with each word hyphenated across a line end joined: the
 * line end goes, and the hyphen too unless the word is a compound ("anti-\nSRP" → "anti-SRP",
 * "necro-\ntizing" → "necrotizing"). Only PDF text: the line ends of a text file are the author's.
 * A word split across a page end is left (each page is a part of its own).
 */
export function normalisePdfPages(pages: readonly string[]): string[] {
  // A soft hyphen at a line end is a break inside one word by definition: it goes with the line end,
  // before normaliseText removes soft hyphens and would leave the two halves on two lines.
  const normalised = pages.map((page) => normaliseText(page.replace(/\u00AD[ \t]*(?:\r\n|\r|\n)[ \t]*/g, '')));
  const compounds = hyphenatedPairs(normalised);
  return normalised.map((page) => joinHyphenatedLines(page, compounds));
}

/** Every two neighbours of a hyphenated word written on one line ("anti-srp", "srp-positive"), lower case. */
function hyphenatedPairs(texts: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (const text of texts) {
    for (const [compound] of text.matchAll(HYPHENATED_ON_ONE_LINE)) {
      const parts = compound.toLowerCase().split(/[-\u2010]/);
      for (let i = 1; i < parts.length; i += 1) pairs.add(`${parts[i - 1]}-${parts[i]}`);
    }
  }
  return pairs;
}

function joinHyphenatedLines(text: string, compounds: ReadonlySet<string>): string {
  return text.replace(
    HYPHEN_AT_LINE_END,
    (_match, first: string, hyphen: string, second: string, offset: number) =>
      first + (keepsHyphen(text[offset - 1] ?? '', first, second, compounds) ? hyphen : ''),
  );
}

/**
 * The hyphen is the word's own where the second part is capitalised or not a word of letters
 * ("anti-SRP", "COVID-19"), the first part is an abbreviation or already part of a compound
 * ("IVIG-treated", "anti-SRP-positive": word breaking never splits these), or the same two parts
 * are written hyphenated on one line elsewhere in the document. Otherwise it only broke the line.
 */
function keepsHyphen(before: string, first: string, second: string, compounds: ReadonlySet<string>): boolean {
  const letters = /^[\p{L}\p{M}]+$/u;
  if (!letters.test(first) || !letters.test(second)) return true;
  if (!/^\p{Ll}/u.test(second)) return true;
  if (before === '-' || before === '\u2010') return true;
  if (first.length > 1 && first === first.toUpperCase() && first !== first.toLowerCase()) return true;
  return compounds.has(`${first.toLowerCase()}-${second.toLowerCase()}`);
}
