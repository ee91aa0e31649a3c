// From files' text to an import plan: picks the codec (JSON or CSV) and names every problem with
// the file it is in. Runs in a worker for large files; knows nothing of where the text came from.
import { decodeCsv } from '../codecs/csv/case-csv';
import { decodeCaseFileWithSources } from '../codecs/json/case-file';
import { decodeText } from '../codecs/text/decode-text';
import type { Problem, Result } from '../model/result';
import { invisibleCharacterNotices } from '../model/text';
import { planImport, type CsvImportFile, type ImportContext, type ImportPlan } from './plan';

/** One file picked for an import: its name and its bytes as on disk (or text already decoded). */
export interface ImportFileInput {
  fileName: string;
  contents: Uint8Array | string;
}

export type ImportFormat = 'json' | 'csv';

/** By extension first; a file without one is JSON when it starts with "{". */
export function importFormatOf(fileName: string, text: string): ImportFormat {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
    ? 'json'
    : 'csv';
}

const named = <T>(fileName: string, result: Result<T>, separator: string): Result<T> =>
  result.ok
    ? result
    : {
        ok: false,
        problems: result.problems.map((p) => {
          // A JSON syntax error at `line 3, column 15` reads `case.json:3:15`, as the CLI prints it.
          const at = /^line (\d+), column (\d+)$/.exec(p.where);
          const where = at ? `${fileName}:${at[1]}:${at[2]}` : `${fileName}${separator}${p.where}`;
          return { where, message: p.message };
        }),
      };

function decodeContents(fileName: string, contents: Uint8Array | string): Result<string> {
  if (typeof contents === 'string') return { ok: true, value: contents };
  const decoded = named(fileName, decodeText(contents), ':');
  return decoded.ok ? { ok: true, value: decoded.value.text } : decoded;
}

/**
 * Decodes and plans one file; every problem and warning is prefixed with the file name (`labs.csv:12:8`, `case.json:
 * cases[0].events[3].start.date`). `onProgress` goes from 0 to 1 while a CSV file is read. A file's
 * bytes are read as the CLI reads them (decode-text.ts): UTF-8, or UTF-16 with a byte-order mark.
 */
export function prepareImport(
  fileName: string,
  contents: Uint8Array | string,
  context: ImportContext,
  onProgress?: (fraction: number) => void,
): Result<ImportPlan> {
  return prepareImportFiles([{ fileName, contents }], context, onProgress);
}

/**
 * Decodes and plans the files of one import together, in one preview: one JSON file, or any number
 * of CSV tables (events.csv, labs.csv, evidence.csv, in any order), so that an anchor may name a
 * row of another file. Every file is read before anything is refused, so every problem of every
 * file is listed at once, each named by its file.
 */
export function prepareImportFiles(
  files: readonly ImportFileInput[],
  context: ImportContext,
  onProgress?: (fraction: number) => void,
): Result<ImportPlan> {
  if (files.length === 0) return { ok: false, problems: [{ where: 'import', message: 'no file was chosen' }] };
  const texts: { fileName: string; text: string }[] = [];
  const problems: Problem[] = [];
  for (const { fileName, contents } of files) {
    const text = decodeContents(fileName, contents);
    if (text.ok) texts.push({ fileName, text: text.value });
    else problems.push(...text.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  const json = texts.filter((t) => importFormatOf(t.fileName, t.text) === 'json');
  if (json.length > 0 && texts.length > 1) {
    return {
      ok: false,
      problems: json.map((t) => ({
        where: t.fileName,
        message:
          'a JSON case file is imported on its own: it holds whole cases, and CSV tables would add to them twice',
      })),
    };
  }
  const [only] = texts;
  if (json.length === 1 && only !== undefined) return prepareJson(only.fileName, only.text, context, onProgress);

  const tables: CsvImportFile[] = [];
  const total = texts.reduce((n, t) => n + t.text.length, 0);
  let done = 0;
  for (const { fileName, text } of texts) {
    const share = total === 0 ? 1 / texts.length : text.length / total;
    const before = done;
    const progress = onProgress && ((fraction: number) => onProgress(Math.min(1, before + fraction * share)));
    const table = named(fileName, decodeCsv(text, progress ? { onProgress: progress } : {}), ':');
    done += share;
    if (table.ok) tables.push({ name: fileName, table: table.value });
    else problems.push(...table.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  onProgress?.(1);
  const plan = planImport({ kind: 'csv', files: tables }, context);
  const withNotices = texts.reduce<Result<ImportPlan>>(
    (result, { fileName, text }) => withInvisibleNotices(fileName, text, result),
    plan.ok ? plan : { ok: false, problems: plan.problems.map((p) => namedPlanProblem(p, texts)) },
  );
  return withNotices;
}

/** Plan problems of CSV files name their file already (`labs.csv:12:2`); the one of a lone file may not. */
function namedPlanProblem(problem: Problem, texts: readonly { fileName: string }[]): Problem {
  const [only] = texts;
  if (texts.length !== 1 || only === undefined || problem.where.startsWith(`${only.fileName}:`)) return problem;
  return { where: `${only.fileName}: ${problem.where}`, message: problem.message };
}

function prepareJson(
  fileName: string,
  text: string,
  context: ImportContext,
  onProgress?: (fraction: number) => void,
): Result<ImportPlan> {
  const decoded = named(fileName, decodeCaseFileWithSources(text), ': ');
  if (!decoded.ok) return decoded;
  onProgress?.(1);
  const { cases, sources } = decoded.value;
  const plan = named(fileName, planImport({ kind: 'json', cases, sources }, context), ': ');
  if (!plan.ok) return plan;
  const { preview } = plan.value;
  const warnings = preview.warnings.map((w) => ({ ...w, where: `${fileName}: ${w.where}` }));
  return withInvisibleNotices(fileName, text, {
    ok: true,
    value: { ...plan.value, preview: { ...preview, warnings } },
  });
}

/** The schema removes invisible characters silently (shared/model/text); the preview says where they were. */
function withInvisibleNotices(fileName: string, text: string, plan: Result<ImportPlan>): Result<ImportPlan> {
  if (!plan.ok) return plan;
  const notices = invisibleCharacterNotices(text).map((n) => ({ where: `${fileName}:${n.where}`, message: n.message }));
  if (notices.length === 0) return plan;
  const { preview } = plan.value;
  return { ok: true, value: { ...plan.value, preview: { ...preview, warnings: [...notices, ...preview.warnings] } } };
}
