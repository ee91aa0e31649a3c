// The queue's list, worked out from the suggestions, the case's rows and the dismissals: reading
// order, grouped by sentence, each marked new, already abstracted or dismissed. Pure, so it is
// tested without a window.
import { formatPartialDate } from '../../../shared/dates/partial-date';
import type { Observation } from '../../../shared/model/case';
import { formatObservationValue } from '../../../shared/model/observation-value';
import { isDismissed, type DismissedSuggestion } from '../../../shared/suggest/dismissed';
import { existingRowFor, type CaseRows, type ExistingRow } from '../../../shared/suggest/match-existing';
import type { Suggestion } from '../../../shared/suggest/suggestion';
import { displayUnit } from '../../../shared/units/ucum';

export type ItemState = 'new' | 'abstracted' | 'dismissed';

export interface QueueItem {
  suggestion: Suggestion;
  state: ItemState;
  /** The case's row holding the fact, when it is already abstracted. */
  existing?: ExistingRow;
}

export interface SentenceGroup {
  /** The sentence's span in code points, as the suggestions give it. */
  start: number;
  end: number;
  items: QueueItem[];
}

export function queueGroups(
  suggestions: readonly Suggestion[],
  rows: CaseRows,
  dismissed: readonly DismissedSuggestion[],
  showDismissed: boolean,
): SentenceGroup[] {
  const ordered = [...suggestions].sort(
    (a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end || a.id.localeCompare(b.id),
  );
  const groups: SentenceGroup[] = [];
  for (const suggestion of ordered) {
    const gone = isDismissed(suggestion, dismissed);
    if (gone && !showDismissed) continue;
    const existing = gone ? undefined : existingRowFor(suggestion, rows, suggestions);
    const item: QueueItem = {
      suggestion,
      state: gone ? 'dismissed' : existing ? 'abstracted' : 'new',
      ...(existing ? { existing } : {}),
    };
    const last = groups.at(-1);
    if (last && last.start === suggestion.sentence.start) last.items.push(item);
    else groups.push({ start: suggestion.sentence.start, end: suggestion.sentence.end, items: [item] });
  }
  return groups;
}

/** The suggestion after (or before) the current one in the list, staying put at either end. */
export function stepFrom(
  groups: readonly SentenceGroup[],
  currentId: string | undefined,
  step: 1 | -1,
): string | undefined {
  const ids = groups.flatMap((g) => g.items.map((i) => i.suggestion.id));
  if (ids.length === 0) return undefined;
  const at = currentId === undefined ? -1 : ids.indexOf(currentId);
  if (at === -1) return ids[0];
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))];
}

/** After the current one leaves the list (accepted, dismissed): the next new one after it, else the first new one. */
export function nextNew(groups: readonly SentenceGroup[], afterId: string | undefined): string | undefined {
  const items = groups.flatMap((g) => g.items);
  const at = items.findIndex((i) => i.suggestion.id === afterId);
  return (
    items.slice(at + 1).find((i) => i.state === 'new')?.suggestion.id ??
    items.find((i) => i.state === 'new')?.suggestion.id ??
    items[Math.max(0, at)]?.suggestion.id
  );
}

/** The parts of a suggested row as the queue shows them, each blank when the report did not give it. */
export interface RowSummary {
  name: string;
  value: string;
  unit: string;
  /** A treatment's route and frequency ("s.c.", "daily"). */
  how: string;
  date: string;
}

export function summarise(s: Suggestion): RowSummary {
  if (s.kind === 'observation') {
    const r = s.row;
    const value = r.value === undefined && r.valueText === undefined ? '' : formatObservationValue(r as Observation);
    return {
      name: r.analyte ?? '',
      value,
      unit: r.unit === undefined ? '' : r.unitIsFreeText ? r.unit : displayUnit(r.unit),
      how: '',
      date: r.date ? formatPartialDate(r.date) : '',
    };
  }
  const r = s.row;
  const dose = r.dose;
  return {
    name: r.label ?? '',
    value: dose?.value === undefined ? '' : String(dose.value),
    unit: dose?.unit ?? '',
    how: [dose?.route, dose?.frequency].filter((p) => p !== undefined).join(' '),
    date: r.start ? formatPartialDate(r.start) : '',
  };
}
