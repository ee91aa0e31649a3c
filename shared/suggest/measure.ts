// How well suggestions recover an abstraction made by hand: recall of numeric observations and of
// dosed treatments, precision over the suggestions that carry a number, and dates right. The issue's
// rule for a match: the analyte or drug, the value or dose, and the unit agree.
import { analyteIdentity } from '../analytes/identity';
import { normaliseAnalyteName } from '../analytes/common-labs';
import { identifyDrug } from '../course/drugs';
import type { PartialDate } from '../dates/partial-date';
import type { Observation, TimelineEvent } from '../model/case';
import type { Suggestion } from './suggestion';

/** The facts a report holds, as an abstractor wrote them (ids aside). */
export interface ExpectedFacts {
  observations: readonly Omit<Observation, 'id'>[];
  events: readonly Omit<TimelineEvent, 'id'>[];
}

export interface SuggestionFigures {
  /** Numeric observations expected, and how many a suggestion matches. */
  observations: { expected: number; found: number; recall: number };
  /** Dosed treatments expected (an event with a dose amount), and how many a suggestion matches. */
  treatments: { expected: number; found: number; recall: number };
  /** Suggestions that carry a number, and how many of them match an expected fact. */
  precision: { numeric: number; matching: number; precision: number };
  /** Matched suggestions whose date equals the expected one, precision included. */
  dates: { matched: number; right: number; share: number };
  /** Expected facts no suggestion matched, for the test's message. */
  missed: string[];
  /** Suggestions with a number that match nothing, for the test's message. */
  unmatched: string[];
}

const words = (name: string) =>
  new Set(
    normaliseAnalyteName(name)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1),
  );

/**
 * Same analyte: the same identity (LOINC code or built-in lab), or, for analytes outside the
 * built-in list, every word of the shorter name in the longer ("CD19+ B cell count" and "B cells").
 */
export function sameAnalyte(
  a: { analyte?: string | undefined; loinc?: string | undefined },
  b: { analyte: string; loinc?: string | undefined },
): boolean {
  if (a.analyte === undefined) return false;
  if (analyteIdentity(a.analyte, a.loinc).key === analyteIdentity(b.analyte, b.loinc).key) return true;
  const [x, y] = [words(a.analyte), words(b.analyte)];
  const [short, long] = x.size <= y.size ? [x, y] : [y, x];
  return short.size > 0 && [...short].every((w) => long.has(w));
}

const sameDate = (a: PartialDate | undefined, b: PartialDate) => a !== undefined && a.date === b.date;

function observationMatches(s: Suggestion, o: Omit<Observation, 'id'>): boolean {
  if (s.kind !== 'observation' || o.value === undefined) return false;
  const r = s.row;
  return sameAnalyte(r, o) && r.value === o.value && r.valueHigh === o.valueHigh && r.unit === o.unit;
}

function treatmentMatches(s: Suggestion, e: Omit<TimelineEvent, 'id'>): boolean {
  if (s.kind !== 'event' || e.dose?.value === undefined || s.row.label === undefined) return false;
  const d = s.row.dose;
  return (
    identifyDrug(s.row.label).key === identifyDrug(e.label).key && d?.value === e.dose.value && d.unit === e.dose.unit
  );
}

export function measureSuggestions(suggestions: readonly Suggestion[], expected: ExpectedFacts): SuggestionFigures {
  const numericObservations = expected.observations.filter((o) => o.value !== undefined);
  const dosedTreatments = expected.events.filter((e) => e.dose?.value !== undefined);
  const used = new Set<Suggestion>();
  const missed: string[] = [];
  let datesRight = 0;
  // Each expected fact takes the first unused suggestion that matches it, preferring one with the right date.
  const take = <T>(fact: T, matches: (s: Suggestion, f: T) => boolean, dateOf: (f: T) => PartialDate, name: string) => {
    const candidates = suggestions.filter((s) => !used.has(s) && matches(s, fact));
    const best =
      candidates.find((s) => sameDate(s.kind === 'observation' ? s.row.date : s.row.start, dateOf(fact))) ??
      candidates[0];
    if (!best) {
      missed.push(name);
      return false;
    }
    used.add(best);
    if (sameDate(best.kind === 'observation' ? best.row.date : best.row.start, dateOf(fact))) datesRight += 1;
    return true;
  };
  const foundObservations = numericObservations.filter((o) =>
    take(o, observationMatches, (f) => f.date, `${o.analyte} ${o.comparator ?? ''}${o.value} ${o.unit}`),
  ).length;
  const foundTreatments = dosedTreatments.filter((e) =>
    take(e, treatmentMatches, (f) => f.start, `${e.label} ${e.dose?.value} ${e.dose?.unit}`),
  ).length;
  const numeric = suggestions.filter((s) => (s.kind === 'observation' ? s.row.value : s.row.dose?.value) !== undefined);
  const matching = numeric.filter((s) => used.has(s)).length;
  const matched = foundObservations + foundTreatments;
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    observations: {
      expected: numericObservations.length,
      found: foundObservations,
      recall: ratio(foundObservations, numericObservations.length),
    },
    treatments: {
      expected: dosedTreatments.length,
      found: foundTreatments,
      recall: ratio(foundTreatments, dosedTreatments.length),
    },
    precision: { numeric: numeric.length, matching, precision: ratio(matching, numeric.length) },
    dates: { matched, right: datesRight, share: ratio(datesRight, matched) },
    missed,
    unmatched: numeric
      .filter((s) => !used.has(s))
      .map((s) => (s.kind === 'observation' ? `${s.row.analyte} ${s.row.value} ${s.row.unit}` : `${s.row.label}`)),
  };
}
