// Drug names in prose: the known drugs' generic names, brands and abbreviations (../../drugs/), and
// an unknown word right before a dose ("XYZ-123 40 mg"), proposed as an unknown drug.
import { findAnalyte } from '../../analytes/common-labs';
import { BRAND_NAMES } from '../../drugs/brand-names';
import { KNOWN_DRUGS, type KnownDrug } from '../../drugs/known-drugs';

export interface DrugMention {
  start: number;
  end: number;
  /** The drug's generic name as a label ("Prednisone"), or the word itself for an unknown drug. */
  name: string;
  known: KnownDrug | undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One alternation each, longest spelling first, so "intravenous immunoglobulin" beats "immunoglobulin".
const byName = new Map<string, KnownDrug>();
const byAbbreviation = new Map<string, KnownDrug>();
for (const drug of KNOWN_DRUGS) {
  for (const n of [...drug.names, ...(BRAND_NAMES[drug.name] ?? [])]) byName.set(n.toLowerCase(), drug);
  for (const a of drug.abbreviations ?? []) byAbbreviation.set(a, drug);
}
const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
const NAMES = new RegExp(String.raw`(?<![\p{L}\d-])(?:${alternation(byName.keys())})(?![\p{L}\d])`, 'giu');
// Abbreviations keep their case: "MTX" is methotrexate, "mtx" in a word is nothing.
const ABBREVIATIONS = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:${alternation(byAbbreviation.keys())})(?![\p{L}\d])`,
  'gu',
);

/** Known drugs named in `text` between `from` and `to`, in reading order. */
export function findDrugNames(text: string, from = 0, to = text.length): DrugMention[] {
  const found: DrugMention[] = [];
  for (const pattern of [NAMES, ABBREVIATIONS]) {
    pattern.lastIndex = from;
    for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
      if (m.index + m[0].length > to) break;
      const drug = pattern === NAMES ? byName.get(m[0].toLowerCase()) : byAbbreviation.get(m[0]);
      if (drug)
        found.push({ start: m.index, end: m.index + m[0].length, name: drug.rowLabel ?? drug.name, known: drug });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words that stand before a dose without naming a drug. */
const NOT_A_DRUG = new Set(
  (
    'of to and or with was were is are at a an the by in on for from total dose doses daily weekly then ' +
    'received given receiving started starting initial maintenance reduced tapered increased decreased ' +
    'approximately about around only additional further another each weighing weight weighed lost gained ' +
    'level levels count value concentration was plus than over under up down her his their our patient ' +
    'injection infusion tablet tablets capsule capsules pulse pulses drops dosage single bolus loading'
  ).split(' '),
);

/**
 * The word right before a dose when it is not a known drug: "XYZ-123 40 mg", "Zorvimab 200 mg".
 * Lab analytes ("CK 1620 U"), ordinary words and numbers are not drugs.
 */
export function unknownDrugBefore(sentence: string, doseStart: number): DrugMention | undefined {
  const base = Math.max(0, doseStart - 40);
  const m = /(?<![\p{L}\d-])([\p{L}][\p{L}\d-]*)\s+$/u.exec(sentence.slice(base, doseStart));
  if (!m) return undefined;
  const word = m[1] ?? '';
  if (word.length < 3 || NOT_A_DRUG.has(word.toLowerCase())) return undefined;
  // A drug name is a proper name or a code: capitalised, or with a digit, or a drug-like ending.
  const drugLike =
    /^[\p{Lu}]/u.test(word) ||
    /\d/.test(word) ||
    /(?:mab|nib|cept|ine|one|ol|ide|ate|cin|vir|pril|sartan|statin|zole|parin)$/i.test(word);
  if (!drugLike || findAnalyte(word) !== undefined) return undefined;
  const start = base + m.index;
  return { start, end: start + word.length, name: word, known: undefined };
}
