// Report-like text of a given length for the suggestion figures: paragraphs of invented clinical
// sentences in the shapes case reports print (labs with units and reference ranges, doses with
// routes and frequencies, dates at every precision, relative dates), with the numbers that are not
// facts (ages, figure and reference numbers, fold changes) among them. Deterministic for a seed.

/** mulberry32: 32-bit steps, so long texts do not repeat whole passages. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const LABS: readonly {
  names: readonly string[];
  units: readonly string[];
  low: number;
  high: number;
  decimals: number;
}[] = [
  {
    names: ['CK', 'creatine kinase', 'CPK', 'serum creatine kinase'],
    units: ['U/L', 'IU/L', 'U/l', 'units/L'],
    low: 40,
    high: 25_000,
    decimals: 0,
  },
  { names: ['ALT', 'alanine aminotransferase'], units: ['U/L', 'IU/l'], low: 8, high: 900, decimals: 1 },
  { names: ['AST', 'aspartate aminotransferase'], units: ['U/L'], low: 8, high: 700, decimals: 0 },
  { names: ['LDH', 'lactate dehydrogenase'], units: ['U/L'], low: 120, high: 3_000, decimals: 0 },
  { names: ['CRP', 'C-reactive protein'], units: ['mg/L', 'mg/l'], low: 0.5, high: 250, decimals: 1 },
  { names: ['haemoglobin', 'hemoglobin', 'Hb'], units: ['g/dL', 'g/L'], low: 7, high: 16, decimals: 1 },
  { names: ['creatinine', 'serum creatinine'], units: ['µmol/L', 'mg/dL'], low: 0.4, high: 300, decimals: 2 },
  { names: ['troponin T', 'hs-troponin T'], units: ['ng/L', 'ng/mL'], low: 3, high: 900, decimals: 0 },
  { names: ['LVEF', 'left ventricular ejection fraction'], units: ['%'], low: 20, high: 70, decimals: 0 },
  { names: ['potassium', 'K'], units: ['mmol/L'], low: 2.8, high: 6.2, decimals: 1 },
  { names: ['ferritin'], units: ['ng/mL', 'µg/L'], low: 10, high: 12_000, decimals: 0 },
  { names: ['CD19+ B cells', 'CD19 count'], units: ['cells/µL', '/µL'], low: 0, high: 400, decimals: 0 },
  { names: ['platelets', 'platelet count'], units: ['×10^9/L', '/µL'], low: 20, high: 600, decimals: 0 },
  { names: ['ESR', 'erythrocyte sedimentation rate'], units: ['mm/h'], low: 2, high: 120, decimals: 0 },
];

const DRUGS = [
  'prednisone',
  'prednisolone',
  'methylprednisolone',
  'methotrexate',
  'azathioprine',
  'mycophenolate mofetil',
  'tacrolimus',
  'rituximab',
  'cyclophosphamide',
  'intravenous immunoglobulin',
  'IVIG',
  'ofatumumab',
  'hydroxychloroquine',
  'atorvastatin',
  'ciclosporin',
];
const DOSE_UNITS = ['mg', 'g', 'mg/kg', 'g/kg', 'mg/m2', 'µg'];
const ROUTES = ['i.v.', 'intravenously', 'orally', 's.c.', 'by injection', 'oral', 'subcutaneously'];
const FREQUENCIES = ['daily', '/day', 'twice daily', 'weekly', 'once a month', 'every 4 weeks', 'per day'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const NUMBER_WORDS = ['two', 'three', 'four', 'six', 'eight', 'ten'];
const SPANS = ['days', 'weeks', 'months'];
const FILLER = [
  'Examination showed symmetric proximal weakness of the upper and lower limbs with neck flexor involvement.',
  'Magnetic resonance imaging of the thighs showed oedema of the vastus muscles without fatty replacement.',
  'Electromyography revealed short, small, polyphasic motor unit potentials with fibrillations.',
  'The muscle biopsy showed scattered necrotic fibres with sparse inflammation and MHC class I upregulation.',
  'She had no rash, no dysphagia and no history of statin exposure.',
  'Family history was unremarkable, and she did not smoke or drink alcohol.',
  'Swallowing was assessed by a speech therapist and was normal.',
  'Antinuclear antibodies were negative and myositis-specific antibodies were not detected.',
  'The patient walked unaided and returned to part-time work.',
  'Muscle strength improved steadily over the following weeks.',
];

interface Writer {
  random(): number;
  pick<T>(items: readonly T[]): T;
  int(low: number, high: number): number;
}

function writer(seed: number): Writer {
  const random = seededRandom(seed);
  return {
    random,
    pick: (items) => items[Math.floor(random() * items.length)]!,
    int: (low, high) => low + Math.floor(random() * (high - low + 1)),
  };
}

/** A value as reports print it: decimals as the assay gives them, thousands with a comma at times. */
function printed(w: Writer, low: number, high: number, decimals: number): string {
  const value = low + w.random() * (high - low);
  const text = value.toFixed(decimals);
  if (value >= 1000 && w.random() < 0.5)
    return Number(text).toLocaleString('en-US', { minimumFractionDigits: decimals });
  return text;
}

function absoluteDate(w: Writer, year: number): string {
  const month = w.pick(MONTHS);
  switch (w.int(0, 4)) {
    case 0:
      return `${w.int(1, 28)} ${month} ${year}`;
    case 1:
      return `${month} ${w.int(1, 28)}, ${year}`;
    case 2:
      return `${month} ${year}`;
    case 3:
      return `${w.pick(['early', 'mid-', 'late', 'the end of'])} ${month} ${year}`.replace('- ', '-');
    default:
      return `${year}-${String(w.int(1, 12)).padStart(2, '0')}-${String(w.int(1, 28)).padStart(2, '0')}`;
  }
}

function relativeDate(w: Writer): string {
  const n = w.random() < 0.5 ? w.pick(NUMBER_WORDS) : String(w.int(2, 18));
  const span = w.pick(SPANS);
  return w.pick([`${n} ${span} later`, `after ${n} ${span}`, `${n} ${span} after admission`, `${n} years ago`]);
}

function lab(w: Writer): string {
  const l = w.pick(LABS);
  const value = printed(w, l.low, l.high, l.decimals);
  const comparator = w.random() < 0.1 ? w.pick(['>', '<', '≥', 'approximately ']) : '';
  const reference =
    w.random() < 0.3
      ? ` (reference ${printed(w, l.low, l.low * 2, l.decimals)}–${printed(w, l.low * 3, l.low * 5, l.decimals)})`
      : '';
  return `${w.pick(l.names)} ${w.pick(['', 'was ', 'of ', 'rose to ', 'fell to '])}${comparator}${value} ${w.pick(l.units)}${reference}`;
}

function dose(w: Writer): string {
  const unit = w.pick(DOSE_UNITS);
  const amount = unit.includes('/kg')
    ? String(w.pick([0.4, 1, 2, 15, 20]))
    : String(w.pick([5, 10, 20, 40, 60, 500, 1000, 1]));
  const parts = [w.pick(DRUGS), `${amount} ${unit}`];
  if (w.random() < 0.6) parts.push(w.pick(ROUTES));
  if (w.random() < 0.6) parts.push(w.pick(FREQUENCIES));
  if (w.random() < 0.3) parts.push(w.pick([`for ${w.int(3, 5)} days`, `×${w.int(2, 6)}`, `for ${w.int(2, 12)} weeks`]));
  return parts.join(' ');
}

function sentence(w: Writer, year: number): string {
  switch (w.int(0, 11)) {
    case 0:
      return `On ${absoluteDate(w, year)}, ${lab(w)}.`;
    case 1:
      return `Laboratory tests showed ${lab(w)}, ${lab(w)} and ${lab(w)}.`;
    case 2:
      return `${capital(dose(w))} was started on ${absoluteDate(w, year)}.`;
    case 3:
      return `${capital(relativeDate(w))}, ${lab(w)} and ${lab(w)}.`;
    case 4:
      return `She received ${dose(w)}, followed by ${dose(w)} in ${w.pick(MONTHS)} ${year}.`;
    case 5:
      return `${capital(relativeDate(w))}, treatment was changed to ${dose(w)}.`;
    case 6:
      return `At the age of ${w.int(18, 85)} she had ${w.pick(['a thyroidectomy', 'a pneumonia', 'a first episode of weakness'])} [${w.int(1, 40)}].`;
    case 7:
      return `${capital(lab(w))} (a ${w.int(5, 80)}-fold rise) is shown in Fig. ${w.int(1, 5)}.`;
    case 8:
      return `In ${w.pick(['a series', 'a cohort', 'the literature'])} of ${w.int(20, 900)} patients, ${w.int(5, 95)}% had ${w.pick(['dysphagia', 'cardiac involvement', 'anti-SRP antibodies'])}.`;
    case 9:
      return `Repeat tests ${relativeDate(w)} showed ${lab(w)} on ${dose(w)}.`;
    default:
      return w.pick(FILLER);
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/**
 * At least `words` words of report: paragraphs of 3 to 8 sentences, its years moving forward as a
 * case's course does, with a heading now and then.
 */
export function reportText(words: number, seed = 20_261_202): string {
  const w = writer(seed);
  const paragraphs: string[] = [];
  let count = 0;
  let year = 2015;
  while (count < words) {
    if (w.random() < 0.1) year += 1;
    const paragraph =
      w.random() < 0.08
        ? w.pick(['Case presentation', 'Investigations', 'Treatment and outcome', 'Follow-up'])
        : Array.from({ length: w.int(3, 8) }, () => sentence(w, year).replace(/\.\.$/, '.')).join(' ');
    paragraphs.push(paragraph);
    count += wordCount(paragraph);
  }
  return `${paragraphs.join('\n\n')}\n`;
}
