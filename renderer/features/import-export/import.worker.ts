// The import worker: reads and plans a file off the UI thread, reporting progress as it reads,
// keeps the plan while the user looks at the preview, then writes the confirmed cases itself, so
// that 100,000 rows never cross to the UI thread. A large CSV file is read in parts, one per core. It has its own connection to the repository;
// Dexie tells the window's live queries what changed.
import type { ConflictChoice, ImportPlan, ImportPreview } from '../../../shared/import/plan';
import { applyImportPlan } from '../../../shared/import/plan';
import type { CsvPartRead } from '../../../shared/codecs/csv/case-csv';
import { decodeCsvInParts, type ReadCsvPartElsewhere } from '../../../shared/codecs/csv/parallel-read';
import { importFormatOf, planCsvFile, prepareImport } from '../../../shared/import/prepare';
import type { Result } from '../../../shared/model/result';
import { CaseRepository } from '../../data/case-repository';
import type { CsvPartReply, CsvPartRequest } from './csv-part.worker';

export type ImportRequest =
  | { type: 'read'; fileName: string; text: string; openCaseId: string | undefined }
  | { type: 'write'; choices: Record<string, ConflictChoice>; now: string; label: string };

/** What was written: the cases (first one to open) and the rows, for the message. */
export interface ImportWritten {
  caseIds: string[];
}

export type ImportReply =
  | { type: 'progress'; fraction: number }
  | { type: 'planned'; result: Result<ImportPreview> }
  | { type: 'written'; result: Result<ImportWritten> };

const post = (reply: ImportReply) => self.postMessage(reply);

let repository: CaseRepository | undefined;
let plan: ImportPlan | undefined;

/** Below this size a file is read in one piece: starting a helper worker would cost more than it saves. */
const PARALLEL_FROM_CHARS = 4 * 1024 * 1024;

/** How many parts a CSV text is read in at once: one per core, the import worker's included, at most four. */
function partsFor(text: string): number {
  if (text.length < PARALLEL_FROM_CHARS) return 1;
  return Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1));
}

/**
 * Starts a helper worker and waits until it has loaded. Chromium fetches a nested worker's script
 * through the parent, so the parent waits here rather than start reading its own part at once.
 */
function startHelper(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const helper = new Worker(new URL('./csv-part.worker.ts', import.meta.url), { type: 'module' });
    helper.onmessage = (event: MessageEvent<CsvPartReply>) => {
      if (event.data === 'ready') resolve(helper);
    };
    helper.onerror = (event) => {
      helper.terminate();
      reject(new Error(`the file could not be read in parts: ${event.message}`));
    };
  });
}

function readInHelper(helper: Worker, request: CsvPartRequest): Promise<CsvPartRead> {
  return new Promise((resolve, reject) => {
    helper.onmessage = (event: MessageEvent<CsvPartReply>) => {
      if (event.data !== 'ready') resolve(event.data);
    };
    helper.onerror = (event) => reject(new Error(`a part of the file could not be read: ${event.message}`));
    helper.postMessage(request);
  });
}

async function read(fileName: string, text: string, openCaseId: string | undefined): Promise<void> {
  const csv = importFormatOf(fileName, text) === 'csv';
  const starting = Array.from({ length: csv ? partsFor(text) - 1 : 0 }, startHelper);
  repository ??= new CaseRepository();
  const context = { existing: await repository.getAllCases(), openCaseId };
  let last = 0;
  const onProgress = (fraction: number) => {
    // Every few percent is enough for a progress bar; more would flood the UI thread.
    if (fraction - last >= 0.02 || fraction === 1) {
      last = fraction;
      post({ type: 'progress', fraction });
    }
  };
  let result: Result<ImportPlan>;
  if (csv) {
    const helpers = await Promise.all(starting);
    try {
      let next = 0;
      const elsewhere: ReadCsvPartElsewhere = (part, kind) => readInHelper(helpers[next++]!, { part, kind });
      result = planCsvFile(
        fileName,
        await decodeCsvInParts(text, helpers.length + 1, elsewhere, { onProgress }),
        context,
      );
    } finally {
      for (const helper of helpers) helper.terminate();
    }
  } else result = prepareImport(fileName, text, context, onProgress);
  plan = result.ok ? result.value : undefined;
  post({ type: 'planned', result: result.ok ? { ok: true, value: result.value.preview } : result });
}

async function write(choices: Record<string, ConflictChoice>, now: string, label: string): Promise<void> {
  if (!plan || !repository) {
    post({ type: 'written', result: { ok: false, problems: [{ where: 'import', message: 'nothing was read' }] } });
    return;
  }
  const cases = applyImportPlan(plan, { choices, now });
  if (!cases.ok) {
    post({ type: 'written', result: cases });
    return;
  }
  const written = await repository.importCases(cases.value, label);
  post({
    type: 'written',
    result: written.ok ? { ok: true, value: { caseIds: cases.value.map((c) => c.id) } } : written,
  });
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  const work =
    request.type === 'read'
      ? read(request.fileName, request.text, request.openCaseId)
      : write(request.choices, request.now, request.label);
  work.catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const result = { ok: false as const, problems: [{ where: 'import', message }] };
    post(request.type === 'read' ? { type: 'planned', result } : { type: 'written', result });
  });
};
