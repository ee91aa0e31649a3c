// Import and export of whole files: the file comes through the platform bridge, the work happens
// in a worker, nothing is written before the user has seen the preview, and then all or nothing.
import { csvFileNames, encodeEventsCsv, encodeLabsCsv } from '../../shared/codecs/csv/case-csv';
import { applyImportPlan } from '../../shared/import/plan';
import { MAX_TEXT_FILE_BYTES } from '../../shared/ipc/contract';
import type { ImportReply, ImportRequest } from '../features/import-export/import.worker';
import { useImportStore } from '../features/import-export/import-store';
import { platform } from '../platform';
import { useUiStore } from '../state/ui-store';
import { repository } from './repository';

let worker: Worker | undefined;

const notify = (tone: 'info' | 'error', text: string) => useUiStore.getState().notify({ tone, text });

export const IMPORT_SIZE_LIMIT_MIB = MAX_TEXT_FILE_BYTES / 1024 / 1024;

export async function startImport(): Promise<void> {
  const store = useImportStore.getState();
  const opened = await platform.openTextFile({
    filters: [{ name: 'Case abstraction (JSON or CSV)', extensions: ['json', 'csv'] }],
  });
  if (opened.status === 'cancelled') return;
  if (opened.status === 'failed') {
    store.set({ phase: 'problems', fileName: '', problems: [{ where: 'file', message: opened.message }] });
    return;
  }
  const { fileName, content } = opened;
  performance.mark('import:read-start');
  store.set({ phase: 'reading', fileName, progress: 0 });
  const request: ImportRequest = {
    fileName,
    text: content,
    context: { existing: await repository.getAllCases(), openCaseId: useUiStore.getState().selectedCaseId },
  };
  worker?.terminate();
  worker = new Worker(new URL('../features/import-export/import.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') {
      useImportStore.getState().set({ phase: 'reading', fileName, progress: reply.fraction });
      return;
    }
    performance.mark('import:planned');
    worker?.terminate();
    worker = undefined;
    const { result } = reply;
    if (!result.ok) useImportStore.getState().set({ phase: 'problems', fileName, problems: result.problems });
    else {
      const choices = Object.fromEntries(result.value.preview.conflicts.map((id) => [id, 'skip' as const]));
      useImportStore.getState().set({ phase: 'preview', fileName, plan: result.value, choices });
    }
  };
  worker.onerror = (event) => {
    useImportStore.getState().set({
      phase: 'problems',
      fileName,
      problems: [{ where: fileName, message: `the file could not be read: ${event.message}` }],
    });
  };
  worker.postMessage(request);
}

export function cancelImport(): void {
  worker?.terminate();
  worker = undefined;
  useImportStore.getState().set({ phase: 'idle' });
}

export async function confirmImport(): Promise<void> {
  const session = useImportStore.getState().session;
  if (session.phase !== 'preview') return;
  performance.mark('import:write-start');
  useImportStore.getState().set({ phase: 'writing', fileName: session.fileName });
  const cases = applyImportPlan(session.plan, { choices: session.choices, now: new Date().toISOString() });
  performance.mark('import:applied');
  if (!cases.ok) {
    useImportStore.getState().set({ phase: 'problems', fileName: session.fileName, problems: cases.problems });
    return;
  }
  const written = await repository.importCases(cases.value, `Import ${session.fileName}`);
  performance.mark('import:written');
  if (!written.ok) {
    useImportStore.getState().set({ phase: 'problems', fileName: session.fileName, problems: written.problems });
    return;
  }
  useImportStore.getState().set({ phase: 'idle' });
  const { totals } = session.plan.preview;
  if (cases.value[0]) useUiStore.getState().selectCase(cases.value[0].id);
  notify(
    'info',
    cases.value.length === 0
      ? `Nothing imported from ${session.fileName}.`
      : `Imported ${session.fileName}: ${cases.value.length} case${cases.value.length === 1 ? '' : 's'}, ${totals.events} events, ${totals.observations} observations. Undo with Ctrl+Z.`,
  );
}

/** The two tidy tables of one case, as two files saved together: one folder dialog, both or neither. */
export async function exportCaseAsCsv(caseId: string): Promise<void> {
  const stored = await repository.getCase(caseId);
  if (!stored) {
    notify('error', 'Nothing to export: the case no longer exists.');
    return;
  }
  const names = csvFileNames(stored.id);
  const result = await platform.saveTextFilesToFolder({
    title: `Choose a folder for ${names.events} and ${names.labs}`,
    files: [
      { name: names.events, content: encodeEventsCsv([stored]) },
      { name: names.labs, content: encodeLabsCsv([stored]) },
    ],
  });
  switch (result.status) {
    case 'cancelled':
      return;
    case 'failed':
      notify('error', `Export failed: ${result.message}`);
      return;
    case 'saved':
      notify('info', `Exported ${result.fileNames.join(' and ')} to ${result.folder}.`);
      return;
    case 'downloaded':
      notify('info', `Downloaded ${result.fileNames.join(' and ')}.`);
      return;
  }
}
