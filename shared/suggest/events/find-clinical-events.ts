// Symptoms, diagnoses and outcomes named in prose: events without a dose, proposed at their first
// mention (a symptom's onset; later mentions tell its course) and dated by ../dates like every fact.
// Procedures, admissions and vaccinations are ../treatments/clinical-events.ts's.
import type { EventKind } from '../../model/case';
import type { EventCandidate, ReadingText } from '../candidates';

interface Term {
  kind: EventKind;
  /** The label an abstractor writes; absent: the matched words, first letter capitalised. */
  label?: string;
  /** Spellings as regular-expression source, matched case-insensitively as whole words. */
  spellings: string[];
}

/**
 * Common presenting symptoms and outcomes of case reports across specialties. Not a terminology:
 * a symptom missing here is typed by hand, as before.
 */
const TERMS: Term[] = [
  {
    kind: 'symptom',
    spellings: [
      '(?:proximal |distal |generali[sz]ed |progressive )?(?:muscle |limb )?weakness(?: of the (?:extremities|limbs|legs|arms|lower limbs|upper limbs))?',
    ],
  },
  { kind: 'symptom', label: 'Recurrence', spellings: ['recurrence', 'relapse', 're-?exacerbation', 'flare(?:-up)?'] },
  { kind: 'symptom', label: 'Myalgia', spellings: ['myalgias?', 'muscle pain'] },
  { kind: 'symptom', spellings: ['(?:limb |muscle )?soreness'] },
  { kind: 'symptom', label: 'Fatigue', spellings: ['fatigue', 'tiredness'] },
  { kind: 'symptom', label: 'Fever', spellings: ['fever', 'pyrexia'] },
  { kind: 'symptom', label: 'Dysphagia', spellings: ['dysphagia', 'difficulty swallowing'] },
  { kind: 'symptom', label: 'Dyspnoea', spellings: ['dyspno?ea', 'shortness of breath', 'breathlessness'] },
  { kind: 'symptom', label: 'Chest tightness', spellings: ['chest tightness', 'tightness of the chest'] },
  { kind: 'symptom', label: 'Chest pain', spellings: ['chest pain'] },
  { kind: 'symptom', label: 'Palpitations', spellings: ['palpitations?'] },
  { kind: 'symptom', label: 'Wheezing', spellings: ['wheezing', 'wheeze'] },
  { kind: 'symptom', label: 'Cough', spellings: ['cough'] },
  { kind: 'symptom', label: 'Panic', spellings: ['panic(?: attacks?)?'] },
  { kind: 'symptom', label: 'Rash', spellings: ['(?:skin |heliotrope |malar )?rash'] },
  { kind: 'symptom', label: 'Dry mouth', spellings: ['dry mouth', 'xerostomia', 'dryness of the mouth'] },
  { kind: 'symptom', label: 'Dry eyes', spellings: ['dry eyes?', 'xerophthalmia', 'dryness of the eyes?'] },
  { kind: 'symptom', label: 'Arthralgia', spellings: ['arthralgias?', 'joint pain'] },
  { kind: 'symptom', label: 'Headache', spellings: ['headaches?'] },
  { kind: 'symptom', label: 'Nausea', spellings: ['nausea'] },
  { kind: 'symptom', label: 'Vomiting', spellings: ['vomiting'] },
  { kind: 'symptom', label: 'Diarrhoea', spellings: ['diarrho?ea'] },
  { kind: 'symptom', label: 'Weight loss', spellings: ['weight loss'] },
  { kind: 'symptom', label: 'Oedema', spellings: ['o?edema', 'swelling of the legs'] },
  { kind: 'symptom', label: 'Ptosis', spellings: ['ptosis'] },
  { kind: 'symptom', label: 'Diplopia', spellings: ['diplopia', 'double vision'] },
  { kind: 'symptom', label: 'Raynaud’s phenomenon', spellings: ["raynaud[’']?s(?: phenomenon)?"] },
  { kind: 'symptom', label: 'Jaundice', spellings: ['jaundice'] },
  { kind: 'symptom', label: 'Pruritus', spellings: ['pruritus', 'itching'] },
  { kind: 'symptom', label: 'Seizure', spellings: ['seizures?'] },
  // Outcomes as reports state them; each is proposed once, at its first mention.
  { kind: 'outcome', spellings: ['(?:marginal|slight|partial|significant|marked|gradual|clinical) improvements?'] },
  {
    kind: 'outcome',
    label: 'No adverse reactions',
    spellings: [
      '(?:did not experience|had no|without) (?:any )?(?:[\\p{L}-]+ )?(?:or other )?adverse (?:reactions|events|effects)',
    ],
  },
  { kind: 'outcome', label: 'Able to eat', spellings: ['(?:ability|able) to eat'] },
  {
    kind: 'outcome',
    label: 'Walks independently',
    spellings: ['walk(?:s|ed)? (?:independently|unaided|without (?:aid|assistance))'],
  },
  { kind: 'outcome', label: 'Stable', spellings: ['(?:was|remained|remains) (?:clinically )?stable'] },
  {
    kind: 'outcome',
    label: 'Normal daily life',
    spellings: ['(?:live|lead|led|return(?:ed)? to) a normal (?:daily )?life'],
  },
  { kind: 'outcome', label: 'Remission', spellings: ['(?:complete |partial |clinical )?remission'] },
  { kind: 'outcome', label: 'Discharged', spellings: ['(?:was )?discharged'] },
  { kind: 'outcome', label: 'Died', spellings: ['died', 'passed away'] },
];

/** One pattern per term; group 1 is the term's words, after an optional determiner. */
const MATCHERS = TERMS.map((term, index) => ({
  term,
  // A symptom or outcome spelt several ways ("weakness of the limbs", "muscle weakness") is one
  // onset, proposed once.
  concept: `term-${index}`,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${term.spellings.join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
}));

/** "dryness of the mouth and eyes": one phrase, two symptoms. */
const DRYNESS_OF_BOTH = /\bdryness of the mouth and (?:the )?eyes\b/giu;

/** "was diagnosed with X": a diagnosis event labelled "X diagnosed". */
const DIAGNOSED_WITH =
  /\bdiagnosed (?:with|as having) (?:an? |the )?([\p{L}\p{N}][\p{L}\p{N}’'\- ]{2,80}?)(?=\s+(?:after|by|in|on|at|based|according|and was|following)\b|[,.;:(]|$)/gu;

/** A paragraph about the patient, not about the disease in general or the literature. */
const ABOUT_THE_PATIENT =
  /\b(?:she|he|her|his|the patient|our patient|this patient|\d+-year-old|the (?:wo)?man)(?![\p{L}])/iu;

/** A sentence that cites the literature or speaks of patients in general. */
const GENERAL_STATEMENT =
  /\[\d|\b(?:patients with|in patients|of patients|cases of|is (?:a )?common|are common|typically)\b/iu;

/** Paragraphs (split at blank lines) as [start, end) spans, for the about-the-patient test. */
function paragraphsAboutThePatient(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\s*\n/g)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: text.length });
  return spans.filter((p) => ABOUT_THE_PATIENT.test(text.slice(p.start, p.end)));
}

/** Words that deny what follows: "no chest pain", "denied fever", "without dysphagia". */
const DENIED_BEFORE =
  /\b(?:no|not|denied|denies|without|absence of|negative for|free of|nor)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

export function findClinicalEvents(reading: ReadingText): EventCandidate[] {
  const { text } = reading;
  const found: EventCandidate[] = [];
  const mentioned = new Set<string>();
  // One phrase may name two symptoms ("dryness of the mouth and eyes"): those share their span.
  const propose = (
    start: number,
    end: number,
    kind: EventKind,
    label: string,
    confidence: number,
    options: { shared?: boolean; concept?: string } = {},
  ) => {
    const key = options.concept ?? `${kind}:${label.toLowerCase()}`;
    if (mentioned.has(key)) return;
    if (!options.shared && found.some((f) => f.start < end && start < f.end)) return;
    mentioned.add(key);
    found.push({ start, end, row: { kind, label }, guessed: [], confidence });
  };
  const aboutThePatient = paragraphsAboutThePatient(text);
  for (const sentence of reading.sentences) {
    if (!aboutThePatient.some((p) => p.start <= sentence.start && sentence.start < p.end)) continue;
    const words = text.slice(sentence.start, sentence.end);
    if (GENERAL_STATEMENT.test(words) && !ABOUT_THE_PATIENT.test(words)) continue;
    const at = (index: number) => sentence.start + index;
    for (const m of words.matchAll(DRYNESS_OF_BOTH)) {
      const [start, end] = [at(m.index), at(m.index + m[0].length)];
      propose(start, end, 'symptom', 'Dry mouth', 0.8, { shared: true });
      propose(start, end, 'symptom', 'Dry eyes', 0.8, { shared: true });
    }
    for (const m of words.matchAll(DIAGNOSED_WITH)) {
      const what = m[1]!.trim();
      const start = m.index + m[0].indexOf(what);
      propose(at(start), at(start + what.length), 'diagnosis', `${capitalised(what)} diagnosed`, 0.7);
    }
    const inSentence: { index: number; length: number; term: Term; concept: string }[] = [];
    for (const { term, pattern, concept } of MATCHERS) {
      for (const m of words.matchAll(pattern)) inSentence.push({ index: m.index, length: m[0].length, term, concept });
    }
    inSentence.sort((a, b) => a.index - b.index || b.length - a.length);
    for (const { index, length, term, concept } of inSentence) {
      if (DENIED_BEFORE.test(words.slice(Math.max(0, index - 60), index))) continue;
      const matched = words.slice(index, index + length);
      const label = term.label ?? capitalised(matched);
      propose(at(index), at(index + length), term.kind, label, 0.6, { concept });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
