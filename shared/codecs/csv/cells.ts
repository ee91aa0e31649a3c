// One CSV cell at a time: the formula-injection escape, numbers with their reported decimals, booleans.
import { fail, ok, type Result } from '../../model/result';
import { precisionProblem } from '../../values/precision';

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV Injection"): `=`, `+`,
 * `-`, `@`, tab and carriage return, plus their full-width forms, which Apple Numbers folds to ASCII.
 * `'` is escaped too, so that the escape can be undone exactly.
 */
const NEEDS_QUOTE_PREFIX = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20']/;

/**
 * Writes a text cell so that no spreadsheet evaluates it: a leading `'` (the spreadsheet's own
 * "this is text" mark) before a risky first character, and before a `'` the text itself starts with.
 */
export function escapeText(text: string): string {
  return NEEDS_QUOTE_PREFIX.test(text) ? `'${text}` : text;
}

/**
 * Undoes {@link escapeText}: drops exactly one leading `'`. So `'=SUM(A1)` reads as `=SUM(A1)` and
 * `''quoted` as `'quoted`; a hand-made file's lone leading `'` is dropped, as a spreadsheet would.
 */
export function unescapeText(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** Shortest text that reads back as exactly the same number (`0.1`, `1e+21`); -0 is written `0`. */
export function formatNumber(value: number): string {
  return String(value + 0);
}

/**
 * A measured value with its reported decimals (`300.0`, `176.50`). When those decimals would
 * change the number (a value from elsewhere, such as 0.30000000000000004 with 2 decimals), the
 * number wins: it is written in full and the decimals are lost, never the value.
 */
export function formatMeasured(value: number, decimalPlaces: number | undefined): string {
  if (decimalPlaces !== undefined && Math.abs(value) < 1e21) {
    const fixed = value.toFixed(decimalPlaces);
    if (Number(fixed) === value) return fixed;
  }
  return formatNumber(value);
}

export interface CellNumber {
  value: number;
  /** Digits after the decimal point as written (1–12); absent for integers and exponents. */
  decimals: number | undefined;
}

// Plain decimal notation with `.`, optional exponent; no sign but minus, no thousands separators.
const NUMBER = /^-?(?:\d+(?:\.(\d+))?|\.(\d+))(?:[eE][+-]?\d+)?$/;
const EXPONENT = /[eE]/;
const THOUSANDS = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^-?\d*,\d+$/;

/** Reads a numeric cell (already trimmed and not empty); the message says what to write instead. */
export function readNumber(cell: string): Result<CellNumber> {
  const where = 'cell';
  const match = NUMBER.exec(cell);
  if (!match) {
    // The number shapes spreadsheets in other locales write, with the fix for each.
    if (THOUSANDS.test(cell)) {
      return fail({ where, message: `"${cell}" has a thousands separator: write it without (e.g. 1200)` });
    }
    if (DECIMAL_COMMA.test(cell)) {
      return fail({ where, message: `"${cell}" has a decimal comma: write a decimal point (e.g. 0.5)` });
    }
    return fail({ where, message: `"${clip(cell)}" is not a number: write digits with a decimal point (e.g. 176.50)` });
  }
  const value = Number(cell);
  if (!Number.isFinite(value)) return fail({ where, message: `"${clip(cell)}" is too large to store` });
  if (value === 0 && /[1-9]/.test(cell.split(/[eE]/)[0] ?? '')) {
    return fail({ where, message: `"${clip(cell)}" is too small to store` });
  }
  const imprecise = precisionProblem(cell);
  if (imprecise !== undefined) return fail({ where, message: imprecise });
  const fraction = EXPONENT.test(cell) ? undefined : (match[1] ?? match[2]);
  return ok({ value: value + 0, decimals: fraction?.length });
}

/**
 * `true`/`false`, in any case because spreadsheets save them as `TRUE`/`FALSE`; an empty cell is
 * `false` (the only flags CSV has are "approximate", and most dates are not).
 */
export function readBoolean(cell: string): Result<boolean> {
  const lower = cell.toLowerCase();
  if (lower === 'true') return ok(true);
  if (lower === 'false' || lower === '') return ok(false);
  return fail({ where: 'cell', message: `"${clip(cell)}" is not true or false` });
}

/** Keeps a message readable when a cell holds a pasted paragraph or a million digits. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
