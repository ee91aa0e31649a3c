// Turning an accepted suggestion into a case row: a fresh id, the evidence attached, relative dates
// linked to the case's own events, and the same validation a typed row passes. STAND-IN: lands in
// its own change.
import type { Observation, TimelineEvent } from '../model/case';
import { fail, type Result } from '../model/result';
import type { Suggestion } from './suggestion';

export type CaseRows = { events: readonly TimelineEvent[]; observations: readonly Observation[] };

export type AcceptedRow = { kind: 'observation'; row: Observation } | { kind: 'event'; row: TimelineEvent };

/**
 * The row accepting `suggestion` adds to the case, or problems naming what is still to fill
 * (`where` is the form field). `all` holds the other suggestions of the source: a date relative to
 * another suggestion links to the case event that suggestion was accepted as, or fails when none is.
 */
export function rowFromSuggestion(
  suggestion: Suggestion,
  _rows: CaseRows,
  _all: readonly Suggestion[],
  _newId: string,
): Result<AcceptedRow> {
  return fail({ where: suggestion.kind === 'observation' ? 'date' : 'start', message: 'not built yet' });
}
