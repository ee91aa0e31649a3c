// Where the built-in analytes are named in a text: every name, synonym and abbreviation of
// shared/analytes/common-labs.ts, matched word by word in one pass (no regex per analyte).
import { COMMON_LABS, headOf, type KnownAnalyte } from '../../analytes/common-labs';

export interface AnalyteMention {
  start: number;
  end: number;
  known: KnownAnalyte;
  /** The list's term that matched, as the list writes it ("B lymphocytes", "CK"). */
  term: string;
  /** Matched through an abbreviation ("CK", "K"): short ones need a value close by. */
  abbreviation: boolean;
}

interface Term {
  words: string[];
  known: KnownAnalyte;
  term: string;
  abbreviation: boolean;
  /** An abbreviation's letters as written, for the case check ("K" is potassium, "k" is not). */
  letters: string;
}

// Letters and digits; a word may carry a trailing "+" as in "CD19+".
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without accents, and a plural "s" dropped: "Lymphocytes" and "lymphocyte" are one word. */
export function wordKey(word: string): string {
  const lower = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is)$/.test(lower) ? lower.slice(0, -1) : lower;
}

const wordsOf = (text: string) => [...text.matchAll(WORD)].map((m) => wordKey(m[0]));
const lettersOf = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');

function buildIndex(): Map<string, Term[]> {
  const index = new Map<string, Term[]>();
  const add = (known: KnownAnalyte, term: string, abbreviation: boolean) => {
    const words = wordsOf(term);
    const first = words[0];
    if (first === undefined) return;
    const list = index.get(first) ?? [];
    if (list.some((t) => t.words.join(' ') === words.join(' ') && t.abbreviation === abbreviation)) return;
    list.push({ words, known, term, abbreviation, letters: lettersOf(term) });
    index.set(first, list);
  };
  for (const known of COMMON_LABS) {
    add(known, known.name, false);
    add(known, headOf(known.name).trim(), false);
    for (const s of known.synonyms) add(known, s, false);
    for (const a of known.abbreviations) add(known, a, true);
  }
  // Longest first, so "CK-MB" wins over "CK" and "troponin I (TnI)" over "troponin I".
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

const INDEX = buildIndex();

/** What may stand between two words of one name: a space, a hyphen, a slash, brackets ("25(OH)D"). */
const JOINER = /^[\s\-‐‑‒–/+()]{0,3}$/;

/**
 * Abbreviations are matched in their own case, or all in capitals when they have three letters or
 * more ("MYO" for "Myo"): "Ca" is calcium, "ca." is circa; "K" is potassium.
 */
function caseFits(term: Term, written: string): boolean {
  if (!term.abbreviation) return true;
  const letters = lettersOf(written);
  return letters === term.letters || (term.letters.length >= 3 && letters === term.letters.toUpperCase());
}

/** Every mention of a built-in analyte, in reading order, longest first where two start together. */
export function findAnalyteMentions(text: string): AnalyteMention[] {
  const words: { start: number; end: number; key: string }[] = [];
  for (const m of text.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length, key: wordKey(m[0]) });
  const mentions: AnalyteMention[] = [];
  for (let i = 0; i < words.length;) {
    const first = words[i]!;
    let matched = 0;
    for (const term of INDEX.get(first.key) ?? []) {
      const n = term.words.length;
      if (i + n > words.length) continue;
      let fits = true;
      for (let k = 1; k < n && fits; k += 1) {
        const w = words[i + k]!;
        fits = w.key === term.words[k] && JOINER.test(text.slice(words[i + k - 1]!.end, w.start));
      }
      if (!fits) continue;
      const last = words[i + n - 1]!;
      let end = last.end;
      // "CD19+", "HCO3-": a sign that is part of the name.
      if (/[+-]/.test(text[end] ?? '') && /[+-]$/.test(term.term)) end += 1;
      // A name that closes a parenthesis ("troponin I (TnI)") takes it.
      if (text[end] === ')' && /\)$/.test(term.term)) end += 1;
      if (!caseFits(term, text.slice(first.start, end))) continue;
      mentions.push({ start: first.start, end, known: term.known, term: term.term, abbreviation: term.abbreviation });
      matched = n;
      break;
    }
    i += matched > 0 ? matched : 1;
  }
  return mentions;
}
