// Import and export of whole files: the file comes through the platform bridge, the work happens
// in a worker, nothing is written before the user has seen the preview, and then all or nothing.
import {
  csvFileNames,
  encodeEventsCsv,
  encodeEvidenceCsv,
  encodeLabsCsv,
  hasCsvEvidence,
} from '../../shared/codecs/csv/case-csv';
import { casesForExport, type ExportOptions } from '../../shared/codecs/export-options';
import type { Result } from '../../shared/model/result';
import { MAX_TEXT_FILE_BYTES, type OpenedTextFile } from '../../shared/ipc/contract';
import type { ImportReply, ImportRequest, ImportWritten } from '../features/import-export/import.worker';
import { exportOptions } from '../features/app-menu/export-options-store';
import { useImportStore } from '../features/import-export/import-store';
import { platform } from '../platform';
import { useUiStore } from '../state/ui-store';
import { repository } from './repository';

/** The worker of the import in progress: it holds the plan from the preview until the write. */
let worker: Worker | undefined;

const notify = (tone: 'info' | 'error', text: string) => useUiStore.getState().notify({ tone, text });

export const IMPORT_SIZE_LIMIT_MIB = MAX_TEXT_FILE_BYTES / 1024 / 1024;

/**
 * True while a confirmed import is being written: stopping its worker then would abort the write
 * (all or nothing still, but not what the user asked for), so a new import waits.
 */
function stillWriting(): boolean {
  const { session } = useImportStore.getState();
  if (session.phase !== 'writing') return false;
  notify('info', `Still writing ${session.fileName}; import the next file when it is done.`);
  return true;
}

/**
 * Opens one file (a case file or one CSV table) or, with `tables`, several CSV files at once: the
 * events, labs and evidence tables of one case, read into one preview. Two commands rather than
 * one picker for both: Chromium's file input held the window for half a second on a 50 MB file
 * once it allowed several, and a case file is always one file.
 */
export async function startImport(options: { tables?: boolean } = {}): Promise<void> {
  if (stillWriting()) return;
  const opened = await platform.openTextFile(
    options.tables
      ? { filters: [{ name: 'CSV tables of one case', extensions: ['csv'] }], multiple: true }
      : // A backup (.json.gz) is a case file too: in the browser, this is how one is restored.
        {
          filters: [{ name: 'Case abstraction (JSON, CSV, or a backup .json.gz)', extensions: ['json', 'csv', 'gz'] }],
        },
  );
  if (opened.status === 'cancelled') return;
  // The preview may have been confirmed while the dialog was open.
  if (stillWriting()) return;
  if (opened.status === 'failed') {
    const store = useImportStore.getState();
    store.set({ phase: 'problems', fileName: '', problems: [{ where: 'file', message: opened.message }] });
    return;
  }
  importFiles([{ fileName: opened.fileName, bytes: opened.bytes }, ...(opened.more ?? [])]);
}

/** Reads files already opened (picked, or a backup main read) into the import preview, in the import worker. */
export function importFiles(files: OpenedTextFile[]): void {
  if (stillWriting()) return;
  const store = useImportStore.getState();
  const fileName = describeFiles(files.map((f) => f.fileName));
  performance.mark('import:read-start');
  store.set({ phase: 'reading', fileName, progress: 0 });
  stopWorker();
  const current = new Worker(new URL('../features/import-export/import.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker = current;
  // Replies and errors of a worker the user has since cancelled or replaced mean nothing.
  current.onmessage = (event: MessageEvent<ImportReply>) => {
    if (worker === current) onReply(fileName, event.data);
  };
  const onFailure = (detail: string) => {
    if (worker !== current) return;
    stopWorker();
    const writing = useImportStore.getState().session.phase === 'writing';
    useImportStore.getState().set({
      phase: 'problems',
      fileName,
      problems: [
        {
          where: fileName,
          message: writing
            ? `the import stopped while writing (${detail}); a write is all or nothing: Undo shows whether it landed`
            : `the file could not be read: ${detail}`,
        },
      ],
    });
  };
  current.onerror = (event) => onFailure(event.message);
  current.onmessageerror = () => onFailure('a message from the import could not be read');
  // Handed over, not copied: the window keeps no second copy of a file of up to 64 MB.
  current.postMessage(
    { type: 'read', files, openCaseId: useUiStore.getState().selectedCaseId } satisfies ImportRequest,
    // A Blob is handed on unread; bytes the desktop read are moved, not copied.
    [...new Set(files.flatMap(({ bytes }) => (bytes instanceof Uint8Array ? [bytes.buffer] : [])))],
  );
}

/** "labs.csv", "events.csv and labs.csv", "a.csv, b.csv and c.csv": how messages name the import. */
export function describeFiles(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function stopWorker(): void {
  worker?.terminate();
  worker = undefined;
}

function onReply(fileName: string, reply: ImportReply): void {
  const store = useImportStore.getState();
  switch (reply.type) {
    case 'progress':
      store.set({ phase: 'reading', fileName, progress: reply.fraction });
      return;
    case 'planned': {
      performance.mark('import:planned');
      const { result } = reply;
      if (!result.ok) {
        stopWorker();
        store.set({ phase: 'problems', fileName, problems: result.problems });
        return;
      }
      const choices = Object.fromEntries(result.value.conflicts.map((id) => [id, 'skip' as const]));
      store.set({ phase: 'preview', fileName, preview: result.value, choices });
      return;
    }
    case 'written':
      performance.mark('import:written');
      stopWorker();
      onWritten(fileName, reply.result);
  }
}

/** Cancels reading, or closes the preview; a write under way is not stopped (it is all or nothing, and undoable). */
export function cancelImport(): void {
  if (useImportStore.getState().session.phase === 'writing') return;
  stopWorker();
  useImportStore.getState().set({ phase: 'idle' });
}

export function confirmImport(): void {
  const session = useImportStore.getState().session;
  if (session.phase !== 'preview') return;
  if (!worker) {
    useImportStore.getState().set({
      phase: 'problems',
      fileName: session.fileName,
      problems: [
        {
          where: session.fileName,
          message: 'the import was stopped before it could be written: import the file again',
        },
      ],
    });
    return;
  }
  performance.mark('import:write-start');
  useImportStore.getState().set({ phase: 'writing', fileName: session.fileName, preview: session.preview });
  worker.postMessage({
    type: 'write',
    choices: session.choices,
    now: new Date().toISOString(),
    label: `Import ${session.fileName}`,
  } satisfies ImportRequest);
}

function onWritten(fileName: string, result: Result<ImportWritten>): void {
  if (!result.ok) {
    useImportStore.getState().set({ phase: 'problems', fileName, problems: result.problems });
    return;
  }
  useImportStore.getState().set({ phase: 'idle' });
  const { caseIds, events, observations } = result.value;
  if (caseIds[0]) useUiStore.getState().selectCase(caseIds[0]);
  notify(
    'info',
    caseIds.length === 0
      ? `Nothing imported from ${fileName}.`
      : `Imported ${fileName}: ${caseIds.length} case${caseIds.length === 1 ? '' : 's'}, ${events} events, ${observations} observations. Undo with Ctrl+Z.`,
  );
}

/**
 * The tidy tables of one case, saved together: one folder dialog, all or none. evidence.csv is the
 * third when any event or observation has evidence; "without quotes" leaves its quotes empty.
 */
export async function exportCaseAsCsv(caseId: string, options: ExportOptions = exportOptions()): Promise<void> {
  const found = await repository.getCase(caseId);
  if (!found) {
    notify('error', 'Nothing to export: the case no longer exists.');
    return;
  }
  const [stored] = casesForExport([found], options) as [typeof found];
  const names = csvFileNames(stored.id);
  const files = [
    { name: names.events, content: encodeEventsCsv([stored]) },
    { name: names.labs, content: encodeLabsCsv([stored]) },
    ...(hasCsvEvidence([stored]) ? [{ name: names.evidence, content: encodeEvidenceCsv([stored]) }] : []),
  ];
  const result = await platform.saveTextFilesToFolder({
    title: `Choose a folder for ${describeFiles(files.map((f) => f.name))}`,
    files,
  });
  switch (result.status) {
    case 'cancelled':
      return;
    case 'failed':
      notify('error', `Export failed: ${result.message}`);
      return;
    case 'saved':
      notify('info', `Exported ${describeFiles(result.fileNames)} to ${result.folder}${quotesNote(options)}.`);
      return;
    case 'downloaded':
      notify('info', `Downloaded ${describeFiles(result.fileNames)}${quotesNote(options)}.`);
      return;
  }
}

const quotesNote = (options: ExportOptions) => (options.withoutQuotes ? ' (without quotes)' : '');
