// Analyte identity: when two names are one analyte (LOINC, else the built-in list's names, else the normalised name), and the name and code a case uses for it.
import { isValidLoinc } from '../model/loinc';
import { unitDimension } from '../units/convert';
import { COMMON_LABS, knownAnalyteExactly, normaliseAnalyteName, type KnownAnalyte } from './common-labs';

/** A row's analyte as stored: its name and, when it has one, its LOINC code. */
export interface AnalyteRef {
  analyte: string;
  loinc?: string | undefined;
}

export interface AnalyteIdentity {
  /** Equal keys are one analyte: `loinc:2157-6`, `known:anti srp antibody`, `name:b lymphocytes total`. */
  key: string;
  /** The code the analyte carries: the one given, or the built-in list's. */
  loinc?: string;
  /** The built-in lab the name stands for, if it stands for one exactly. */
  known?: KnownAnalyte;
}

/**
 * Who an analyte is. A LOINC code wins when present: a code given with the name, else the code of
 * the built-in lab the name stands for ("CK", "CPK", "creatine phosphokinase" are all 2157-6).
 * Without a code, a built-in lab is known by its name; anything else by its normalised name (case,
 * accents and punctuation aside).
 */
export function analyteIdentity(name: string, loinc?: string): AnalyteIdentity {
  const known = knownAnalyteExactly(name);
  const code = loinc !== undefined && isValidLoinc(loinc) ? loinc : known?.loinc;
  // "CK" typed with CK-MB's code is CK-MB: the name's built-in lab is not that analyte.
  const sameLab = known !== undefined && (known.loinc === undefined || known.loinc === code);
  if (code !== undefined) return { key: `loinc:${code}`, loinc: code, ...(sameLab ? { known } : {}) };
  if (known) return { key: `known:${normaliseAnalyteName(known.name)}`, known };
  return { key: `name:${normaliseAnalyteName(name)}` };
}

/** A row's unit as stored, which decides whether a code from the built-in list fits it. */
export interface UnitRef {
  unit?: string | undefined;
  unitIsFreeText?: true | boolean | undefined;
}

const usualUnitOf = new Map(COMMON_LABS.flatMap((l) => (l.loinc && l.unit ? [[l.loinc, l.unit] as const] : [])));

/**
 * Whether a code may be given to a row in this unit. A LOINC code names one property: the
 * built-in list's codes are for its usual unit's dimension only, so "Lymphocytes" in % does not get
 * 731-0 (the count, 10*9/L), nor creatinine in μmol/L 2160-0 (the mass concentration, mg/dL). A
 * code the list does not know, or a row without a unit, is taken as it is.
 */
export function codeFitsUnit(loinc: string, row: UnitRef): boolean {
  const usual = usualUnitOf.get(loinc);
  if (usual === undefined || row.unit === undefined || row.unit === '') return true;
  return unitDimension(row.unit, row.unitIsFreeText === true) === unitDimension(usual);
}

const fitting = (loinc: string | undefined, row: UnitRef) =>
  loinc !== undefined && codeFitsUnit(loinc, row) ? loinc : undefined;

/** One analyte of a case, however many ways its rows spell it. */
export interface CaseAnalyte {
  key: string;
  /** The spelling the case uses most (the first of equals): what a new row is saved as. */
  name: string;
  loinc?: string;
  /** Every spelling in the case, most used first. */
  spellings: string[];
  /** The built-in lab it is, if any: its synonyms and abbreviations find it too. */
  known?: KnownAnalyte;
}

export interface AnalyteGroup<T> {
  analyte: CaseAnalyte;
  /** The rows, in the order given. */
  rows: T[];
}

/**
 * A case's rows gathered by analyte, in order of first appearance. Rows with a code are resolved
 * first, so a row without one joins the coded analyte it is spelled like: "Serum foo" with a code
 * typed once and without it the next time is still one analyte. Each distinct name and code is
 * resolved once, so 100,000 rows cost a few hundred lookups.
 */
export function groupByAnalyte<T extends AnalyteRef>(rows: readonly T[]): AnalyteGroup<T>[] {
  interface Building {
    identity: AnalyteIdentity;
    first: number;
    rows: T[];
  }
  interface Spelling {
    group: Building;
    name: string;
    count: number;
    first: number;
  }
  const byKey = new Map<string, Building>();
  // A spelling two coded analytes share ("Troponin" for TnI and for TnT) says nothing: null.
  const bySpelling = new Map<string, Building | null>();
  // One entry per distinct name (and code): the per-row work is a Map lookup or two, with no
  // string built per row (a key built per row costs more than the rest of the grouping).
  const uncoded = new Map<string, Spelling>();
  const coded = new Map<string, Map<string, Spelling>>();
  const resolve = (row: T): Spelling => {
    let byCode: Map<string, Spelling> | undefined;
    let spelling: Spelling | undefined;
    if (row.loinc === undefined) spelling = uncoded.get(row.analyte);
    else {
      byCode = coded.get(row.analyte);
      if (byCode === undefined) coded.set(row.analyte, (byCode = new Map()));
      spelling = byCode.get(row.loinc);
    }
    if (spelling === undefined) {
      const identity = analyteIdentity(row.analyte, row.loinc);
      const normalised = normaliseAnalyteName(row.analyte);
      let group = byKey.get(identity.key) ?? (row.loinc === undefined ? bySpelling.get(normalised) : undefined);
      if (group === undefined || group === null) {
        group = { identity, first: Infinity, rows: [] };
        byKey.set(identity.key, group);
      }
      const claimed = bySpelling.get(normalised);
      if (claimed === undefined) bySpelling.set(normalised, group);
      else if (claimed !== group) bySpelling.set(normalised, null);
      spelling = { group, name: row.analyte, count: 0, first: Infinity };
      if (byCode === undefined) uncoded.set(row.analyte, spelling);
      else byCode.set(row.loinc!, spelling);
    }
    return spelling;
  };
  // Coded rows first, so an uncoded row spelled like a coded one joins it wherever it comes.
  for (const row of rows) if (row.loinc !== undefined) resolve(row);
  rows.forEach((row, at) => {
    const spelling = resolve(row);
    if (spelling.count === 0) spelling.first = at;
    spelling.count += 1;
    if (spelling.group.rows.length === 0) spelling.group.first = at;
    spelling.group.rows.push(row);
  });
  const spellingsOf = new Map<Building, Map<string, { count: number; first: number }>>();
  for (const s of [...[...coded.values()].flatMap((m) => [...m.values()]), ...uncoded.values()]) {
    let names = spellingsOf.get(s.group);
    if (!names) spellingsOf.set(s.group, (names = new Map()));
    const seen = names.get(s.name);
    if (seen) {
      seen.count += s.count;
      seen.first = Math.min(seen.first, s.first);
    } else names.set(s.name, { count: s.count, first: s.first });
  }
  return [...byKey.values()]
    .filter((g) => g.rows.length > 0)
    .sort((a, b) => a.first - b.first)
    .map((g) => {
      const spellings = [...(spellingsOf.get(g)?.entries() ?? [])]
        .filter(([, n]) => n.count > 0)
        .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
        .map(([name]) => name);
      const analyte: CaseAnalyte = {
        key: g.identity.key,
        name: spellings[0] ?? '',
        ...(g.identity.loinc !== undefined ? { loinc: g.identity.loinc } : {}),
        spellings,
        ...(g.identity.known ? { known: g.identity.known } : {}),
      };
      return { analyte, rows: g.rows };
    });
}

/** The case's analytes, one each however spelled, in order of first appearance. */
export function caseAnalytes(rows: readonly AnalyteRef[]): CaseAnalyte[] {
  return groupByAnalyte(rows).map((g) => g.analyte);
}

/**
 * The case's analyte a typed name (and code, if typed) stands for, or undefined for an analyte the
 * case does not have yet. A different code typed with a known name is a different analyte: LOINC wins.
 */
export function resolveAnalyte(
  typed: string,
  analytes: readonly CaseAnalyte[],
  loinc?: string,
): CaseAnalyte | undefined {
  if (normaliseAnalyteName(typed) === '') return undefined;
  const identity = analyteIdentity(typed, loinc);
  const byKey = analytes.find((a) => a.key === identity.key);
  if (byKey || (loinc !== undefined && loinc !== '')) return byKey;
  const spelling = normaliseAnalyteName(typed);
  const spelledSo = analytes.filter((a) => a.spellings.some((s) => normaliseAnalyteName(s) === spelling));
  // Two analytes spelled alike (TnI and TnT both written "Troponin"): the name alone says neither.
  return spelledSo.length === 1 ? spelledSo[0] : undefined;
}

/**
 * What a typed analyte is saved as: the case's own name and code when the case has it ("Creatine
 * kinase" in a case with "Creatine kinase (CK)" is saved as the latter, with 2157-6), else the name
 * as typed with the code it has or the built-in list gives. So a name never gets a code one time
 * and not the next.
 */
export function canonicalAnalyte(
  typed: string,
  loinc: string | undefined,
  analytes: readonly CaseAnalyte[],
  unit: UnitRef = {},
): { analyte: string; loinc?: string; inCase: boolean } {
  const existing = resolveAnalyte(typed, analytes, loinc);
  if (existing) {
    const code = loinc ?? fitting(existing.loinc, unit);
    return { analyte: existing.name, ...(code !== undefined ? { loinc: code } : {}), inCase: true };
  }
  const code = loinc ?? fitting(analyteIdentity(typed).loinc, unit);
  return { analyte: typed.trim(), ...(code !== undefined ? { loinc: code } : {}), inCase: false };
}

/** The code a row without one is given among `analytes`: its analyte's, where it fits the row's unit. */
export function codeForRow(row: AnalyteRef & UnitRef, analytes: readonly CaseAnalyte[]): string | undefined {
  return fitting(resolveAnalyte(row.analyte, analytes)?.loinc, row);
}

/**
 * Rows without a LOINC code given the code of the analyte they are, as the case's other rows
 * (`context`) or the built-in list know it: an imported "CPK" in a case whose CK rows carry 2157-6
 * gets 2157-6, as it would typed into the form. Names stay as written, and a code a row has is
 * never changed, and a code is given only where it fits the row's unit (`codeFitsUnit`). `filled`
 * counts the rows given a code, for the import's preview to say so.
 */
export function withAnalyteCodes<T extends AnalyteRef & UnitRef>(
  rows: readonly T[],
  context: readonly AnalyteRef[] = [],
): { rows: T[]; filled: number } {
  const analytes = caseAnalytes([...context, ...rows]);
  const codes = new Map<string, string | undefined>();
  let filled = 0;
  const out = rows.map((row) => {
    if (row.loinc !== undefined) return row;
    // One lookup per name, however many rows: the unit check after it is a cached Map lookup.
    if (!codes.has(row.analyte)) codes.set(row.analyte, resolveAnalyte(row.analyte, analytes)?.loinc);
    const loinc = fitting(codes.get(row.analyte), row);
    if (loinc === undefined) return row;
    filled += 1;
    return { ...row, loinc };
  });
  return { rows: out, filled };
}
