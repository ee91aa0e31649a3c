// Dated events that are not drugs: a hospital admission, vaccine doses, procedures (biopsy,
// angiography, examination), and drugs named without a dose in a sentence that says the patient
// took them ("She had received AZA and MTX").
import type { EventCandidate } from '../candidates';
import { parseAbsoluteDates } from '../dates/absolute-dates';
import type { DrugMention } from './drug-names';
import { readStopDate } from './stop-dates';

const ABOUT_THE_PATIENT =
  /(?<![\p{L}])(?:she|he|her|his|the patient|our patient|patient’s|patient's|female|male|woman|man|girl|boy)(?![\p{L}])/iu;

const ADMISSION =
  /(?<![\p{L}])(?:was|were|is|had been|being)\s+(?:re-?)?(?:admitted|hospitali[sz]ed)(?:\s+to\s+(?:our|the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:hospital|department|ward|unit|clinic|center|centre))?|(?<![\p{L}])presented\s+to\s+(?:our|the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:hospital|department|clinic|emergency room|center|centre)/giu;

export function findAdmissions(words: string): EventCandidate[] {
  if (!/admitted|presented|hospitali[sz]ed/i.test(words)) return [];
  return [...words.matchAll(ADMISSION)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    row: { kind: 'admission', label: 'Hospital admission' },
    guessed: [],
    confidence: 0.8,
  }));
}

const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, both: 2 };
const ORDINAL_DOSE: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, booster: 3 };
const VACCINE =
  /(?:(?<![\p{L}])(?:(\d|a|one|two|three|four|five|both)\s+doses?|(?:the\s+|a\s+)?(first|second|third|fourth|booster)\s+(?:dose|shot))\s+of\s+)?(?:(?:the|a|an)\s+)?((?:[\p{L}\d()’'-]+\s+){0,4}?)vaccines?(?![\p{L}])/giu;
const NOT_A_NAME = /^(?:the|a|an|of|with|received|had|her|his|and|first|second|third|booster|dose|doses)$/i;

/** The disease a vaccine is named for: the acronym in brackets ("(COVID-19)"), else the words. */
function vaccineName(words: string): string {
  const acronym = /\(([^()]{2,15})\)\s*$/.exec(words.trim());
  if (acronym?.[1]) return acronym[1];
  const kept = words
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '' && !NOT_A_NAME.test(w));
  const name = kept.join(' ');
  // "influenza" → "Influenza"; "mRNA" keeps its case.
  return /^[a-z]+(?:\s|$)/.test(name) ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

/**
 * "two doses of the X vaccine by injection (at the end of March 2022 and in April 2022)": one
 * vaccination per dose, each span reaching its own date so each is dated by it.
 */
export function findVaccinations(words: string): EventCandidate[] {
  if (!/vaccin/i.test(words) || !ABOUT_THE_PATIENT.test(words)) return [];
  const found: EventCandidate[] = [];
  for (const m of words.matchAll(VACCINE)) {
    const count = m[1] === undefined ? 1 : (COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1]));
    const name = vaccineName(m[3] ?? '');
    const base = name === '' ? 'Vaccine' : `${name} vaccine`;
    const ordinal = m[2] === undefined ? undefined : ORDINAL_DOSE[m[2].toLowerCase()];
    const label = ordinal === undefined ? base : `${base} dose ${ordinal}`;
    const rest = words.slice(m.index + m[0].length);
    const route = /^\s*by injection\b/i.test(rest)
      ? 'injection'
      : /^\s*(?:intramuscular(?:ly)?|i\.m\.)/i.test(rest)
        ? 'i.m.'
        : undefined;
    const end = m.index + m[0].length;
    const dates = parseAbsoluteDates(words)
      .filter((d) => d.start >= end)
      .sort((a, b) => a.start - b.start);
    for (let k = 1; k <= Math.min(count, 10); k += 1) {
      const date = count > 1 ? dates[k - 1] : undefined;
      found.push({
        start: m.index,
        end: date ? date.end : end,
        row: {
          kind: 'vaccination',
          label: count > 1 ? `${base} dose ${k}` : label,
          ...(route ? { dose: { route } } : {}),
        },
        guessed: [],
        confidence: 0.7,
      });
    }
  }
  return found;
}

const PROCEDURE =
  /(?<![\p{L}])(biopsy|angiography|examination|echocardiography|echocardiogram|electromyography|EMG|MRI|magnetic resonance imaging|CT scan|PET-CT|PET\/CT|ultrasonography|ultrasound|endoscopy|colonoscopy|bronchoscopy|lumbar puncture|thymectomy|surgery|transplantation)(?![\p{L}])/gu;
const NOT_A_MODIFIER =
  /^(?:the|a|an|her|his|their|our|of|and|or|after|before|with|by|on|in|at|showed|revealed|indicated|was|were|repeat|further|report|underwent|performed|which|that|this|its|for|to|from|during|no|did|not)$/i;

/** "muscle biopsy", "coronary CT angiography", "slit lamp examination": label from the words. */
export function findProcedures(words: string): EventCandidate[] {
  const found: EventCandidate[] = [];
  const seen = new Set<string>();
  for (const m of words.matchAll(PROCEDURE)) {
    // Up to three words right before the procedure that name it ("labial gland"), not function words.
    const before = /(?:[\p{L}’'-]+\s+){0,3}$/u.exec(words.slice(Math.max(0, m.index - 40), m.index))?.[0] ?? '';
    const modifiers = before.trim().split(/\s+/).filter(Boolean);
    // A possessive ("the patient’s") ends the naming words as a function word does.
    const lastFunction = modifiers.findLastIndex((w) => NOT_A_MODIFIER.test(w) || /[’']s?$/.test(w));
    const kept = modifiers.slice(lastFunction + 1);
    const keyword = m[1] ?? '';
    if (kept.length === 0 && /^(?:examination|surgery|transplantation|ultrasound)$/i.test(keyword)) continue;
    const phrase = [...kept, keyword].join(' ');
    const label = phrase.charAt(0).toUpperCase() + phrase.slice(1);
    if (seen.has(label.toLowerCase())) continue;
    seen.add(label.toLowerCase());
    const start = kept.length > 0 ? m.index - (before.length - before.indexOf(kept[0] ?? '')) : m.index;
    found.push({ start, end: m.index + m[0].length, row: { kind: 'procedure', label }, guessed: [], confidence: 0.5 });
  }
  return found;
}

const TOOK =
  /(?<![\p{L}])(?:received|was (?:treated|started|given|placed|switched|initiated|maintained) (?:with|on)|were (?:given|administered|started)|was administered|had been (?:on|taking)|was on|took|taking)(?![\p{L}])/iu;

/** Drugs the patient took, named without a dose: events without a dose, less sure. */
export function findUndosedTreatments(words: string, drugs: readonly DrugMention[]): EventCandidate[] {
  if (!TOOK.test(words) || !ABOUT_THE_PATIENT.test(words)) return [];
  const seen = new Set<string>();
  const found: EventCandidate[] = [];
  for (const d of drugs) {
    if (seen.has(d.name)) continue;
    seen.add(d.name);
    const written = words.slice(d.start, d.end);
    const label =
      written === d.name || written.toLowerCase() === d.name.toLowerCase() ? d.name : `${d.name} (${written})`;
    const stop = readStopDate(words, d.end);
    found.push({
      start: d.start,
      end: d.end,
      row: { kind: 'treatment', label, ...(stop ? { end: stop.end } : {}) },
      guessed: [],
      confidence: 0.4,
    });
  }
  return found;
}
