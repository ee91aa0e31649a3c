// Reads an observation's result as a report prints it (">300.0", "400–500", "positive") into Observation fields.
import type { Comparator, Observation } from '../model/case';
import { formatObservationValue } from '../model/observation-value';
import { fail, ok, type Result } from '../model/result';
import { precisionProblem } from './precision';

/** The result part of an Observation; absent keys are left out, never set to undefined. */
export type ParsedValue = Pick<Observation, 'comparator' | 'value' | 'valueHigh' | 'decimalPlaces' | 'valueText'>;

const WHERE = 'value';
/** Longer than any result a report prints; also bounds the work done on pasted paragraphs. */
const MAX_LENGTH = 200;

const EXAMPLES = 'write a number (1620), a censored value (>300.0), a range (400–500) or a text result (positive)';

// Symbols first, then the words reports use for them. Longest first so "<=" wins over "<".
const COMPARATOR_PREFIXES: ReadonlyArray<readonly [RegExp, Comparator]> = [
  [/^(?:<=|=<|≤|⩽)/, '<='],
  [/^(?:>=|=>|≥|⩾)/, '>='],
  [/^</, '<'],
  [/^>/, '>'],
  // U+223C TILDE OPERATOR and U+2248 ALMOST EQUAL TO are what typeset reports print for "~".
  [/^(?:~|∼|≈)/, '~'],
  [/^(?:less than|fewer than|below)\b/i, '<'],
  [/^(?:greater than|more than|above)\b/i, '>'],
  [/^at least\b/i, '>='],
  [/^(?:at most|up to)\b/i, '<='],
  [/^(?:approximately|approx\.?|about|around|circa|ca\.)(?=\s|\d|-|−|\.|$)/i, '~'],
];

// A reported number: optional minus (ASCII or U+2212), digits with an optional fraction, optional exponent.
const NUMBER = String.raw`[-−]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?`;
// Range separators: hyphen, figure/en/em dashes, horizontal bar, minus sign, "to", "and".
const RANGE = new RegExp(String.raw`^(${NUMBER})\s*(?:[-‐‑‒–—―−]|\s(?:to|and)\s)\s*(${NUMBER})$`, 'i');
const SINGLE = new RegExp(String.raw`^(${NUMBER})$`);
const LEADING_NUMBER = new RegExp(String.raw`^(${NUMBER})\s*(\S.*)$`);

const POSITIVE = new Set(['positive', 'pos', 'pos.', '+ve']);
const NEGATIVE = new Set(['negative', 'neg', 'neg.', '-ve']);
/** Semi-quantitative grades and titers are kept verbatim as text: "+++" is not the same as "positive". */
const SEMI_QUANTITATIVE = /^(?:\+{1,4}|[1-4]\+|±)$/;
const TITER = /^1\s*:\s*(\d+)$/;
/** Letters (any script), combining marks, spaces and the punctuation of phrases like "non-reactive (weak)". */
const TEXT_RESULT = /^[\p{L}\p{M}\s\-‐'’/().,;:&+]+$/u;

interface ReadNumber {
  value: number;
  decimals: number | undefined;
}

function readNumber(text: string): Result<ReadNumber> {
  const normalised = text.replace('−', '-');
  const value = Number(normalised);
  if (!Number.isFinite(value)) return fail({ where: WHERE, message: `“${text}” is too large to store` });
  const [mantissa = '', exponent] = normalised.toLowerCase().split('e');
  if (value === 0 && /[1-9]/.test(mantissa)) {
    return fail({ where: WHERE, message: `“${text}” is too small to store` });
  }
  const imprecise = precisionProblem(text);
  if (imprecise !== undefined) return fail({ where: WHERE, message: imprecise });
  // Decimals are kept only for plain notation: "1.50e3" has no meaningful "digits after the point".
  const fraction = exponent === undefined ? mantissa.split('.')[1] : undefined;
  // `+ 0` turns -0 into 0: a report's "-0" is zero.
  return ok({ value: value + 0, decimals: fraction?.length });
}

function withDecimals(fields: ParsedValue, decimals: number | undefined): ParsedValue {
  return decimals === undefined ? fields : { ...fields, decimalPlaces: decimals };
}

function parseText(text: string): Result<ParsedValue> | undefined {
  const lower = text.toLowerCase();
  if (POSITIVE.has(lower)) return ok({ valueText: 'positive' });
  if (NEGATIVE.has(lower)) return ok({ valueText: 'negative' });
  if (SEMI_QUANTITATIVE.test(text)) return ok({ valueText: text });
  const titer = TITER.exec(text);
  if (titer) return ok({ valueText: `1:${titer[1] ?? ''}` });
  if (!/\d/.test(text) && /\p{L}/u.test(text)) {
    if (!TEXT_RESULT.test(text)) {
      return fail({ where: WHERE, message: `“${text}” has characters that do not belong in a result; ${EXAMPLES}` });
    }
    return ok({ valueText: text });
  }
  return undefined;
}

function parseNumeric(text: string, original: string): Result<ParsedValue> {
  let rest = text;
  let comparator: Comparator | undefined;
  for (const [pattern, symbol] of COMPARATOR_PREFIXES) {
    const match = pattern.exec(rest);
    if (match) {
      comparator = symbol;
      rest = rest.slice(match[0].length).trim();
      break;
    }
  }
  if (comparator !== undefined && rest === '') {
    return fail({ where: WHERE, message: `“${original}” needs a number after the comparator (e.g. >300)` });
  }

  let range = RANGE.exec(rest);
  const between = /^between\s+(.*)$/i.exec(rest);
  if (between) {
    range = RANGE.exec(between[1] ?? '');
    if (!range) return fail({ where: WHERE, message: `“${original}” needs two numbers, as in “between 400 and 500”` });
  }
  if (range) {
    if (comparator !== undefined) {
      return fail({ where: WHERE, message: `“${original}”: a range cannot also have a comparator` });
    }
    const low = readNumber(range[1] ?? '');
    if (!low.ok) return low;
    const high = readNumber(range[2] ?? '');
    if (!high.ok) return high;
    if (high.value.value < low.value.value) {
      return fail({
        where: WHERE,
        message: `“${original}”: the upper value ${high.value.value} is below the lower value ${low.value.value}`,
      });
    }
    // One decimalPlaces serves both ends (that is how the model stores it): keep the finer of the two.
    const decimals =
      low.value.decimals === undefined && high.value.decimals === undefined
        ? undefined
        : Math.max(low.value.decimals ?? 0, high.value.decimals ?? 0);
    return ok(withDecimals({ value: low.value.value, valueHigh: high.value.value }, decimals));
  }

  if (SINGLE.test(rest)) {
    const single = readNumber(rest);
    if (!single.ok) return single;
    const fields: ParsedValue =
      comparator === undefined ? { value: single.value.value } : { comparator, value: single.value.value };
    return ok(withDecimals(fields, single.value.decimals));
  }

  const withUnit = LEADING_NUMBER.exec(rest);
  if (withUnit && /^[\p{L}%µ/]/u.test(withUnit[2] ?? '') && !/\d/.test(withUnit[2] ?? '')) {
    return fail({ where: WHERE, message: `“${original}”: put the unit “${withUnit[2] ?? ''}” in the unit field` });
  }
  return fail({ where: WHERE, message: `“${original}” is not a result: ${EXAMPLES}` });
}

/**
 * Parses a result as typed or pasted from a report. Numbers keep their reported decimals
 * ("176.50" → decimalPlaces 2); a leading "Grade" is dropped ("Grade 2–3" → 2–3); a bare phrase
 * is a text result, with positive/negative and their abbreviations made canonical.
 */
export function parseObservationValue(text: string): Result<ParsedValue> {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return fail({ where: WHERE, message: 'result is empty' });
  if (trimmed.length > MAX_LENGTH) {
    return fail({
      where: WHERE,
      message: `result is longer than ${MAX_LENGTH} characters: shorten it or use the notes`,
    });
  }
  if (/^[-‐‑‒–—―−]$/.test(trimmed)) {
    return fail({
      where: WHERE,
      message: `a lone “${trimmed}” is ambiguous (negative? not done?): write “negative”, or leave the result out`,
    });
  }
  const asText = parseText(trimmed);
  if (asText) return asText;
  // Decimal commas ("0,282") and thousands separators ("1,620") look alike; accept neither.
  if (/\d,|,\d/.test(trimmed)) {
    return fail({ where: WHERE, message: `“${trimmed}”: use . for decimals and no thousands separator` });
  }
  const withoutGrade = trimmed.replace(/^grade\s+(?=[-−\d.<>≤≥~∼≈])/i, '');
  return parseNumeric(withoutGrade, trimmed);
}

// A fixed observation frame, so the canonical text comes from the one formatter the app shows.
const FRAME: Pick<Observation, 'id' | 'analyte' | 'date'> = {
  id: 'value',
  analyte: 'value',
  date: { date: '2000', approximate: false },
};

/** The canonical text of a parsed result, exactly as formatObservationValue shows it. */
export function formatParsedValue(value: ParsedValue): string {
  return formatObservationValue({ ...FRAME, ...value });
}
