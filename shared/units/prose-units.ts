// The one table of units as reports and spreadsheets spell them ("U/l", "IU/L", "μg/l", "× 106/l",
// "per foci") and the UCUM code the app stores for each, with what kind of quantity it measures.
// The suggestion engine reads prose units only through it, and the CSV import maps a unit cell that
// is not UCUM as written through it too, so the two never disagree.
//
// Decisions, taken once (issue #13):
// - "U/L", "U/l", "units/L", "IU/L", "IU/l", "U/litre" are all `U/L` when the analyte is an enzyme
//   (its usual unit is U/L: CK, ALT, AST, LDH, ALP, GGT, amylase, lipase) or not known: clinical
//   laboratories report enzyme activity in "IU/L" meaning the enzyme unit (1 µmol/min, UCUM `U`),
//   not a WHO international unit. For an analyte the built-in list measures in international units
//   (TSH in m[IU]/L, IgE and RF in [IU]/mL) "IU" stays `[IU]`; "mIU", "µIU" always do (hormones).
// - "μg/l", "µg/L", "mcg/L", "ug/L" are `ug/L`; litres are written `L` (mg/dl → mg/dL).
// - "× 10^9/L", "x10(9)/L", "×10E9/L", "×10⁹/L" and "× 109/l" (a PDF copy that lost the superscript:
//   only 10³, 10⁶, 10⁹ and 10¹² are read so) are `10*9/L`; "G/L" and "T/L" (French reports) are counts.
// - "per focus", "per foci", "cells/focus" are `{cells}/{focus}`: case reports count cells
//   (lymphocytes) per focus of a biopsy; "per HPF" is `/[HPF]`.
// - A mass or a mass per body weight or per day ("20 mg", "2 mg/kg", "60 mg/day") is a dose, and a
//   day, week, month or year is a duration: the table knows them so that a finder can refuse them.
// Lookup is exact for the few spellings where case decides ("G/L" is a count, "g/L" a mass
// concentration), else by a key that ignores case, spaces, and the micro sign's spelling.

export type UnitKind =
  /** A concentration, activity, count, fraction, rate or measurement a laboratory or a bedside reports. */
  | 'lab'
  /** A short time a test reports (prothrombin time in s, tear break-up time in s). */
  | 'time'
  /** A dose: mass, mass per body weight, per day, international units alone. */
  | 'dose'
  /** Days, weeks, months, years: how long, never a result. */
  | 'duration';

export interface ProseUnit {
  code: string;
  kind: UnitKind;
}

/** A UCUM code and kind: `[code, kind]`, keyed below by every spelling that means it. */
type Row = readonly [spellings: readonly string[], code: string, kind: UnitKind];

// Prefixes as reports spell them, with their UCUM form.
const MASS: readonly (readonly [string[], string])[] = [
  [['pg'], 'pg'],
  [['ng'], 'ng'],
  [['ug', 'mcg', 'μg', 'µg'], 'ug'],
  [['mg'], 'mg'],
  [['g', 'gm'], 'g'],
];
const SUBSTANCE: readonly (readonly [string[], string])[] = [
  [['pmol'], 'pmol'],
  [['nmol'], 'nmol'],
  [['umol', 'μmol', 'µmol', 'mcmol'], 'umol'],
  [['mmol'], 'mmol'],
  [['mol'], 'mol'],
  [['meq', 'mEq'], 'meq'],
];
const VOLUME: readonly (readonly [string[], string])[] = [
  [['l', 'L', 'litre', 'liter'], 'L'],
  [['dl', 'dL', 'decilitre', 'deciliter'], 'dL'],
  [['ml', 'mL', 'millilitre', 'milliliter'], 'mL'],
  [['ul', 'μl', 'µl', 'uL', 'μL', 'µL', 'mcl'], 'uL'],
];

function concentrations(): Row[] {
  const rows: Row[] = [];
  for (const [numerators, n] of [...MASS, ...SUBSTANCE]) {
    for (const [denominators, d] of VOLUME) {
      rows.push([numerators.flatMap((a) => denominators.map((b) => `${a}/${b}`)), `${n}/${d}`, 'lab']);
    }
  }
  return rows;
}

// Counts per volume: the power of ten as printed, in every spelling reports and PDFs leave.
function counts(): Row[] {
  const rows: Row[] = [];
  for (const power of ['3', '6', '9', '12']) {
    for (const [denominators, d] of VOLUME) {
      const heads = [`x10^${power}`, `x10*${power}`, `x10e${power}`, `x10(${power})`, `x10${power}`, `10^${power}`];
      rows.push([heads.flatMap((h) => denominators.map((b) => `${h}/${b}`)), `10*${power}/${d}`, 'lab']);
    }
  }
  return rows;
}

const ROWS: readonly Row[] = [
  ...concentrations(),
  ...counts(),
  // Enzyme activity (see the decision above); international units for hormones and antibodies.
  [['U/L', 'U/l', 'IU/L', 'IU/l', 'units/L', 'units/l', 'unit/L', 'U/litre', 'U/liter', 'IU/litre'], 'U/L', 'lab'],
  [['U/mL', 'U/ml', 'units/mL'], 'U/mL', 'lab'],
  [['kU/L', 'kU/l', 'kIU/L'], 'kU/L', 'lab'],
  [['mIU/L', 'mIU/l', 'mU/L', 'mU/l', 'μIU/mL', 'µIU/mL', 'uIU/mL', 'μIU/ml', 'µIU/ml', 'uIU/ml'], 'm[IU]/L', 'lab'],
  [['IU/mL', 'IU/ml'], '[IU]/mL', 'lab'],
  [['mIU/mL', 'mIU/ml'], 'm[IU]/mL', 'lab'],
  // Cells per volume or per field.
  [['/uL', '/μL', '/µL', 'cells/uL', 'cells/μL', 'cells/µL', '/mm3', '/mm³', 'cells/mm3', 'cells/mm³'], '/uL', 'lab'],
  [['G/L'], '10*9/L', 'lab'],
  [['T/L'], '10*12/L', 'lab'],
  [['per focus', 'per foci', '/focus', 'cells/focus', 'per high-power field'], '{cells}/{focus}', 'lab'],
  [['/HPF', '/hpf', 'per HPF', 'per hpf', '/high-power field'], '/[HPF]', 'lab'],
  // Fractions, sizes, rates, bedside measurements.
  [['%', 'percent', 'per cent'], '%', 'lab'],
  [['fL', 'fl'], 'fL', 'lab'],
  [['mm/h', 'mm/hr', 'mm/hour', 'mm/1st h', 'mm/1 h'], 'mm/h', 'lab'],
  [['mmHg', 'mm Hg', 'mm of Hg'], 'mm[Hg]', 'lab'],
  [['cmH2O', 'cm H2O'], 'cm[H2O]', 'lab'],
  [['bpm', 'beats/min', 'beats per minute', '/min', 'breaths/min', 'breaths per minute'], '/min', 'lab'],
  [['°C', '℃', 'ºC'], 'Cel', 'lab'],
  [['°F'], '[degF]', 'lab'],
  [
    [
      'mL/min/1.73 m2',
      'mL/min/1.73m2',
      'ml/min/1.73 m2',
      'ml/min/1.73m2',
      'mL/min/1.73 m²',
      'ml/min/1.73 m²',
      'mL/min/1.73m²',
      'ml/min/1.73m²',
    ],
    'mL/min/{1.73_m2}',
    'lab',
  ],
  [['mL/min', 'ml/min'], 'mL/min', 'lab'],
  [['kg/m2', 'kg/m²'], 'kg/m2', 'lab'],
  [['mm2', 'mm²', 'mm^2'], 'mm2', 'lab'],
  [['cm2', 'cm²'], 'cm2', 'lab'],
  [['mm'], 'mm', 'lab'],
  [['cm'], 'cm', 'lab'],
  [['g/24 h', 'g/24h', 'g/24 hours', 'g/24-h'], 'g/(24.h)', 'lab'],
  [['mg/24 h', 'mg/24h', 'mg/24 hours', 'mg/24-h'], 'mg/(24.h)', 'lab'],
  [['mg/mmol'], 'mg/mmol', 'lab'],
  [['mg/g'], 'mg/g', 'lab'],
  [['mOsm/kg', 'mosm/kg'], 'mosm/kg', 'lab'],
  // Short times a test reports.
  [['s', 'sec', 'secs', 'second', 'seconds'], 's', 'time'],
  [['min', 'mins', 'minute', 'minutes'], 'min', 'time'],
  // Doses: never a result.
  [['mg'], 'mg', 'dose'],
  [['g', 'gm', 'gram', 'grams'], 'g', 'dose'],
  [['mcg', 'μg', 'µg', 'ug'], 'ug', 'dose'],
  [['kg'], 'kg', 'dose'],
  [['mL', 'ml'], 'mL', 'dose'],
  [['IU', 'U', 'units'], '[IU]', 'dose'],
  [['mg/kg'], 'mg/kg', 'dose'],
  [['g/kg'], 'g/kg', 'dose'],
  [['mcg/kg', 'μg/kg', 'µg/kg', 'ug/kg'], 'ug/kg', 'dose'],
  [['U/kg', 'IU/kg'], '[IU]/kg', 'dose'],
  [['mg/m2', 'mg/m²'], 'mg/m2', 'dose'],
  [['mg/day', 'mg/d', 'mg daily'], 'mg/d', 'dose'],
  [['g/day', 'g/d'], 'g/d', 'dose'],
  [['mg/kg/day', 'mg/kg/d', 'mg/kg per day'], 'mg/kg/d', 'dose'],
  [['mg/week', 'mg/wk'], 'mg/wk', 'dose'],
  [['mg/h', 'mg/hr'], 'mg/h', 'dose'],
  // Durations: never a result.
  [['h', 'hr', 'hrs', 'hour', 'hours'], 'h', 'duration'],
  [['d', 'day', 'days'], 'd', 'duration'],
  [['wk', 'wks', 'week', 'weeks'], 'wk', 'duration'],
  [['mo', 'month', 'months'], 'mo', 'duration'],
  [['y', 'yr', 'yrs', 'year', 'years'], 'a', 'duration'],
];

/** Spellings whose case decides what they are ("G/L" a count, "g/L" grams per litre): looked up as written. */
const CASE_SENSITIVE = new Set(['G/L', 'T/L']);

/** The lookup key: case, spaces, the multiplication sign and the micro sign's spelling do not matter. */
export function proseUnitKey(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[µμ]/g, 'u')
    .replace(/^[×xX*]/, 'x')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (s) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(s)))
    .toLowerCase();
}

const EXACT = new Map<string, ProseUnit>();
const BY_KEY = new Map<string, ProseUnit>();
for (const [spellings, code, kind] of ROWS) {
  for (const spelling of spellings) {
    if (CASE_SENSITIVE.has(spelling)) {
      EXACT.set(spelling, { code, kind });
      continue;
    }
    const key = proseUnitKey(spelling);
    // The first row wins: a concentration ("mg/L") before a dose row reusing a prefix.
    if (!BY_KEY.has(key)) BY_KEY.set(key, { code, kind });
  }
}

/** Units the built-in analytes are measured in as international units: "IU/L" there keeps `[IU]`. */
const INTERNATIONAL_UNITS = /\[IU\]/;

/**
 * The UCUM code and kind of a unit as a report or a spreadsheet spells it, or undefined when the
 * table does not know it. `usualUnit` is the analyte's usual UCUM unit, when known: it decides
 * whether "IU/L" is the enzyme unit (`U/L`) or international units (`[IU]/L`).
 */
export function proseUnit(text: string, usualUnit?: string): ProseUnit | undefined {
  const trimmed = text.trim();
  const found = EXACT.get(trimmed) ?? BY_KEY.get(proseUnitKey(trimmed));
  if (found === undefined) return undefined;
  if (found.code === 'U/L' && /^IU/i.test(trimmed) && usualUnit !== undefined && INTERNATIONAL_UNITS.test(usualUnit)) {
    return { code: '[IU]/L', kind: 'lab' };
  }
  return found;
}

/** Every spelling the table knows, for a finder's pattern (longest first, so "mg/dL" wins over "mg"). */
export const PROSE_UNIT_SPELLINGS: readonly string[] = [...new Set(ROWS.flatMap(([spellings]) => spellings))].sort(
  (a, b) => b.length - a.length,
);
