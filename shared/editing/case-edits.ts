// Edits to a case as pure functions: apply one change, re-resolve relative dates, validate the
// whole case. The repository stores the result only when this says ok.
import { detachFromEvent, resolveCaseDates } from '../dates/relative-links';
import type { Case, Observation, TimelineEvent } from '../model/case';
import type { CaseSource, EvidenceAnchor } from '../model/evidence';
import type { Result } from '../model/result';
import { validateCase } from '../model/validate';
import { readAbstractorName, stampCase } from './row-stamps';

export type CaseDetails = Pick<Case, 'title' | 'citation' | 'patient' | 'diagnoses'>;

/**
 * A row saved without an `evidence` key keeps the evidence the stored row has: the forms edit the
 * row's fields and know nothing of its anchors, and a saved form must not drop them. To take a
 * row's evidence away, save it with `evidence: []` (stored as no evidence).
 */
export type CaseEdit =
  | { type: 'save-event'; event: TimelineEvent }
  | { type: 'delete-event'; eventId: string }
  | { type: 'save-observation'; observation: Observation }
  | { type: 'delete-observation'; observationId: string }
  | { type: 'save-details'; details: CaseDetails }
  /**
   * Several rows saved as one change (every suggestion of a sentence accepted at once), so one undo
   * takes them all back; each row as `save-event`/`save-observation` would save it.
   */
  | { type: 'save-rows'; events: readonly TimelineEvent[]; observations: readonly Observation[] }
  /**
   * Lists a source document in the case (its text is stored apart, by fingerprint). A source listed
   * already by that fingerprint is replaced: opening the file itself names a source that an import
   * of evidence.csv could only list by its fingerprint.
   */
  | { type: 'add-source'; source: CaseSource };

export interface EditOutcome {
  value: Case;
  /** Something the clinician should know beyond "saved", e.g. links that were detached. */
  note?: string;
}

function upsert<T extends { id: string }>(items: readonly T[], item: T): T[] {
  const index = items.findIndex((i) => i.id === item.id);
  return index === -1 ? [...items, item] : items.map((i, k) => (k === index ? item : i));
}

type Cited = { id: string; evidence?: EvidenceAnchor[] | undefined };

/** The saved row with the stored row's evidence when it came without any; an empty list as none. */
function keepEvidence<T extends Cited>(saved: T, stored: readonly T[]): T {
  if (!('evidence' in saved) || saved.evidence === undefined) {
    const kept = stored.find((row) => row.id === saved.id)?.evidence;
    return kept === undefined || kept.length === 0 ? saved : { ...saved, evidence: kept };
  }
  if (saved.evidence.length > 0) return saved;
  const { evidence: _none, ...rest } = saved;
  return rest as T;
}

/**
 * `now` is when (UTC ISO); `abstractor` is who, absent while no name has been given: the edit is
 * saved all the same, its rows stamped with the time and no name ("not given"), since the app cannot
 * know that whoever gives a name later made it.
 */
export function applyEdit(current: Case, edit: CaseEdit, now: string, abstractor?: string): Result<EditOutcome> {
  const by = abstractor === undefined ? undefined : readAbstractorName(abstractor);
  if (by !== undefined && !by.ok)
    return { ok: false, problems: by.problems.map((p) => ({ ...p, where: 'abstractor' })) };
  let next: Case;
  let note: string | undefined;
  switch (edit.type) {
    case 'save-event':
      next = { ...current, events: upsert(current.events, keepEvidence(edit.event, current.events)) };
      break;
    case 'delete-event': {
      const { value, detached } = detachFromEvent(current, edit.eventId);
      next = { ...value, events: value.events.filter((e) => e.id !== edit.eventId) };
      if (detached > 0) note = `${detached} date${detached === 1 ? '' : 's'} relative to it kept as fixed dates.`;
      break;
    }
    case 'save-observation':
      next = {
        ...current,
        observations: upsert(current.observations, keepEvidence(edit.observation, current.observations)),
      };
      break;
    case 'delete-observation':
      next = { ...current, observations: current.observations.filter((o) => o.id !== edit.observationId) };
      break;
    case 'save-rows':
      next = {
        ...current,
        events: edit.events.reduce((rows, e) => upsert(rows, keepEvidence(e, rows)), current.events),
        observations: edit.observations.reduce((rows, o) => upsert(rows, keepEvidence(o, rows)), current.observations),
      };
      break;
    case 'save-details':
      next = {
        ...current,
        ...edit.details,
        diagnoses: edit.details.diagnoses.map((d) => keepEvidence(d, current.diagnoses)),
      };
      break;
    case 'add-source': {
      const sources = current.sources ?? [];
      const listed = sources.findIndex((s) => s.fingerprint === edit.source.fingerprint);
      next = {
        ...current,
        sources: listed === -1 ? [...sources, edit.source] : sources.map((s, k) => (k === listed ? edit.source : s)),
      };
      break;
    }
  }
  const resolved = resolveCaseDates(next);
  if (!resolved.ok) return resolved;
  const valid = validateCase({ ...resolved.value, updatedAt: now });
  if (!valid.ok) return valid;
  // Stamped once the rows are as stored (trimmed, keys in order), so that a row typed again as it
  // was is seen as unchanged; the stamps themselves are valid by construction (a checked name, a time).
  const stamped = stampCase(current, valid.value, { at: now, by: by?.value });
  return { ok: true, value: note === undefined ? { value: stamped } : { value: stamped, note } };
}
