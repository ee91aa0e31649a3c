// What the clinician can do to a whole case: each action goes through the repository and reports
// its outcome as a notice; components call these, never the database.
import { encodeCaseFile } from '../../shared/codecs/json/case-file';
import type { CaseDetails } from '../../shared/editing/case-edits';
import { SCHEMA_VERSION, type Case } from '../../shared/model/case';
import type { Problem } from '../../shared/model/result';
import { platform } from '../platform';
import { useUiStore } from '../state/ui-store';
import { repository } from './repository';

const notify = (tone: 'info' | 'error', text: string) => useUiStore.getState().notify({ tone, text });

export async function restorePreloadedCase(): Promise<void> {
  const restored = await repository.restoreSeedCase();
  if (!restored.ok) {
    notify('error', `Could not restore the preloaded case: ${restored.problems.map((p) => p.message).join('; ')}`);
    return;
  }
  useUiStore.getState().selectCase(restored.value.id);
  notify('info', 'Preloaded case restored.');
}

export async function deleteCase(caseId: string, title: string): Promise<void> {
  const deleted = await repository.deleteCase(caseId);
  if (!deleted.ok) {
    notify('error', `Could not delete “${title}”: ${deleted.problems.map((p) => p.message).join('; ')}`);
    return;
  }
  const next = (await repository.listCases())[0];
  useUiStore.getState().selectCase(next?.id);
  notify('info', `Deleted “${title}”. Undo with Ctrl+Z.`);
}

/** Every case in one file, e.g. to hand a whole project to a colleague or to R/Python. */
export async function exportAllCasesAsJson(): Promise<void> {
  const cases = await repository.getAllCases();
  if (cases.length === 0) {
    notify('error', 'Nothing to export: there are no cases.');
    return;
  }
  const result = await platform.saveTextFile({
    suggestedName: 'case-abstractions.json',
    content: encodeCaseFile(cases),
    filters: [{ name: 'Case abstraction (JSON)', extensions: ['json'] }],
  });
  if (result.status === 'saved')
    notify('info', `Exported ${cases.length} case${cases.length === 1 ? '' : 's'} to ${result.fileName}.`);
  else if (result.status === 'failed') notify('error', `Export failed: ${result.message}`);
}

export async function exportCaseAsJson(caseId: string): Promise<void> {
  const stored = await repository.getCase(caseId);
  if (!stored) {
    notify('error', 'Nothing to export: the case no longer exists.');
    return;
  }
  const result = await platform.saveTextFile({
    suggestedName: `${stored.id}.json`,
    content: encodeCaseFile([stored]),
    filters: [{ name: 'Case abstraction (JSON)', extensions: ['json'] }],
  });
  if (result.status === 'saved') notify('info', `Exported ${result.fileName}.`);
  else if (result.status === 'failed') notify('error', `Export failed: ${result.message}`);
}

/** Creates an empty case from its details; returns the problems, empty when created. */
export async function createCase(details: CaseDetails): Promise<Problem[]> {
  const now = new Date().toISOString();
  const created = await repository.createCase({
    schemaVersion: SCHEMA_VERSION,
    id: crypto.randomUUID(),
    ...details,
    events: [],
    observations: [],
    createdAt: now,
    updatedAt: now,
  } satisfies Case);
  if (!created.ok) return created.problems;
  useUiStore.getState().selectCase(created.value.id);
  notify('info', `Created “${created.value.title}”.`);
  return [];
}

/** A full copy under a new id, e.g. to abstract a second patient from the same report. */
export async function duplicateCase(caseId: string): Promise<void> {
  const original = await repository.getCase(caseId);
  if (!original) {
    notify('error', 'Nothing to duplicate: the case no longer exists.');
    return;
  }
  const now = new Date().toISOString();
  const created = await repository.createCase({
    ...original,
    id: crypto.randomUUID(),
    title: `${original.title} (copy)`,
    createdAt: now,
    updatedAt: now,
  });
  if (!created.ok) {
    notify('error', `Could not duplicate: ${created.problems.map((p) => p.message).join('; ')}`);
    return;
  }
  useUiStore.getState().selectCase(created.value.id);
  notify('info', `Duplicated as “${created.value.title}”.`);
}
