// What the clinician can do to a whole case: each action goes through the repository and reports
// its outcome as a notice; components call these, never the database.
import { encodeCaseFile } from '../../shared/codecs/json/case-file';
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
  await repository.deleteCase(caseId);
  const next = (await repository.listCases())[0];
  useUiStore.getState().selectCase(next?.id);
  notify('info', `Deleted “${title}”.`);
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
