// Which drug a treatment event gives, read from its label, and the drug class it belongs to.
// One lane per drug in the course overview, or one per class (glucocorticoids, anti-CD20, …).

export interface DrugClass {
  key: string;
  name: string;
}

export const DRUG_CLASSES = {
  glucocorticoids: { key: 'glucocorticoids', name: 'Glucocorticoids' },
  antiCd20: { key: 'anti-cd20', name: 'Anti-CD20 antibodies' },
  calcineurin: { key: 'calcineurin-inhibitors', name: 'Calcineurin inhibitors' },
  antimetabolites: { key: 'antimetabolites', name: 'Antimetabolites' },
  alkylating: { key: 'alkylating-agents', name: 'Alkylating agents' },
  immunoglobulins: { key: 'immunoglobulins', name: 'Immunoglobulins' },
  apheresis: { key: 'apheresis', name: 'Plasma exchange' },
  jak: { key: 'jak-inhibitors', name: 'JAK inhibitors' },
  complement: { key: 'complement-inhibitors', name: 'Complement inhibitors' },
  fcrn: { key: 'fcrn-blockers', name: 'FcRn blockers' },
  cytokine: { key: 'cytokine-inhibitors', name: 'Cytokine inhibitors' },
  antimalarials: { key: 'antimalarials', name: 'Antimalarials' },
  statins: { key: 'statins', name: 'Statins' },
} as const satisfies Record<string, DrugClass>;

interface KnownDrug {
  /** How the lane is titled. */
  name: string;
  /** Lower-case names and spellings, matched as whole words anywhere in a label. */
  names: string[];
  /** Abbreviations as clinicians write them, matched as whole words with their case. */
  abbreviations?: string[];
  drugClass: DrugClass;
}

const C = DRUG_CLASSES;

/**
 * Drugs that case reports of inflammatory myopathy and related autoimmune disease name most.
 * Not a formulary: a drug missing here still gets its own lane, titled from its label.
 */
const KNOWN_DRUGS: KnownDrug[] = [
  {
    name: 'Methylprednisolone',
    names: ['methylprednisolone'],
    abbreviations: ['MP', 'mPSL', 'IVMP'],
    drugClass: C.glucocorticoids,
  },
  { name: 'Prednisolone', names: ['prednisolone'], abbreviations: ['PSL'], drugClass: C.glucocorticoids },
  { name: 'Prednisone', names: ['prednisone'], abbreviations: ['PDN'], drugClass: C.glucocorticoids },
  { name: 'Dexamethasone', names: ['dexamethasone'], abbreviations: ['DXM'], drugClass: C.glucocorticoids },
  { name: 'Hydrocortisone', names: ['hydrocortisone'], drugClass: C.glucocorticoids },
  { name: 'Betamethasone', names: ['betamethasone'], drugClass: C.glucocorticoids },
  { name: 'Deflazacort', names: ['deflazacort'], drugClass: C.glucocorticoids },
  {
    name: 'Glucocorticoids',
    names: ['glucocorticoid', 'glucocorticoids', 'corticosteroid', 'corticosteroids', 'steroid', 'steroids'],
    drugClass: C.glucocorticoids,
  },
  { name: 'Rituximab', names: ['rituximab'], abbreviations: ['RTX'], drugClass: C.antiCd20 },
  { name: 'Ofatumumab', names: ['ofatumumab'], drugClass: C.antiCd20 },
  { name: 'Ocrelizumab', names: ['ocrelizumab'], drugClass: C.antiCd20 },
  { name: 'Obinutuzumab', names: ['obinutuzumab'], drugClass: C.antiCd20 },
  {
    name: 'Tacrolimus',
    names: ['tacrolimus', 'fk506', 'fk-506'],
    abbreviations: ['TAC', 'FK506'],
    drugClass: C.calcineurin,
  },
  {
    name: 'Ciclosporin',
    names: ['ciclosporin', 'cyclosporine', 'cyclosporin', 'cyclosporine a'],
    abbreviations: ['CsA', 'CSA'],
    drugClass: C.calcineurin,
  },
  { name: 'Azathioprine', names: ['azathioprine'], abbreviations: ['AZA'], drugClass: C.antimetabolites },
  { name: 'Methotrexate', names: ['methotrexate'], abbreviations: ['MTX'], drugClass: C.antimetabolites },
  {
    name: 'Mycophenolate',
    names: ['mycophenolate', 'mycophenolate mofetil', 'mycophenolic acid'],
    abbreviations: ['MMF'],
    drugClass: C.antimetabolites,
  },
  { name: 'Leflunomide', names: ['leflunomide'], drugClass: C.antimetabolites },
  { name: 'Cyclophosphamide', names: ['cyclophosphamide'], abbreviations: ['CYC', 'CTX'], drugClass: C.alkylating },
  {
    name: 'IVIG',
    names: ['intravenous immunoglobulin', 'intravenous immunoglobulins', 'immunoglobulin', 'gammaglobulin', 'ivig'],
    abbreviations: ['IVIG', 'IVIg', 'IgIV'],
    drugClass: C.immunoglobulins,
  },
  {
    name: 'SCIG',
    names: ['subcutaneous immunoglobulin'],
    abbreviations: ['SCIG', 'SCIg'],
    drugClass: C.immunoglobulins,
  },
  {
    name: 'Plasma exchange',
    names: ['plasma exchange', 'plasmapheresis', 'therapeutic plasma exchange'],
    abbreviations: ['PLEX', 'PE', 'TPE'],
    drugClass: C.apheresis,
  },
  { name: 'Tofacitinib', names: ['tofacitinib'], drugClass: C.jak },
  { name: 'Baricitinib', names: ['baricitinib'], drugClass: C.jak },
  { name: 'Ruxolitinib', names: ['ruxolitinib'], drugClass: C.jak },
  { name: 'Upadacitinib', names: ['upadacitinib'], drugClass: C.jak },
  { name: 'Eculizumab', names: ['eculizumab'], drugClass: C.complement },
  { name: 'Ravulizumab', names: ['ravulizumab'], drugClass: C.complement },
  { name: 'Zilucoplan', names: ['zilucoplan'], drugClass: C.complement },
  { name: 'Efgartigimod', names: ['efgartigimod'], drugClass: C.fcrn },
  { name: 'Rozanolixizumab', names: ['rozanolixizumab'], drugClass: C.fcrn },
  { name: 'Tocilizumab', names: ['tocilizumab'], drugClass: C.cytokine },
  { name: 'Infliximab', names: ['infliximab'], drugClass: C.cytokine },
  { name: 'Adalimumab', names: ['adalimumab'], drugClass: C.cytokine },
  { name: 'Etanercept', names: ['etanercept'], drugClass: C.cytokine },
  { name: 'Hydroxychloroquine', names: ['hydroxychloroquine'], abbreviations: ['HCQ'], drugClass: C.antimalarials },
  { name: 'Atorvastatin', names: ['atorvastatin'], drugClass: C.statins },
  { name: 'Simvastatin', names: ['simvastatin'], drugClass: C.statins },
  { name: 'Rosuvastatin', names: ['rosuvastatin'], drugClass: C.statins },
];

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
