// What the clinician can do to a whole case: each action goes through the repository and reports
// its outcome as a notice; components call these, never the database.
import { casesForExport, type ExportOptions } from '../../shared/codecs/export-options';
import { encodeCaseFile, type SourceText } from '../../shared/codecs/json/case-file';
import type { CaseDetails } from '../../shared/editing/case-edits';
import { SCHEMA_VERSION, type Case } from '../../shared/model/case';
import type { Problem } from '../../shared/model/result';
import { exportOptions } from '../features/app-menu/export-options-store';
import { platform } from '../platform';
import { useUiStore } from '../state/ui-store';
import { repository } from './repository';
import { noteAllCasesExported } from '../features/backups/reminder-store';

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

/**
 * The case file of these cases as the export options say: quotes left out on request, and the
 * source texts added on request (those opened here; a source never opened here has no text to add).
 */
async function caseFileFor(cases: readonly Case[], options: ExportOptions): Promise<{ content: string; note: string }> {
  const listed = [...new Map(cases.flatMap((c) => c.sources ?? []).map((s) => [s.fingerprint, s])).values()];
  const sources: SourceText[] = [];
  if (options.withSourceText) {
    for (const source of listed) {
      const doc = await repository.getSource(source.fingerprint);
      if (doc) sources.push({ ...source, text: doc.text, ...(doc.parts.length > 0 ? { parts: doc.parts } : {}) });
    }
  }
  const missing = options.withSourceText ? listed.length - sources.length : 0;
  const notes = [
    options.withoutQuotes ? 'without quotes' : '',
    sources.length > 0 ? `with the text of ${sources.length} source${sources.length === 1 ? '' : 's'}` : '',
    missing > 0
      ? `${missing} source${missing === 1 ? ' was' : 's were'} never opened here, so without ${missing === 1 ? 'its' : 'their'} text`
      : '',
  ].filter(Boolean);
  return {
    content: encodeCaseFile(casesForExport(cases, options), { sources }),
    note: notes.length > 0 ? ` (${notes.join('; ')})` : '',
  };
}

/** Every case in one file, e.g. to hand a whole project to a colleague or to R/Python. */
export async function exportAllCasesAsJson(options: ExportOptions = exportOptions()): Promise<void> {
  const cases = await repository.getAllCases();
  if (cases.length === 0) {
    notify('error', 'Nothing to export: there are no cases.');
    return;
  }
  const file = await caseFileFor(cases, options);
  const result = await platform.saveTextFile({
    suggestedName: 'case-abstractions.json',
    content: file.content,
    filters: [{ name: 'Case abstraction (JSON)', extensions: ['json'] }],
  });
  if (result.status === 'saved') {
    noteAllCasesExported();
    notify('info', `Exported ${cases.length} case${cases.length === 1 ? '' : 's'} to ${result.fileName}${file.note}.`);
  } else if (result.status === 'failed') notify('error', `Export failed: ${result.message}`);
}

export async function exportCaseAsJson(caseId: string, options: ExportOptions = exportOptions()): Promise<void> {
  const stored = await repository.getCase(caseId);
  if (!stored) {
    notify('error', 'Nothing to export: the case no longer exists.');
    return;
  }
  const file = await caseFileFor([stored], options);
  const result = await platform.saveTextFile({
    suggestedName: `${stored.id}.json`,
    content: file.content,
    filters: [{ name: 'Case abstraction (JSON)', extensions: ['json'] }],
  });
  if (result.status === 'saved') notify('info', `Exported ${result.fileName}${file.note}.`);
  else if (result.status === 'failed') notify('error', `Export failed: ${result.message}`);
}

/** Creates an empty case from its details; returns the problems, empty when created. */
export async function createCase(details: CaseDetails): Promise<Problem[]> {
  const now = new Date().toISOString();
  const created = await repository.createCase(
    {
      schemaVersion: SCHEMA_VERSION,
      id: crypto.randomUUID(),
      ...details,
      events: [],
      observations: [],
      createdAt: now,
      updatedAt: now,
    } satisfies Case,
    { asAbstractor: true },
  );
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
