// The import worker: reads and plans a file off the UI thread, reporting progress as it reads,
// keeps the plan while the user looks at the preview, then writes the confirmed cases itself, so
// that 100,000 rows never cross to the UI thread. It has its own connection to the repository;
// Dexie tells the window's live queries what changed.
import type { ConflictChoice, ImportPlan, ImportPreview } from '../../../shared/import/plan';
import { applyImportPlan, casesAsPlanned } from '../../../shared/import/plan';
import { prepareImport } from '../../../shared/import/prepare';
import type { Result } from '../../../shared/model/result';
import { CaseRepository } from '../../data/case-repository';

export type ImportRequest =
  | { type: 'read'; fileName: string; text: string; openCaseId: string | undefined }
  | { type: 'write'; choices: Record<string, ConflictChoice>; now: string; label: string };

/** What was written, for the message: the cases (the first is opened) and their rows, skipped cases left out. */
export interface ImportWritten {
  caseIds: string[];
  events: number;
  observations: number;
}

export type ImportReply =
  | { type: 'progress'; fraction: number }
  | { type: 'planned'; result: Result<ImportPreview> }
  | { type: 'written'; result: Result<ImportWritten> };

const post = (reply: ImportReply) => self.postMessage(reply);

let repository: CaseRepository | undefined;
let plan: ImportPlan | undefined;

async function read(fileName: string, text: string, openCaseId: string | undefined): Promise<void> {
  repository ??= new CaseRepository();
  const existing = await repository.getAllCases();
  let last = 0;
  const result = prepareImport(fileName, text, { existing, openCaseId }, (fraction) => {
    // Every few percent is enough for a progress bar; more would flood the UI thread.
    if (fraction - last >= 0.02 || fraction === 1) {
      last = fraction;
      post({ type: 'progress', fraction });
    }
  });
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
  const written = await repository.importCases(cases.value, label, casesAsPlanned(plan, cases.value));
  if (!written.ok) {
    post({ type: 'written', result: written });
    return;
  }
  const kept = plan.preview.cases.filter((c) => c.action !== 'conflict' || (choices[c.caseId] ?? 'skip') !== 'skip');
  post({
    type: 'written',
    result: {
      ok: true,
      value: {
        caseIds: cases.value.map((c) => c.id),
        events: kept.reduce((n, c) => n + c.events, 0),
        observations: kept.reduce((n, c) => n + c.observations, 0),
      },
    },
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
