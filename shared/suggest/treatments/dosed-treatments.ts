// Treatments with a dose: each dose in a sentence is tied to the drug it belongs to ("ofatumumab 20
// mg", "1 g of rituximab", "250 mg" in a taper list carries the drug before it, an unknown word
// before a dose is an unknown drug), then its route, frequency and course are read around it.
import type { Dose, Duration } from '../../model/case';
import type { EventCandidate } from '../candidates';
import { findDoses, readCourse, readFrequency, readRoute, readSpacing, type DosePhrase } from './dose-phrases';
import { unknownDrugBefore, type DrugMention } from './drug-names';
import { readStopDate } from './stop-dates';

/** A dosed treatment with what the refiners still need: the drug and the dose's ordinal, if any. */
export interface DosedTreatment extends EventCandidate {
  drug: DrugMention;
  /** "a second injection": 2. */
  ordinal?: number;
  /** The drug was carried from the step before in a list ("500 mg 3 days, 250 mg 3 days"). */
  carried: boolean;
}

const ROUTE_WORD = String.raw`i\.v\.|s\.c\.|p\.o\.|i\.m\.|intravenous(?:ly)?|subcutaneous(?:ly)?|intramuscular(?:ly)?|oral(?:ly)?|IV|SC|IM|PO`;
/** Words between a drug and its dose: "ofatumumab injection of 20 mg", "mycophenolate (MMF) 1 g". */
const LEFT_GAP = new RegExp(
  String.raw`^(?:[\s,:(]|\([^()]{1,15}\)|(?:${ROUTE_WORD}|was|were|is|at|a|an|the|of|in|dose|doses|dosage|starting|initial|total|single|loading|bolus|pulses?|infusions?|injections?|drops?|drip|tablets?|capsules?|therapy|treatment|sodium|succinate|acetate|hydrochloride|mofetil|given|administered|started|restarted|resumed|regimen|which|then|gradually|slowly|tapered|reduced|decreased|increased|escalated|to|from|daily)(?![\p{L}\d]))*$`,
  'iu',
);
/** Words between a dose and its drug: "1 g of rituximab", "60 mg oral prednisone". */
const RIGHT_GAP = new RegExp(String.raw`^\s*(?:(?:of|the|${ROUTE_WORD})\s+)*$`, 'iu');
/** What separates the steps of one drug's list: "500 mg 3 days, 250 mg 3 days, then 120 mg". */
const LIST_GAP =
  /^[\s,;]*(?:(?:then|and|followed by|tapered to|reduced to|decreased to|increased to|to|later|subsequently)[\s,;]*)*$/i;
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  sixth: 6,
  '6th': 6,
  seventh: 7,
  '7th': 7,
  eighth: 8,
  '8th': 8,
  ninth: 9,
  '9th': 9,
  tenth: 10,
  '10th': 10,
};
const ORDINAL =
  /(?<![\p{L}\d])(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|9th|tenth|10th)(?![\p{L}\d])/iu;
const INFUSION = /(?<![\p{L}])(?:drops?|drip|infusions?|infused)(?![\p{L}])/iu;
/** "and repeated two weeks later", "was repeated after 4 weeks": where the repeat's words end. */
const REPEATED =
  /^[^.;]*?(?<![\p{L}])repeated(?:\s+once)?(?:\s+(?:after|following)\s+\S+\s+(?:days?|weeks?|months?)|\s+\S+\s+(?:days?|weeks?|months?)\s+later)?(?![\p{L}])/iu;

function readRepeat(words: string, from: number, before: number): number | undefined {
  const m = REPEATED.exec(words.slice(from, before));
  return m ? from + m[0].length : undefined;
}

/** A route said once for the whole clause: "…were administered orally". */
const ROUTE_ADVERB =
  /(?<![\p{L}])(orally|intravenously|subcutaneously|intramuscularly|by mouth|per os|by injection)(?![\p{L}])/giu;

interface Tail {
  end: number;
  route?: string;
  frequency?: string;
  duration?: Duration;
}

/** Route, frequency, course and spacing right after a dose, in any order: "20 mg s.c. weekly for 4 weeks". */
function readTail(words: string, from: number): Tail {
  const tail: Tail = { end: from };
  let at = from;
  for (let step = 0; step < 6; step += 1) {
    const lead =
      /^[\s,()]*(?:(?:injections?|infusions?|tablets?|capsules?|each|(?:was|were) (?:given|administered|infused|started))\s+)?/i.exec(
        words.slice(at),
      )?.[0].length ?? 0;
    const rest = words.slice(at + lead);
    const route = tail.route === undefined ? readRoute(rest) : undefined;
    if (route) {
      tail.route = route.route;
      at += lead + route.length;
      tail.end = at;
      continue;
    }
    const frequency = tail.frequency === undefined ? (readSpacing(rest) ?? readFrequency(rest)) : undefined;
    if (frequency) {
      tail.frequency = frequency.frequency;
      at += lead + frequency.length;
      tail.end = at;
      continue;
    }
    const course = tail.duration === undefined ? readCourse(rest) : undefined;
    if (course) {
      tail.duration = course.duration;
      at += lead + course.length;
      tail.end = at;
      continue;
    }
    break;
  }
  return tail;
}

/** The words before `at` back to the start of the clause, at most 40 characters. */
function clauseBefore(words: string, at: number, notBefore: number): { text: string; start: number } {
  const from = Math.min(at, Math.max(0, notBefore, at - 40));
  const slice = words.slice(from, at);
  const cut = Math.max(slice.lastIndexOf(','), slice.lastIndexOf(';'), slice.lastIndexOf('('), slice.lastIndexOf(':'));
  const startInSlice = cut < 0 ? 0 : cut + 1;
  return { text: slice.slice(startInSlice), start: from + startInSlice };
}

const ROUTE_IN = new RegExp(String.raw`(?<![\p{L}\d])(?:${ROUTE_WORD})(?![\p{L}\d])`, 'giu');

/** The route word nearest the end of `text` ("oral prednisone", "a second s.c. injection of"). */
function routeIn(text: string): { route: string; index: number } | undefined {
  const m = [...text.matchAll(ROUTE_IN)].at(-1);
  if (!m) return undefined;
  const read = readRoute(text.slice(m.index));
  return read ? { route: read.route, index: m.index } : undefined;
}

const GLUCOCORTICOIDS = 'glucocorticoids';

/**
 * The dosed treatments of one sentence. `drugs` are the known drugs named in it; offsets are the
 * sentence's, and the caller moves them into the text.
 */
export function findDosedTreatments(words: string, drugs: readonly DrugMention[]): DosedTreatment[] {
  const doses = findDoses(words);
  if (doses.length === 0) return [];
  const found: DosedTreatment[] = [];
  let previous: { dose: DosePhrase; tailEnd: number; drug: DrugMention } | undefined;
  for (const dose of doses) {
    let tail = readTail(words, dose.end);
    const afterPrevious = previous?.tailEnd ?? 0;
    const right = drugs.find((d) => d.start >= dose.end && RIGHT_GAP.test(words.slice(dose.end, d.start)));
    const rightOf = right && /\bof\b/i.test(words.slice(dose.end, right.start)) ? right : undefined;
    const left = [...drugs]
      .reverse()
      .find(
        (d) =>
          d.end <= dose.start &&
          d.start >= afterPrevious &&
          dose.start - d.end <= 50 &&
          LEFT_GAP.test(words.slice(d.end, dose.start)),
      );
    const carriedFrom =
      previous && LIST_GAP.test(words.slice(previous.tailEnd, dose.start)) ? previous.drug : undefined;
    let drug = rightOf ?? left ?? right ?? carriedFrom;
    let confidence = 0.9;
    if (!drug) {
      drug = unknownDrugBefore(words, dose.start);
      confidence = 0.35;
      // Only amounts a drug is given in: "5 mL" or "3 U" after an unknown word is too often something else.
      if (!drug || /^(?:mL|U)$/.test(dose.unit)) {
        previous = undefined;
        continue;
      }
    }
    // "1 g of rituximab twice": what follows the drug belongs to the dose before it.
    if (drug.start >= dose.end && tail.end === dose.end) tail = readTail(words, drug.end);
    const carried = drug === carriedFrom && drug !== left && drug !== right;
    if (carried) confidence = 0.85;

    const guessed: string[] = [];
    const nameFirst = drug.start < dose.start;
    const head = nameFirst ? drug.start : dose.start;
    const clause = clauseBefore(words, head, afterPrevious);
    const between = words.slice(Math.min(head, drug.end, dose.end), Math.max(drug.start, dose.start));
    let route = tail.route ?? routeIn(between)?.route;
    const before = carried ? undefined : routeIn(clause.text);
    route ??= before?.route;
    if (route === undefined && /intravenous/i.test(words.slice(drug.start, drug.end))) route = 'i.v.';
    if (route === undefined && (INFUSION.test(between) || INFUSION.test(words.slice(dose.end, tail.end + 12)))) {
      route = 'i.v.';
      guessed.push('dose.route');
    }
    let frequency = dose.frequency ?? tail.frequency;
    // "methylprednisolone 500 mg 3 days": a dose a day for the days given, as steroid pulses and
    // oral courses are written; a guess, so it says so.
    if (
      frequency === undefined &&
      tail.duration &&
      (tail.duration.unit === 'days' || tail.duration.unit === 'weeks') &&
      (drug.known?.drugClass.key === GLUCOCORTICOIDS || route === 'oral')
    ) {
      frequency = 'daily';
      guessed.push('dose.frequency');
    }
    const ordinalText = ORDINAL.exec(carried ? '' : clause.text + ' ' + between)?.[1]?.toLowerCase();
    const ordinal = ordinalText === undefined ? undefined : ORDINALS[ordinalText];
    const start = carried
      ? dose.start
      : Math.min(drug.start, dose.start, before ? clause.start + before.index : Infinity);
    const end = Math.max(drug.end, tail.end, dose.end);
    const doseRow: Dose = {
      value: dose.value,
      unit: dose.unit,
      ...(route ? { route } : {}),
      ...(frequency ? { frequency } : {}),
    };
    // A course length already gives the end; a written stop date is kept only without one.
    const stop = tail.duration ? undefined : readStopDate(words, end);
    found.push({
      start,
      end,
      row: {
        kind: 'treatment',
        label: drug.name,
        dose: doseRow,
        ...(tail.duration ? { duration: tail.duration } : {}),
        ...(stop ? { end: stop.end } : {}),
      },
      guessed,
      confidence,
      drug,
      ...(ordinal === undefined ? {} : { ordinal }),
      carried,
    });
    const repeat = readRepeat(words, end, doses.find((d) => d.start >= end)?.start ?? words.length);
    if (repeat !== undefined) {
      // "rituximab 1 g on 2 May and repeated two weeks later": a second dose, the same amount; its
      // words run from the drug to the repeat, so that they hold the dose and the repeat's date.
      const first = found.at(-1)!;
      first.ordinal ??= 1;
      found.push({ ...first, end: repeat, ordinal: first.ordinal + 1, guessed: [...first.guessed], confidence: 0.7 });
    }
    previous = { dose, tailEnd: Math.max(tail.end, dose.end), drug };
  }
  applyClauseRoute(words, found);
  return found;
}

/** "Prednisone 60 mg/day and tacrolimus 3 mg/day were administered orally": one route for all. */
function applyClauseRoute(words: string, found: DosedTreatment[]): void {
  const adverbs = [...words.matchAll(ROUTE_ADVERB)];
  const routes = new Set(adverbs.map((m) => readRoute(m[1] ?? '')?.route));
  if (adverbs.length === 0 || routes.size !== 1) return;
  const [route] = [...routes];
  const at = adverbs[0]?.index ?? 0;
  for (const t of found) {
    const dose = t.row.dose;
    if (!dose || route === undefined) continue;
    const inferred = t.guessed.includes('dose.route');
    if ((dose.route === undefined || inferred) && t.end <= at) {
      t.row = { ...t.row, dose: { ...dose, route } };
      t.guessed = t.guessed.filter((g) => g !== 'dose.route');
    }
  }
}
