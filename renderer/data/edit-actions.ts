// Row edits and undo/redo: each goes through the repository and reports on the status line.
import type { CaseEdit } from '../../shared/editing/case-edits';
import type { Problem } from '../../shared/model/result';
import { useUiStore } from '../state/ui-store';
import { repository } from './repository';

/** Commits one edit; returns the problems (empty when saved) for the form to show. */
export async function commitEdit(caseId: string, edit: CaseEdit, label: string): Promise<Problem[]> {
  const ui = useUiStore.getState();
  ui.setSaveStatus({ state: 'saving' });
  const result = await repository.commitEdit(caseId, edit, label);
  if (!result.ok) {
    ui.setSaveStatus({ state: 'error', text: `Not saved: ${result.problems[0]?.message ?? 'invalid'}` });
    return result.problems;
  }
  ui.setSaveStatus({ state: 'saved', text: 'Saved' });
  if (result.value.note) ui.notify({ tone: 'info', text: `${label}. ${result.value.note}` });
  return [];
}

async function step(direction: 'undo' | 'redo'): Promise<void> {
  const ui = useUiStore.getState();
  const result = direction === 'undo' ? await repository.undo() : await repository.redo();
  if (!result.ok) {
    ui.notify({ tone: 'error', text: `Could not ${direction}: ${result.problems[0]?.message ?? ''}` });
    return;
  }
  if (!result.value) {
    ui.notify({ tone: 'info', text: direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.' });
    return;
  }
  const { caseId, label } = result.value;
  const stillThere = await repository.getCaseHeader(caseId);
  if (stillThere) ui.selectCase(caseId);
  else if (ui.selectedCaseId === caseId) ui.selectCase((await repository.listCases())[0]?.id);
  ui.edit(undefined);
  ui.notify({ tone: 'info', text: `${direction === 'undo' ? 'Undone' : 'Redone'}: ${label}` });
}

export const undo = () => step('undo');
export const redo = () => step('redo');
