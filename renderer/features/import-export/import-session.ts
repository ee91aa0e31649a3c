// One import, as the worker runs it: read and plan its files (progress as it reads), keep the plan
// while the user looks at the preview, then write the confirmed cases. Apart from the worker so
// that its protocol can be tested in Node over fake-indexeddb.
import type { ConflictChoice, ImportPlan, ImportPreview } from '../../../shared/import/plan';
import { applyImportPlan, casesAsPlanned } from '../../../shared/import/plan';
import { gunzipBounded } from '../../../shared/backups/backup-file';
import { isGzip, MAX_BACKUP_TEXT_BYTES } from '../../../shared/ipc/contract';
import { prepareImportFiles } from '../../../shared/import/prepare';
import { checkSourceTexts, sourceDocumentOf } from '../../../shared/import/source-texts';
import { systemClock, type Clock } from '../../../shared/model/plausibility';
import type { Result } from '../../../shared/model/result';
import type { CaseRepository } from '../../data/case-repository';

/** A file's bytes as on disk (a Blob: the browser's picked file, unread): decoded here, off the UI thread, as the CLI decodes them. */
export interface ImportFileBytes {
  fileName: string;
  bytes: Uint8Array | Blob;
}

export type ImportRequest =
  /** One JSON file, or the CSV tables of one import (events, labs, evidence) read into one preview. */
  | { type: 'read'; files: ImportFileBytes[]; openCaseId: string | undefined }
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

/** Answers each request with its replies through `post`; never throws. `clock` says which year is next. */
export function createImportSession(
  repository: CaseRepository,
  post: (reply: ImportReply) => void,
  clock: Clock = systemClock,
) {
  let plan: ImportPlan | undefined;

  async function read(files: readonly ImportFileBytes[], openCaseId: string | undefined): Promise<void> {
    const inputs = await Promise.all(
      files.map(async ({ fileName, bytes }) => ({
        fileName,
        contents: await inflated(
          fileName,
          bytes instanceof Uint8Array ? bytes : new Uint8Array(await bytes.arrayBuffer()),
        ),
      })),
    );
    const tooLarge = inputs.filter((input) => input.contents === undefined);
    if (tooLarge.length > 0) {
      plan = undefined;
      const problems = tooLarge.map(({ fileName }) => ({
        where: fileName,
        message: `the file holds more than ${MAX_BACKUP_TEXT_BYTES / 1024 / 1024} MB of text once uncompressed, more than an import reads`,
      }));
      post({ type: 'planned', result: { ok: false, problems } });
      return;
    }
    const existing = await repository.getAllCases();
    let last = 0;
    const result = prepareImportFiles(
      inputs as Array<{ fileName: string; contents: Uint8Array }>,
      { existing, openCaseId, today: clock() },
      (fraction) => {
        // Every few percent is enough for a progress bar; more would flood the UI thread.
        if (fraction - last >= 0.02 || fraction === 1) {
          last = fraction;
          post({ type: 'progress', fraction });
        }
      },
    );
    const textProblems = result.ok ? await checkSourceTexts(inputs[0]?.fileName ?? '', result.value.sourceTexts) : [];
    if (textProblems.length > 0) {
      plan = undefined;
      post({ type: 'planned', result: { ok: false, problems: textProblems } });
      return;
    }
    plan = result.ok ? result.value : undefined;
    post({ type: 'planned', result: result.ok ? { ok: true, value: result.value.preview } : result });
  }

  async function write(choices: Record<string, ConflictChoice>, now: string, label: string): Promise<void> {
    if (!plan) {
      post({ type: 'written', result: { ok: false, problems: [{ where: 'import', message: 'nothing was read' }] } });
      return;
    }
    const cases = applyImportPlan(plan, { choices, now, by: await repository.getAbstractor() });
    if (!cases.ok) {
      post({ type: 'written', result: cases });
      return;
    }
    const written = await repository.importCases(cases.value, label, casesAsPlanned(plan, cases.value));
    if (!written.ok) {
      post({ type: 'written', result: written });
      return;
    }
    // Kept apart from the cases and their undo history; keeping a text twice changes nothing.
    for (const source of plan.sourceTexts) {
      await repository.saveSource(sourceDocumentOf(source));
      // A backup carries what was dismissed in the source: added to what is dismissed here, never taking any away.
      if (source.dismissedSuggestions && source.dismissedSuggestions.length > 0)
        await repository.setSuggestionsDismissed(source.fingerprint, source.dismissedSuggestions, true);
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

  /**
   * A gzip file (a backup, `.json.gz`) is inflated here, off the window's thread, and read as the
   * JSON inside it; undefined when it inflates past what an import reads.
   */
  async function inflated(fileName: string, bytes: Uint8Array): Promise<Uint8Array | undefined> {
    if (!isGzip(bytes)) return bytes;
    try {
      return await gunzipBounded(bytes);
    } catch (error) {
      throw new Error(
        `${fileName} is not a readable gzip file: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }

  return async function handle(request: ImportRequest): Promise<void> {
    try {
      if (request.type === 'read') await read(request.files, request.openCaseId);
      else await write(request.choices, request.now, request.label);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const result = { ok: false as const, problems: [{ where: 'import', message }] };
      post(request.type === 'read' ? { type: 'planned', result } : { type: 'written', result });
    }
  };
}
