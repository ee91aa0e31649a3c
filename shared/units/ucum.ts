// UCUM units: maps the forms lab reports print (μg/l, ×10⁹/L, IU/L) to UCUM codes, validated by ucum-lhc.
// @ts-expect-error -- @lhncbc/ucum-lhc ships CommonJS without type declarations; the shape used is typed below.
import { UcumLhcUtils as untypedUcumLhcUtils } from '@lhncbc/ucum-lhc';
import { fail, ok, type Result } from '../model/result';

interface UcumValidation {
  status: 'valid' | 'invalid' | 'error';
  /** The code ucum-lhc would use instead ("IU" → "[IU]"), or null. */
  ucumCode: string | null;
  msg: string[];
}

interface UcumUtils {
  validateUnitString(code: string, suggest?: boolean): UcumValidation;
}

const UcumLhcUtils = untypedUcumLhcUtils as { getInstance(): UcumUtils };

let instance: UcumUtils | undefined;

/**
 * The ucum-lhc singleton, created on first use: its constructor unpacks the UCUM definitions
 * (~230 kB of JSON, about 20–30 ms in Node), which a window that never validates a unit should not pay.
 */
function ucum(): UcumUtils {
  instance ??= UcumLhcUtils.getInstance();
  return instance;
}

/**
 * Loads the UCUM tables now rather than on the first unit typed (~30 ms in Node, ~45 ms in
 * Chromium); call it when the app is idle, e.g. when an observation form opens.
 */
export function warmUpUcum(): void {
  ucum();
}

/** Long enough for `mL/min/{1.73_m2}`; stops a pasted paragraph reaching the UCUM parser. */
const MAX_LENGTH = 60;
const WHERE = 'unit';

/**
 * UCUM codes are printable ASCII with spaces only inside {annotations}, and never have empty
 * parentheses or a digit straight after `)` or `}`. ucum-lhc 7 trips over those (and logs its own
 * errors to the console), so such strings never reach it.
 */
function validate(code: string): UcumValidation | undefined {
  if (code === '' || code.length > MAX_LENGTH) return undefined;
  const outsideAnnotations = code.replace(/\{[^{}]*\}/g, '{}');
  if (!/^[!-~]+$/.test(outsideAnnotations) || /\(\)|[)}]\d/.test(outsideAnnotations)) return undefined;
  try {
    return ucum().validateUnitString(code, false);
  } catch {
    // ucum-lhc reports bad input as a status; a library bug must not become a crash in a form.
    return undefined;
  }
}

/** True when `code` is a valid UCUM expression, exactly as written (UCUM is case-sensitive). */
export function isValidUcum(code: string): boolean {
  return code === code.trim() && validate(code)?.status === 'valid';
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const toSuperscript = (digits: string) =>
  digits.replace(/[0-9-]/g, (d) => (d === '-' ? '⁻' : (SUPERSCRIPTS[Number(d)] ?? d)));
const fromSuperscript = (text: string) =>
  text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/g, (s) => (s === '⁻' ? '-' : String(SUPERSCRIPTS.indexOf(s))));

/**
 * Display forms that the general rules below do not produce. Lookups here are Maps, not object
 * literals, so that a unit typed as "valueOf" or "constructor" does not find Object.prototype.
 */
const DISPLAY_OVERRIDES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'mm[Hg]': 'mmHg',
    'cm[H2O]': 'cmH₂O',
    Cel: '°C',
    '[degF]': '°F',
    'mL/min/{1.73_m2}': 'mL/min/1.73 m²',
    '{INR}': 'INR',
  }),
);

/**
 * A UCUM code as lab reports print it: `ug/L` → `μg/L`, `10*9/L` → `×10⁹/L`, `[IU]/L` → `IU/L`,
 * `mm2` → `mm²`, annotations without braces (`{cells}/{focus}` → `cells/focus`).
 * Agrees with shared/units/display.ts on every code listed there.
 */
export function displayUnit(code: string | undefined): string {
  if (code === undefined) return '';
  const override = DISPLAY_OVERRIDES.get(code);
  if (override !== undefined) return override;
  // Annotations ({...}) are words, shown as written; only the parts outside braces are rewritten.
  return code
    .split(/(\{[^}]*\})/)
    .map((part) => {
      if (part.startsWith('{')) return part.slice(1, -1);
      return (
        part
          .replace(/^10\*(-?\d+)/, (_, n: string) => `×10${toSuperscript(n)}`)
          .replace(/(^|[/.(])10\*(-?\d+)/g, (_, before: string, n: string) => `${before}10${toSuperscript(n)}`)
          // A lowercase u starting an atom is the micro prefix (UCUM's only atom "u" stands alone).
          .replace(/(^|[/.(])u(?=[A-Za-z[])/g, '$1μ')
          .replace(/\[(IU|iU|HPF|LPF)\]/g, (_, inside: string) => inside.toUpperCase())
          .replace(/(^|[/.(])([munk]?)eq(?=$|[/.)])/g, '$1$2Eq')
          .replace(/([A-Za-z\]])(-?\d+)(?=$|[/.)])/g, (_, unit: string, n: string) => `${unit}${toSuperscript(n)}`)
          .replace(/\./g, '·')
      );
    })
    .join('');
}

/** Units offered in the unit picker, most used in case reports first within each group. */
export const COMMON_LAB_UNITS: ReadonlyArray<{ code: string; display: string }> = [
  // Enzymes and activities
  'U/L',
  'kU/L',
  '[IU]/L',
  'm[IU]/L',
  '[IU]/mL',
  'U/mL',
  // Mass concentrations
  'ug/L',
  'ng/mL',
  'ng/L',
  'pg/mL',
  'mg/L',
  'mg/dL',
  'g/L',
  'g/dL',
  'ug/dL',
  // Substance concentrations
  'mmol/L',
  'umol/L',
  'nmol/L',
  'pmol/L',
  'meq/L',
  // Counts
  '10*9/L',
  '10*6/L',
  '10*12/L',
  '10*3/uL',
  '10*6/uL',
  '/uL',
  '/[HPF]',
  // Fractions, sizes, rates and times
  '%',
  'fL',
  'pg',
  'mm/h',
  's',
  'min',
  'h',
  'd',
  // Bedside measurements
  'mm[Hg]',
  '/min',
  'Cel',
  'kg',
  'cm',
  'kg/m2',
  'mL/min/{1.73_m2}',
  'mm',
  'mm2',
  // Scores and ratios
  '{grade}',
  '{score}',
  '{INR}',
  '{titer}',
  '1',
].map((code) => ({ code, display: displayUnit(code) }));

/** Codes whose display form is looked up whole ("cells/focus", "grade", "mL/min/1.73 m²"). */
const KNOWN_CODES = [...COMMON_LAB_UNITS.map((u) => u.code), '{cells}/{focus}', 'cm[H2O]', '[degF]', 'mm3', 'm2'];
const CODE_BY_DISPLAY: ReadonlyMap<string, string> = new Map(
  KNOWN_CODES.map((code) => [displayUnit(code), code] as const).filter(([display, code]) => display !== code),
);

/** Whole-unit words (case-insensitive) that are not UCUM atoms. */
const WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    percent: '%',
    sec: 's',
    secs: 's',
    second: 's',
    seconds: 's',
    mins: 'min',
    minute: 'min',
    minutes: 'min',
    hr: 'h',
    hrs: 'h',
    hour: 'h',
    hours: 'h',
    day: 'd',
    days: 'd',
    bpm: '/min',
    'beats/min': '/min',
    'breaths/min': '/min',
    mmhg: 'mm[Hg]',
    'mm hg': 'mm[Hg]',
    cmh2o: 'cm[H2O]',
    '°c': 'Cel',
    '℃': 'Cel',
    '°f': '[degF]',
    '℉': '[degF]',
    grade: '{grade}',
    score: '{score}',
    inr: '{INR}',
    titer: '{titer}',
    titre: '{titer}',
    ratio: '1',
  }),
);
// French reports print giga- and tera-per-litre as G/L and T/L; as UCUM those would read as
// gauss and tesla per litre, which no lab reports, so they are read as counts.
const COUNT_PER_LITRE: ReadonlyMap<string, string> = new Map([
  ['G/L', '10*9/L'],
  ['T/L', '10*12/L'],
]);

/** One atom between `/` and `.`: the spellings labs use for UCUM atoms. */
function normaliseAtom(atom: string): string {
  const word = WORDS.get(atom.toLowerCase());
  if (word !== undefined && !word.includes('/')) return word;
  return (
    atom
      // Litre: UCUM accepts "l" but "L" is the form to store (mg/dl → mg/dL, ml → mL).
      .replace(/^([munpfdck]?)l$/, '$1L')
      // "mcg" is the prescriber's micro; "Mg" and "Mmol" at the start of a cell are never mega.
      .replace(/^mc(?=g$|mol$|L$)/, 'u')
      .replace(/^M(?=g$|mol$|L$|eq$)/, 'm')
      .replace(/^([munk]?)(?:IU|iu)$/, '$1[IU]')
      .replace(/^([munk]?)[Ee]q$/, '$1eq')
      .replace(/^(?:hpf|HPF)$/, '[HPF]')
      .replace(/^(?:lpf|LPF)$/, '[LPF]')
      .replace(/^u$/, 'U')
  );
}

/** Rewrites the display forms of a unit into UCUM syntax; validity is ucum-lhc's call. */
function normaliseUnit(text: string): string {
  let unit = text.replace(/\s+/g, ' ').trim();
  const known = CODE_BY_DISPLAY.get(unit) ?? COUNT_PER_LITRE.get(unit) ?? WORDS.get(unit.toLowerCase());
  if (known !== undefined) return known;
  unit = unit
    // Micro sign U+00B5 and Greek mu U+03BC both mean micro.
    .replace(/[µμ]/g, 'u')
    .replace(/\s*([/·⋅.])\s*/g, (_, op: string) => (op === '/' ? '/' : '.'))
    // Powers of ten: ×10^9, x10E9, *10^9, 10⁹, and ×109 where a PDF copy lost the superscript.
    .replace(/^(?:[×xX*]\s*)?10\s*(?:\^|\*|E|e)\s*([+-]?\d+)\s*/, (_, n: string) => `10*${n.replace('+', '')}`)
    .replace(/^(?:[×xX*]\s*)?10\s*([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)\s*/, (_, n: string) => `10*${fromSuperscript(n)}`)
    .replace(/^[×xX]\s*10(3|6|9|12)(?=\/)/, '10*$1')
    // "10*9 cells/L", "cells/μL": the counted thing is not part of the unit.
    .replace(/(^|\*\d+ ?)(?:cells|cell|beats|breaths)(?=\/)/, '$1')
    .replace(/\s+(?=\/)/, '')
    // Exponents after a unit: mm², m^2, min⁻¹.
    .replace(
      /([A-Za-z\]])\^?([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+|-?\d+)(?=$|[/.])/g,
      (_, u: string, n: string) => `${u}${fromSuperscript(n)}`,
    );
  const perLitre = COUNT_PER_LITRE.get(unit);
  if (perLitre !== undefined) return perLitre;
  // Atoms between operators; annotations in braces are left exactly as written.
  return unit
    .split(/(\{[^}]*\}|[/.()])/)
    .map((part) => (part === '' || /^[{/.()]/.test(part) ? part : normaliseAtom(part)))
    .join('');
}

/**
 * Reads a unit typed or pasted from a report: a UCUM code (`U/L`, `10*6/L`, `{grade}`) or a usual
 * display form (`μg/l`, `×10⁹/L`, `IU/L`, `mg/dl`, `sec`), returned as the UCUM code to store and
 * the form to show. A unit UCUM does not know is a problem; the form offers "free text" for it.
 */
export function parseUnit(text: string): Result<{ code: string; display: string }> {
  const trimmed = text.trim();
  if (trimmed === '') return fail({ where: WHERE, message: 'unit is empty' });
  if (trimmed.length > MAX_LENGTH) {
    return fail({ where: WHERE, message: `unit is longer than ${MAX_LENGTH} characters: tick “free text” to keep it` });
  }
  const code = normaliseUnit(trimmed);
  if (isValidUcum(code)) return ok({ code, display: displayUnit(code) });
  const suggestion = validate(code)?.ucumCode ?? null;
  const hint = suggestion !== null && isValidUcum(suggestion) ? ` (UCUM writes “${suggestion}”)` : '';
  return fail({
    where: WHERE,
    message: `unknown unit “${trimmed}”: not a UCUM unit${hint}; tick “free text” to keep it as written`,
  });
}
