// How a result is written in prose: comparator words, numbers with thousands separators, ranges, and
// the unit after them (read through shared/units/prose-units.ts). Patterns are compiled once.
import type { Comparator } from '../../model/case';
import { proseUnit, type ProseUnit } from '../../units/prose-units';
import { parseObservationValue, type ParsedValue } from '../../values/parse-value';

const COMPARATOR_SYMBOL = String.raw`<=|=<|≤|⩽|>=|=>|≥|⩾|<|>|~|∼|≈`;
const COMPARATOR_WORD = String.raw`approximately|approx\.|approx|about|around|nearly|roughly|circa|almost|less than|fewer than|below|under|greater than|more than|above|over|at least|at most|up to`;
/** "12,480" (thousands, never after a leading 0), "312.0", ".5". */
export const NUMBER = String.raw`(?:[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;
const DASH = '[-‐‑‒–—―−]';

/**
 * A value: optional "between", comparator (symbol or word), number, optional second number of a
 * range. Not after a letter, a digit or the signs of codes and citations ("IgG1", "[2]", "2021/34").
 * Groups: 1 between, 2 symbol, 3 word, 4 number, 5 "and", 6 second number.
 */
export const VALUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/\[^*_\-‐‑–])(?:(between)\s+)?(?:(${COMPARATOR_SYMBOL})\s*|(${COMPARATOR_WORD})\s+)?(${NUMBER})(?:(?:\s*${DASH}\s*|\s+to\s+|\s+(and)\s+)(${NUMBER}))?(?![\p{N}]|,\d{3}|\.\d)`,
  'giu',
);

/** Words a report uses for "~", "<" and ">": mapped to the comparator the model stores. */
const WORD_COMPARATOR: ReadonlyMap<string, Comparator> = new Map([
  ['approximately', '~'],
  ['approx.', '~'],
  ['approx', '~'],
  ['about', '~'],
  ['around', '~'],
  ['nearly', '~'],
  ['roughly', '~'],
  ['circa', '~'],
  ['almost', '~'],
  ['less than', '<'],
  ['fewer than', '<'],
  ['below', '<'],
  ['under', '<'],
  ['greater than', '>'],
  ['more than', '>'],
  ['above', '>'],
  ['over', '>'],
  ['at least', '>='],
  ['at most', '<='],
  ['up to', '<='],
]);

export interface ReadValue {
  /** Span of the value's words, comparator included. */
  start: number;
  end: number;
  value: ParsedValue;
  /** Where the numbers alone are ("4,800" in "about 4,800"), for guards that look right beside them. */
  numberStart: number;
  numberEnd: number;
}

/**
 * Reads one VALUE match into the model's fields, through the same parser the form uses: thousands
 * separators dropped ("12,480" → 12480), reported decimals kept ("312.0" → decimalPlaces 1).
 * "400 and 500" is a range only after "between"; "from 5,000 to 300" is two values, not a range.
 */
export function readValue(text: string, match: RegExpExecArray): ReadValue[] | undefined {
  const [whole, between, symbol, word, first = '', and, second] = match;
  const start = match.index;
  const firstAt = start + whole.indexOf(first, (between?.length ?? 0) + (symbol?.length ?? 0) + (word?.length ?? 0));
  const comparatorText = symbol !== undefined ? symbol : word !== undefined ? word.toLowerCase() : undefined;
  const comparator = comparatorText === undefined ? undefined : (WORD_COMPARATOR.get(comparatorText) ?? comparatorText);
  const plain = (n: string) => n.replace(/,/g, '');
  const single = (from: number, n: string, at: number, withComparator: boolean): ReadValue | undefined => {
    const parsed = parseObservationValue(`${withComparator && comparator !== undefined ? comparator : ''}${plain(n)}`);
    if (!parsed.ok) return undefined;
    return { start: from, end: at + n.length, value: parsed.value, numberStart: at, numberEnd: at + n.length };
  };
  const isRange = second !== undefined && (and === undefined || between !== undefined);
  const from = /\bfrom\s+$/i.test(text.slice(Math.max(0, start - 6), start));
  if (second !== undefined && isRange && !from && comparator === undefined) {
    const parsed = parseObservationValue(`${plain(first)}-${plain(second)}`);
    if (!parsed.ok) return undefined;
    return [
      { start, end: start + whole.length, value: parsed.value, numberStart: firstAt, numberEnd: start + whole.length },
    ];
  }
  const one = single(start, first, firstAt, true);
  if (one === undefined) return undefined;
  if (second !== undefined && from && and === undefined) {
    const secondAt = start + whole.length - second.length;
    const two = single(secondAt, second, secondAt, false);
    return two === undefined ? [one] : [one, two];
  }
  return [one];
}

/**
 * The unit right after a value, as the report spells it: one word-like run ("mg/dL", "U/l", "mm2"),
 * a power of ten ("× 106/l", "x 10(9)/L", "×10^9/L"), "%" or "per foci". The longest prefix the
 * table knows wins, so a sentence's full stop or an arrow ("μg/l↑") is left out.
 */
const UNIT_AT = new RegExp(
  String.raw`[^\S\r\n]?(?:([×xX*][^\S\r\n]?10[^\S\r\n]?(?:\^|\*|[eE])?[^\S\r\n]?\(?[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}\)?[^\S\r\n]?(?:cells[^\S\r\n]?)?\/[^\S\r\n]?(?:[µμu]?[lL]|mm3|mm³))|(10\^[0-9]{1,2}\/[µμu]?[lL])|(%)|(per[^\S\r\n](?:cent|focus|foci|HPF|hpf|high-power field))|((?:beats|breaths)[^\S\r\n]per[^\S\r\n]minute)|([A-Za-zµμ°℃º\/][A-Za-zµμ°℃º\/.0-9²³^\-]{0,24}(?:[^\S\r\n](?:Hg|H2O|m2|m²|hours?|h|1\.73[^\S\r\n]?m[2²]))?))`,
  'y',
);

export interface ReadUnit {
  end: number;
  unit: ProseUnit;
}

export function readUnitAt(text: string, at: number, usualUnit?: string): ReadUnit | undefined {
  UNIT_AT.lastIndex = at;
  const m = UNIT_AT.exec(text);
  if (!m) return undefined;
  const raw = m[0];
  const lead = raw.length - raw.trimStart().length;
  const body = raw.slice(lead);
  // Longest prefix that ends at a word's end and that the table knows.
  for (let n = body.length; n > 0; n -= 1) {
    if (/[\p{L}\p{N}]/u.test(body[n] ?? '') && /[\p{L}\p{N}]/u.test(body[n - 1] ?? '')) continue;
    const unit = proseUnit(body.slice(0, n), usualUnit);
    if (unit !== undefined) {
      // "5 mg" but not "5 mgs": the unit must end where a word ends.
      if (/[\p{L}\p{N}]/u.test(text[at + lead + n] ?? '') && /[\p{L}\p{N}]/u.test(body[n - 1] ?? '')) return undefined;
      return { end: at + lead + n, unit };
    }
  }
  return undefined;
}
