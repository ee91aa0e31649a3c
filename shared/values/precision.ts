// The precision rule: how many digits a number typed or imported may have, so that none is rounded in silence.

/**
 * A stored number is an IEEE 754 double, which keeps any decimal of 15 significant digits exactly
 * (C's DBL_DIG); a 16th or 17th digit may come back changed ("0.12345678901234567890" is stored
 * as 0.12345678901234568).
 */
export const MAX_SIGNIFICANT_DIGITS = 15;
/** ObservationSchema's `decimalPlaces` keeps at most 12 digits after the point: more could not be shown back. */
export const MAX_DECIMAL_PLACES = 12;

/** A decimal literal as written: optional sign (ASCII or U+2212), digits with an optional fraction, optional exponent. */
const LITERAL = /^[-+−]?(\d*)(?:\.(\d*))?(?:[eE][-+]?\d+)?$/;

export interface NumberDigits {
  significant: number;
  /** Digits after the point; undefined in exponent notation, where the point does not fix the decimals. */
  decimals: number | undefined;
}

/**
 * Counts the digits of a number as written. Leading zeros are not significant; trailing zeros of a
 * whole number are not either ("1000" could be 1 to 4 digits, and 1e16 is stored exactly), but
 * those after a point are ("300.0" reports four).
 */
export function digitsOf(literal: string): NumberDigits | undefined {
  const match = LITERAL.exec(literal);
  if (!match) return undefined;
  const whole = match[1] ?? '';
  const fraction = match[2];
  const exponent = /[eE]/.test(literal);
  let digits = (whole + (fraction ?? '')).replace(/^0+/, '');
  if (fraction === undefined || fraction === '') digits = digits.replace(/0+$/, '');
  return { significant: digits.length, decimals: exponent ? undefined : (fraction?.length ?? 0) };
}

/** Keeps a message readable when the literal is a pasted line of a million digits. */
function shown(literal: string): string {
  return literal.length > 40 ? `${literal.slice(0, 40)}…` : literal;
}

/**
 * Why a number cannot be kept as written, or undefined when it can: more than 15 significant digits
 * or more than 12 decimals. Refused rather than rounded, so that the clinician decides the rounding.
 */
export function precisionProblem(literal: string): string | undefined {
  // Thirteen characters hold at most 13 digits or 12 decimals: most cells of a 100,000-row file stop here.
  if (literal.length <= 13) return undefined;
  const digits = digitsOf(literal.trim());
  if (digits === undefined) return undefined;
  if (digits.significant > MAX_SIGNIFICANT_DIGITS) {
    return (
      `“${shown(literal)}” has ${digits.significant} significant digits: a stored number keeps ` +
      `${MAX_SIGNIFICANT_DIGITS} exactly and would round the rest, so round it to ${MAX_SIGNIFICANT_DIGITS} digits or fewer`
    );
  }
  if (digits.decimals !== undefined && digits.decimals > MAX_DECIMAL_PLACES) {
    return (
      `“${shown(literal)}” has ${digits.decimals} digits after the decimal point: at most ` +
      `${MAX_DECIMAL_PLACES} are kept and shown back, so round it to ${MAX_DECIMAL_PLACES} decimals or fewer`
    );
  }
  return undefined;
}

/**
 * True when each value, shown with `decimals`, has no more than the 15 digits a stored number keeps:
 * one `decimalPlaces` serves both ends of a range, so the coarser end is shown with the finer one's.
 */
export function keepsDecimals(values: readonly number[], decimals: number | undefined): boolean {
  return (
    decimals === undefined ||
    decimals === 0 ||
    values.every((v) => Math.abs(v) >= 1e21 || precisionProblem(v.toFixed(decimals)) === undefined)
  );
}

// Strings are matched whole (so digits inside them are skipped), numbers as JSON writes them.
const JSON_STRING_OR_NUMBER = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g;

/**
 * The numbers of a JSON text that JSON.parse would round or whose decimals no field can keep,
 * with their line and column: the parsed value has lost the digits that would tell. Call it on text
 * that parses; stops after `max` so a file of a million long numbers gives a readable list.
 */
export function impreciseJsonNumbers(text: string, max = 20): { line: number; column: number; message: string }[] {
  const found: { line: number; column: number; message: string }[] = [];
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  for (const match of text.matchAll(JSON_STRING_OR_NUMBER)) {
    if (match[0].startsWith('"')) continue;
    const message = precisionProblem(match[0]);
    if (message === undefined) continue;
    // Lines are counted only up to a number that is refused, which is rare: most files pay nothing.
    for (let i = text.indexOf('\n', counted); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    counted = match.index;
    found.push({ line, column: match.index - lineStart + 1, message });
    if (found.length >= max) break;
  }
  return found;
}
