// What the queue's keys do: accept a suggestion (or a sentence's) as rows through the same edit and
// validation a typed row takes, open one in its form, dismiss one, attach its words to the row the
// case already has. Each accept is one undoable change; nothing is written without a key pressed.
import { addEvidence, parseEvidenceText } from '../../../shared/editing/evidence-field';
import type { CaseEdit } from '../../../shared/editing/case-edits';
import type { Observation, TimelineEvent } from '../../../shared/model/case';
import type { Problem } from '../../../shared/model/result';
import { rowFromSuggestion } from '../../../shared/suggest/accept-suggestion';
import { dismissalOf } from '../../../shared/suggest/dismissed';
import type { CaseRows } from '../../../shared/suggest/match-existing';
import { fieldsFromSuggestion } from '../../../shared/suggest/suggestion-fields';
import type { Suggestion } from '../../../shared/suggest/suggestion';
import { commitEdit } from '../../data/edit-actions';
import { repository } from '../../data/repository';
import { useUiStore } from '../../state/ui-store';
import { usePaneStore } from '../source-pane/pane-store';
import { summarise, type QueueItem } from './queue-items';

const notify = (text: string, tone: 'info' | 'error' = 'info') => useUiStore.getState().notify({ tone, text });

/** "CK 1620 U/L", "Prednisone 60 mg oral": how the status line and the undo list name a suggestion. */
export function suggestionName(s: Suggestion): string {
  const { name, value, unit, how } = summarise(s);
  return [name || (s.kind === 'observation' ? 'lab' : 'event'), value, unit, how].filter(Boolean).join(' ');
}

const alreadyThere = (s: Suggestion): Problem => ({
  where: 'form',
  message: `${suggestionName(s)} is in the case already: press A to attach these words to its row`,
});

/**
 * Accepts one suggestion: its row, validated as a typed one, saved as one undoable change. With
 * `note` (N), the row's notes are that text instead of what the suggestion had (a flag it read).
 */
export async function acceptSuggestion(
  caseId: string,
  item: QueueItem,
  rows: CaseRows,
  all: readonly Suggestion[],
  note?: string,
): Promise<Problem[]> {
  const s = withNote(item.suggestion, note);
  if (item.state === 'abstracted') return [alreadyThere(s)];
  if (item.state === 'dismissed') return [{ where: 'form', message: 'dismissed: press Delete to show it again first' }];
  const made = rowFromSuggestion(s, rows, all, crypto.randomUUID());
  if (!made.ok) return made.problems;
  const edit: CaseEdit =
    made.value.kind === 'observation'
      ? { type: 'save-observation', observation: made.value.row }
      : { type: 'save-event', event: made.value.row };
  return commitEdit(caseId, edit, `Accept suggested ${suggestionName(s)}`);
}

function withNote(s: Suggestion, note: string | undefined): Suggestion {
  if (note === undefined) return s;
  const { notes: _notes, ...row } = s.row;
  const notes = note.trim();
  return { ...s, row: notes === '' ? row : { ...row, notes } } as Suggestion;
}

/**
 * Accepts every new suggestion of a sentence as one change (one undo takes them all back), events
 * first so that a lab dated from a treatment in the same sentence finds it. Any refused: none saved.
 */
export async function acceptSentence(
  caseId: string,
  items: readonly QueueItem[],
  rows: CaseRows,
  all: readonly Suggestion[],
): Promise<{ problems: Problem[]; failed?: Suggestion }> {
  const fresh = items.filter((i) => i.state === 'new');
  if (fresh.length === 0)
    return { problems: [{ where: 'form', message: 'every suggestion of this sentence is in the case or dismissed' }] };
  const events: TimelineEvent[] = [];
  const observations: Observation[] = [];
  const ordered = [...fresh].sort((a, b) =>
    a.suggestion.kind === b.suggestion.kind ? 0 : a.suggestion.kind === 'event' ? -1 : 1,
  );
  for (const item of ordered) {
    const sofar = { events: [...rows.events, ...events], observations: [...rows.observations, ...observations] };
    const made = rowFromSuggestion(item.suggestion, sofar, all, crypto.randomUUID());
    if (!made.ok) return { problems: made.problems, failed: item.suggestion };
    if (made.value.kind === 'event') events.push(made.value.row);
    else observations.push(made.value.row);
  }
  const problems = await commitEdit(
    caseId,
    { type: 'save-rows', events, observations },
    `Accept ${fresh.length} suggested ${fresh.length === 1 ? 'row' : 'rows'} of a sentence`,
  );
  return { problems };
}

/** Adds the suggestion's words to the row the case already has for it (one undoable change). */
export async function attachToExisting(caseId: string, item: QueueItem, rows: CaseRows): Promise<Problem[]> {
  const s = item.suggestion;
  const existing = item.existing;
  if (!existing) {
    return [
      { where: 'form', message: 'the case has no row for this yet: press Enter to add it, or E to edit it first' },
    ];
  }
  const table = existing.kind === 'event' ? rows.events : rows.observations;
  const row = table.find((r) => r.id === existing.id);
  if (!row) return [{ where: 'form', message: 'that row is no longer in the case' }];
  const text = addEvidence(JSON.stringify(row.evidence ?? []), [s.evidence]);
  const evidence = parseEvidenceText(text);
  if (!evidence.ok) return evidence.problems;
  if ((evidence.value?.length ?? 0) === (row.evidence?.length ?? 0)) {
    notify(`These words are cited by that row already.`);
    return [];
  }
  const edit: CaseEdit =
    existing.kind === 'event'
      ? { type: 'save-event', event: { ...(row as TimelineEvent), evidence: evidence.value ?? [] } }
      : { type: 'save-observation', observation: { ...(row as Observation), evidence: evidence.value ?? [] } };
  return commitEdit(caseId, edit, `Attach words to ${suggestionName(s)}`);
}

/** Opens the suggestion in the event or lab form, every field found filled in and its words attached. */
export function editInForm(s: Suggestion, rows: CaseRows, all: readonly Suggestion[]): void {
  const { table, fields } = fieldsFromSuggestion(s, rows, all);
  const ui = useUiStore.getState();
  if (ui.editing?.table === table) ui.edit(undefined);
  const first = s.missing[0] ?? (s.kind === 'observation' ? 'analyte' : 'label');
  const focusField =
    first === 'unit' || first === 'value' || first === 'date' ? first : first === 'start' ? 'start' : undefined;
  usePaneStore.getState().ask({
    table,
    mode: 'new',
    anchor: s.evidence,
    words: s.evidence.quote ?? '',
    fields,
    ...(focusField ? { focusField } : {}),
  });
}

/** Dismisses the suggestion in its source (or shows a dismissed one again). */
export async function setDismissed(fingerprint: string, s: Suggestion, dismissed: boolean): Promise<boolean> {
  const result = await repository.setSuggestionsDismissed(fingerprint, [dismissalOf(s)], dismissed);
  if (!result.ok) {
    notify(`Not ${dismissed ? 'dismissed' : 'shown again'}: ${result.problems[0]?.message ?? ''}`, 'error');
    return false;
  }
  notify(`${dismissed ? 'Dismissed' : 'Shown again'}: ${suggestionName(s)}.`);
  return true;
}
