// reconcileCases: the decided comparison of two abstractions written as a new case; both kept as they were.
import { resolveRelativeDate } from '../dates/relative-date';
import type { PartialDate } from '../dates/partial-date';
import {
  SCHEMA_VERSION,
  type Case,
  type CaseReconciliation,
  type Diagnosis,
  type Observation,
  type ReconcileDecision,
  type TimelineEvent,
} from '../model/case';
import { fail, type Result } from '../model/result';
import { TEXT_LIMITS } from '../model/text';
import { validateCase } from '../model/validate';
import type { ComparedItem, ComparedRow, Decision, ReconcileInput } from './compare-types';
import { idOf } from './compared-fields';
import { firstUndecided, undecidedCount } from './decisions';

type Row = Diagnosis | TimelineEvent | Observation;
type Side = 'left' | 'right';

interface Chosen {
  row: ComparedRow;
  decision: ReconcileDecision;
  /** Whose ids the row's links to events name. */
  from: Side | 'edited';
}

/** What the decision keeps of an item, if anything. */
function choose(item: ComparedItem, decision: Decision | undefined): Chosen | undefined {
  if (decision === undefined) return item.left ? { row: item.left, decision: 'agreed', from: 'left' } : undefined;
  if (decision.choice === 'edited') return { row: decision.row, decision: 'edited', from: 'edited' };
  const row = item[decision.choice];
  return row === undefined ? undefined : { row, decision: decision.choice, from: decision.choice };
}

/** Ids stay as they were where they can; the second row with an id (both sides use "ck-1") gets "ck-1-2". */
function uniqueId(wanted: string, used: Set<string>): string {
  let id = wanted;
  for (let n = 2; used.has(id); n += 1) id = `${wanted.slice(0, 60)}-${n}`;
  used.add(id);
  return id;
}

/** A name listed once, in order of first appearance. */
const unique = (names: readonly string[]): string[] => [...new Set(names)];

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/**
 * The two abstractions' decided items as one new case. Items that agree keep the left's row (the
 * same fact, as read by both); a decision takes the left's row, the right's, or the edited one; an
 * item found by one side only is kept when that side is chosen (or it is edited) and left out when
 * the other is. Every row says what was decided, by whom and when (`reconciled`), and keeps who
 * made it (an edited row is changed by the reconciler, now). Links to events are renamed with the
 * events; a link whose event was left out, or whose event's date no longer gives the row's date,
 * is dropped and the date kept as it was. The case lists both sides' abstractors and the
 * reconciler, the two cases and when; its sources are both sides'. The originals are not touched.
 * Refuses, naming the first item, while any item is undecided, and returns the schema's problems
 * if an edited row does not hold.
 */
export function reconcileCases(input: ReconcileInput): Result<Case> {
  const { left, right, comparison, decisions, by, now, newCaseId } = input;
  const undecided = firstUndecided(comparison, decisions);
  if (undecided !== undefined) {
    const count = undecidedCount(comparison, decisions);
    return fail({
      where: undecided.key,
      message:
        `"${undecided.summary}" (${undecided.kind}, ${undecided.status.replace('-', ' ')}) is not decided yet: ` +
        `take left, take right or edit it${count > 1 ? ` (${count} items are left to decide)` : ''}`,
    });
  }

  const stamp = (item: ComparedItem, decision: ReconcileDecision) => ({
    decision,
    by,
    at: now,
    ...(idOf(item.left) === undefined ? {} : { leftId: idOf(item.left)! }),
    ...(idOf(item.right) === undefined ? {} : { rightId: idOf(item.right)! }),
  });

  let citation: Case['citation'] = left.citation;
  let patient: Case['patient'] = left.patient;
  const rows = { diagnosis: [] as Diagnosis[], event: [] as TimelineEvent[], observation: [] as Observation[] };
  const used = { diagnosis: new Set<string>(), event: new Set<string>(), observation: new Set<string>() };
  // Each side's event ids, and an edited row's, to the ids the events have in the new case.
  const eventIds: Record<Side, Map<string, string>> = { left: new Map(), right: new Map() };
  const origins = new Map<Row, Side | 'edited'>();

  for (const item of comparison.items) {
    const chosen = choose(item, decisions[item.key]);
    if (chosen === undefined) continue;
    if (item.kind === 'citation') citation = chosen.row as Case['citation'];
    else if (item.kind === 'patient') patient = chosen.row as Case['patient'];
    else {
      const source = chosen.row as Row;
      const edited = chosen.decision === 'edited';
      const id = uniqueId(
        (edited ? idOf(source) : undefined) ?? idOf(chosen.from === 'right' ? item.right : item.left) ?? item.key,
        used[item.kind],
      );
      const row = {
        ...source,
        id,
        ...(edited ? { changedBy: by, changedAt: now } : {}),
        reconciled: stamp(item, chosen.decision),
      } as Row;
      if (item.kind === 'event') {
        for (const side of ['left', 'right'] as const) {
          const original = idOf(item[side]);
          if (original !== undefined) eventIds[side].set(original, id);
        }
      }
      origins.set(row, chosen.from);
      (rows[item.kind] as Row[]).push(row);
    }
  }

  const events = new Map(rows.event.map((e) => [e.id, e]));
  const relink = (date: PartialDate, origin: Side | 'edited'): PartialDate => {
    const link = date.relativeTo;
    if (!link) return date;
    const renamed =
      origin === 'edited'
        ? (eventIds.left.get(link.eventId) ?? eventIds.right.get(link.eventId))
        : eventIds[origin].get(link.eventId);
    const anchor = renamed === undefined ? undefined : events.get(renamed);
    const resolved = anchor ? resolveRelativeDate(anchor.start, link) : undefined;
    if (resolved?.ok && resolved.value.date === date.date && resolved.value.approximate === date.approximate) {
      return { ...date, relativeTo: { ...link, eventId: renamed! } };
    }
    const { relativeTo: _dropped, ...unlinked } = date;
    return unlinked;
  };
  const origin = (row: Row) => origins.get(row) ?? 'left';
  const reconciledEvents = rows.event.map((e) => ({
    ...e,
    start: relink(e.start, origin(e)),
    ...(e.end ? { end: relink(e.end, origin(e)) } : {}),
  }));
  const reconciledObservations = rows.observation.map((o) => ({ ...o, date: relink(o.date, origin(o)) }));

  const sources = [...(left.sources ?? []), ...(right.sources ?? [])].filter(
    (s, i, all) => all.findIndex((t) => t.fingerprint === s.fingerprint) === i,
  );
  const side = (c: Case): CaseReconciliation['left'] => ({
    caseId: c.id,
    title: c.title,
    abstractors: c.abstractors ?? [],
  });
  const reconciled: Case = {
    schemaVersion: SCHEMA_VERSION,
    id: newCaseId,
    // The left's title with " (reconciled)", cut to the limit a title has: a long title still reconciles.
    title: clip(`${left.title} (reconciled)`, TEXT_LIMITS.title),
    citation,
    patient,
    diagnoses: rows.diagnosis,
    ...(sources.length > 0 ? { sources } : {}),
    events: reconciledEvents,
    observations: reconciledObservations,
    createdAt: now,
    updatedAt: now,
    abstractors: unique([...(left.abstractors ?? []), ...(right.abstractors ?? []), by]),
    reconciliation: { left: side(left), right: side(right), by, at: now },
  };
  const valid = validateCase(reconciled);
  if (!valid.ok) {
    return {
      ok: false,
      problems: valid.problems.map((p) => ({ where: `reconciled case: ${p.where}`, message: p.message })),
    };
  }
  return valid;
}
