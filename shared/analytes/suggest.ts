// Suggestions for the analyte field: the case's own analytes first, found by any of their names, then the built-in list.
import { findAnalyte, headOf, KNOWN_ANALYTE_INDEX, normaliseAnalyteName, type KnownAnalyte } from './common-labs';
import { resolveAnalyte, type CaseAnalyte } from './identity';

export interface AnalyteSuggestion {
  name: string;
  loinc?: string;
  unit?: string;
  source: 'case' | 'built-in';
}

/** Lower is better: 0 exact, 1 name/abbreviation prefix, 2 word prefix, 3 substring of a name. */
function score(query: string, names: readonly string[], abbreviations: readonly string[]): number | undefined {
  if (names.includes(query) || abbreviations.includes(query)) return 0;
  if (names.some((n) => n.startsWith(query)) || abbreviations.some((a) => a.startsWith(query))) return 1;
  if (names.some((n) => n.includes(` ${query}`))) return 2;
  if (query.length >= 3 && names.some((n) => n.includes(query))) return 3;
  return undefined;
}

function ranked<T>(items: readonly T[], rank: (item: T) => number | undefined): T[] {
  return items
    .map((item, order) => ({ item, order, rank: rank(item) }))
    .filter((x): x is { item: T; order: number; rank: number } => x.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((x) => x.item);
}

/** A case analyte is found by each of its spellings and, if it is a built-in lab, by that lab's names too. */
function namesOf(analyte: CaseAnalyte): { names: string[]; abbreviations: string[] } {
  const known = KNOWN_ANALYTE_INDEX.find((i) => i.analyte === analyte.known);
  const spellings = analyte.spellings.flatMap((s) => [normaliseAnalyteName(s), normaliseAnalyteName(headOf(s))]);
  return { names: [...spellings, ...(known?.names ?? [])], abbreviations: known?.abbreviations ?? [] };
}

const unitOf = (known: KnownAnalyte | undefined) => (known?.unit !== undefined ? { unit: known.unit } : {});

/**
 * Suggestions for the analyte field: the case's own analytes first (so one case spells "CK" one
 * way), the one the typed text names before all others ("CPK" offers the case's "Creatine kinase
 * (CK)"), then built-in labs matched by name, abbreviation or synonym. A case analyte carries its
 * LOINC code, and the built-in lab it is is not offered twice.
 */
export function suggestAnalytes(query: string, analytes: readonly CaseAnalyte[], limit = 12): AnalyteSuggestion[] {
  if (!(limit > 0)) return [];
  const q = normaliseAnalyteName(query);
  const named = resolveAnalyte(query, analytes);
  const fromCase = ranked(analytes, (a) => {
    if (a === named) return -1;
    if (q === '') return 0;
    const { names, abbreviations } = namesOf(a);
    return score(q, names, abbreviations);
  });
  // Only a case analyte that is a built-in lab exactly covers it: "Creatinine, urine" must not hide
  // serum creatinine.
  const covered = new Set(analytes.map((a) => a.known).filter((a) => a !== undefined));
  const spelled = new Set(analytes.flatMap((a) => a.spellings.map(normaliseAnalyteName)));
  const builtIn = ranked(
    KNOWN_ANALYTE_INDEX.filter((i) => !covered.has(i.analyte) && !spelled.has(normaliseAnalyteName(i.analyte.name))),
    (i) => (q === '' ? 0 : score(q, i.names, i.abbreviations)),
  );
  return [
    ...fromCase.map((a): AnalyteSuggestion => ({
      name: a.name,
      ...(a.loinc !== undefined ? { loinc: a.loinc } : {}),
      // The unit is a hint only: "Schirmer test, left eye" is measured as the Schirmer test is.
      ...unitOf(a.known ?? findAnalyte(a.name)),
      source: 'case',
    })),
    ...builtIn.map((i): AnalyteSuggestion => ({
      name: i.analyte.name,
      ...(i.analyte.loinc !== undefined ? { loinc: i.analyte.loinc } : {}),
      ...unitOf(i.analyte),
      source: 'built-in',
    })),
  ].slice(0, limit);
}
