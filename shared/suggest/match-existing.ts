// Whether the case already holds a suggestion's fact: same analyte, value and date for a lab; same
// drug and date for a treatment; same kind, name and date for any other event.
import { analyteIdentity } from '../analytes/identity';
import { identifyDrug } from '../course/drugs';
import type { PartialDate } from '../dates/partial-date';
import type { Observation, TimelineEvent } from '../model/case';
import type { EvidenceAnchor } from '../model/evidence';
import type { ObservationSuggestion, EventSuggestion, Suggestion } from './suggestion';

/** A case's rows, as the queue and the accept step read them. */
export type CaseRows = { events: readonly TimelineEvent[]; observations: readonly Observation[] };

export interface ExistingRow {
  kind: 'observation' | 'event';
  id: string;
}

/**
 * Two dates are the same day, month or year as written; a coarser one also matches a finer one it
 * contains ("2022-08" and "2022-08-22"), since a report may give the month where the table has the
 * day. A suggestion without a date matches only where exactly one row fits the rest (see below).
 */
export function sameDate(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  if (!a || !b) return false;
  return a.date === b.date || a.date.startsWith(`${b.date}-`) || b.date.startsWith(`${a.date}-`);
}

const sameText = (a: string | undefined, b: string | undefined) =>
  (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** Same number (comparator and upper limit too), or the same text result in any case. */
function sameValue(row: ObservationSuggestion['row'], o: Observation): boolean {
  if (row.value !== undefined || o.value !== undefined) {
    return row.value === o.value && row.valueHigh === o.valueHigh && (row.comparator ?? undefined) === o.comparator;
  }
  return row.valueText !== undefined && sameText(row.valueText, o.valueText);
}

/**
 * The one row that fits: with a date, the first row with the same date; without one, a row only
 * when it is the only row that fits the rest, since an undated suggestion cannot tell two apart.
 */
function pick<T extends { id: string }>(
  fitting: readonly T[],
  dated: boolean,
  dateOf: (row: T) => boolean,
): T | undefined {
  if (dated) return fitting.find(dateOf);
  return fitting.length === 1 ? fitting[0] : undefined;
}

// Each row's identity worked out once per list of rows, not once per suggestion: a long report's
// queue asks for every suggestion against every row on each change of the case.
const analyteKeys = new WeakMap<readonly Observation[], string[]>();
const drugKeys = new WeakMap<readonly TimelineEvent[], (string | undefined)[]>();

function keysOf<T, K>(cache: WeakMap<readonly T[], K[]>, rows: readonly T[], key: (row: T) => K): K[] {
  let keys = cache.get(rows);
  if (!keys) {
    keys = rows.map(key);
    cache.set(rows, keys);
  }
  return keys;
}

function matchObservation(s: ObservationSuggestion, rows: CaseRows): ExistingRow | undefined {
  const { row } = s;
  if (row.analyte === undefined) return undefined;
  const key = analyteIdentity(row.analyte, row.loinc).key;
  const keys = keysOf(analyteKeys, rows.observations, (o) => analyteIdentity(o.analyte, o.loinc).key);
  const fitting = rows.observations.filter((o, i) => keys[i] === key && sameValue(row, o));
  const found = pick(fitting, row.date !== undefined, (o) => sameDate(row.date, o.date));
  return found ? { kind: 'observation', id: found.id } : undefined;
}

const isTreatment = (row: { kind?: string | undefined; dose?: unknown }) =>
  row.kind === 'treatment' || (row.kind === undefined && row.dose !== undefined);

function matchEvent(s: EventSuggestion, rows: CaseRows): ExistingRow | undefined {
  const { row } = s;
  if (row.label === undefined) return undefined;
  let fitting: TimelineEvent[];
  if (isTreatment(row)) {
    const drug = identifyDrug(row.label).key;
    const keys = keysOf(drugKeys, rows.events, (e) => (e.kind === 'treatment' ? identifyDrug(e.label).key : undefined));
    fitting = rows.events.filter((_, i) => keys[i] === drug);
  } else {
    fitting = rows.events.filter((e) => e.kind === row.kind && sameText(e.label, row.label));
  }
  const found = pick(fitting, row.start !== undefined, (e) => sameDate(row.start, e.start));
  return found ? { kind: 'event', id: found.id } : undefined;
}

type Cited = { id: string; evidence?: readonly EvidenceAnchor[] | undefined };

/**
 * The row that cites exactly the suggestion's words: the row it was accepted as, even after the
 * abstractor corrected its date or name in the form.
 */
function citing(s: Suggestion, rows: readonly Cited[]): Cited | undefined {
  const { source, start, end } = s.evidence;
  return rows.find((r) => r.evidence?.some((a) => a.source === source && a.start === start && a.end === end));
}

/** The row names the suggestion's analyte (a lab) or its drug or name (an event), whatever its value or date. */
function statesFact(s: Suggestion, row: Cited): boolean {
  if (s.kind === 'observation') {
    const o = row as Partial<Observation>;
    return (
      s.row.analyte !== undefined &&
      o.analyte !== undefined &&
      analyteIdentity(s.row.analyte, s.row.loinc).key === analyteIdentity(o.analyte, o.loinc).key
    );
  }
  const e = row as Partial<TimelineEvent>;
  if (s.row.label === undefined || e.label === undefined) return false;
  return (
    sameText(s.row.label, e.label) ||
    (isTreatment(s.row) && identifyDrug(s.row.label).key === identifyDrug(e.label).key)
  );
}

const sameWords = (a: Suggestion, b: Suggestion) =>
  a.kind === b.kind && a.evidence.start === b.evidence.start && a.evidence.end === b.evidence.end;

/**
 * The case's row holding the suggestion's fact, if it has one: the row citing its words, else one
 * with the same analyte, value and date (a lab), the same drug and date (a treatment), or the same
 * kind, name and date (another event). Where one phrase holds several facts ("dryness of the mouth
 * and eyes", "grade 2 head raising and neck flexion"), pass the source's other suggestions
 * (`all`): a row citing those words is then this suggestion's only if it is this fact.
 */
export function existingRowFor(
  suggestion: Suggestion,
  rows: CaseRows,
  all: readonly Suggestion[] = [],
): ExistingRow | undefined {
  const siblings = all.filter((other) => other.id !== suggestion.id && sameWords(other, suggestion));
  const sameKind: readonly Cited[] = suggestion.kind === 'observation' ? rows.observations : rows.events;
  // A row citing the words is this fact's, unless it states a sibling fact of the same phrase.
  const cited = citing(
    suggestion,
    sameKind.filter((row) => !siblings.some((other) => statesFact(other, row))),
  );
  if (cited) return { kind: suggestion.kind, id: cited.id };
  return suggestion.kind === 'observation' ? matchObservation(suggestion, rows) : matchEvent(suggestion, rows);
}
