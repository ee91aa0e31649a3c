// Which drug a treatment event gives, read from its label, and the drug class it belongs to.
// One lane per drug in the course overview, or one per class (glucocorticoids, anti-CD20, …).

import { DRUG_CLASSES, KNOWN_DRUGS, type DrugClass, type KnownDrug } from '../drugs/known-drugs';

export { DRUG_CLASSES, type DrugClass };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Matcher {
  drug: KnownDrug;
  pattern: RegExp;
  length: number;
}

const MATCHERS: Matcher[] = KNOWN_DRUGS.flatMap((drug) => [
  ...drug.names.map((n) => ({
    drug,
    pattern: new RegExp(`(?:^|[^\\p{L}\\d])${escape(n)}(?![\\p{L}\\d])`, 'iu'),
    length: n.length,
  })),
  // Abbreviations keep their case: "PE" is plasma exchange, "pe" inside a word is nothing.
  ...(drug.abbreviations ?? []).map((a) => ({
    drug,
    pattern: new RegExp(`(?:^|[^\\p{L}\\d])${escape(a)}(?![\\p{L}\\d])`, 'u'),
    length: a.length,
  })),
]);

/** Words after a drug name that say which dose or course it is, not which drug. */
const QUALIFIER_WORDS =
  'dose|doses|course|courses|cycle|cycles|step|steps|infusion|infusions|injection|injections|pulse|pulses|' +
  'taper|tapering|maintenance|continued|continuation|restarted|resumed|started|stopped|review|round|session|sessions|' +
  'therapy|treatment|induction|booster';

const TRAILING_QUALIFIER = new RegExp(
  `\\s+(?:(?:${QUALIFIER_WORDS})(?:\\s*(?:no\\.?\\s*)?#?\\d+)?|#\\d+|\\d+(?:st|nd|rd|th)\\s+(?:dose|course|cycle|infusion)|x\\s?\\d+|×\\s?\\d+)$`,
  'i',
);
/** "500 mg", "0.4 g/kg", "20 mg s.c. weekly": a dose and anything after it. */
const TRAILING_DOSE =
  /\s+\d+(?:[.,]\d+)?\s*(?:mg|g|µg|μg|ug|mcg|ng|iu|u|units?|ml|mmol|mg\/kg|g\/kg|mg\/m2|mg\/m²)\b.*$/i;
/** "(continued)", "(taper)": a lower-case note in brackets; "(AZA)" stays, it names the drug. */
const LOWERCASE_BRACKET = /\s*\((?=[^)]*[a-z])[^A-Z)]*\)/g;

/**
 * The drug a label names, without its dose or course: "Methylprednisolone 500 mg" →
 * "Methylprednisolone", "Ofatumumab dose 1" → "Ofatumumab", "Tacrolimus (continued)" →
 * "Tacrolimus". Unknown drugs keep the rest of their label, first letter capitalised.
 */
export function drugNameOf(label: string): string {
  let name = label.replace(LOWERCASE_BRACKET, '').replace(/\s+/g, ' ').trim();
  name = name.replace(TRAILING_DOSE, '');
  // Qualifiers can stack: "IVIG course 2 continued".
  for (let previous = ''; previous !== name;) {
    previous = name;
    name = name.replace(TRAILING_QUALIFIER, '').replace(/[\s,;:–-]+$/, '');
  }
  if (name === '') name = label.trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export interface DrugIdentity {
  /** Stable lane key: the known drug's name, or the stripped label, lower-cased. */
  key: string;
  name: string;
  drugClass: DrugClass | undefined;
}

/** Finds the drug a treatment label names: a known drug anywhere in it, else the label without dose and course. */
export function identifyDrug(label: string): DrugIdentity {
  // The drug named first wins ("Rituximab after prednisone" is rituximab); at one place the
  // longest spelling wins, so "intravenous immunoglobulin" is not read as "immunoglobulin".
  let known: KnownDrug | undefined;
  let at = Infinity;
  let length = 0;
  for (const m of MATCHERS) {
    const found = m.pattern.exec(label);
    if (!found) continue;
    const index = found.index + (found[0].length - m.length);
    if (index < at || (index === at && m.length > length)) [known, at, length] = [m.drug, index, m.length];
  }
  if (known) return { key: known.name.toLowerCase(), name: known.name, drugClass: known.drugClass };
  const name = drugNameOf(label);
  return { key: name.toLowerCase(), name, drugClass: undefined };
}
