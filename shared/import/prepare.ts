// From a file's text to an import plan: picks the codec (JSON or CSV) and names every problem with
// the file it is in. Runs in a worker for large files; knows nothing of where the text came from.
import { decodeCsv } from '../codecs/csv/case-csv';
import { decodeCaseFile } from '../codecs/json/case-file';
import { decodeText } from '../codecs/text/decode-text';
import type { Result } from '../model/result';
import { invisibleCharacterNotices } from '../model/text';
import { planImport, type ImportContext, type ImportPlan } from './plan';

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

/**
 * Decodes and plans; every problem and warning is prefixed with the file name (`labs.csv:12:8`, `case.json:
 * cases[0].events[3].start.date`). `onProgress` goes from 0 to 1 while a CSV file is read. A file's
 * bytes are read as the CLI reads them (decode-text.ts): UTF-8, or UTF-16 with a byte-order mark.
 */
export function prepareImport(
  fileName: string,
  contents: Uint8Array | string,
  context: ImportContext,
  onProgress?: (fraction: number) => void,
): Result<ImportPlan> {
  const named = <T>(result: Result<T>, separator: string): Result<T> =>
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
  let text: string;
  if (typeof contents === 'string') text = contents;
  else {
    const decoded = named(decodeText(contents), ':');
    if (!decoded.ok) return decoded;
    text = decoded.value.text;
  }
  if (importFormatOf(fileName, text) === 'json') {
    const decoded = named(decodeCaseFile(text), ': ');
    if (!decoded.ok) return decoded;
    onProgress?.(1);
    const plan = named(planImport({ kind: 'json', cases: decoded.value }, context), ': ');
    if (!plan.ok) return plan;
    const { preview } = plan.value;
    const warnings = preview.warnings.map((w) => ({ ...w, where: `${fileName}: ${w.where}` }));
    return withInvisibleNotices(fileName, text, {
      ok: true,
      value: { ...plan.value, preview: { ...preview, warnings } },
    });
  }
  const table = named(decodeCsv(text, onProgress ? { onProgress } : {}), ':');
  if (!table.ok) return table;
  const plan = named(planImport({ kind: 'csv', files: [{ name: fileName, table: table.value }] }, context), ': ');
  return withInvisibleNotices(fileName, text, plan);
}

/** The schema removes invisible characters silently (shared/model/text); the preview says where they were. */
function withInvisibleNotices(fileName: string, text: string, plan: Result<ImportPlan>): Result<ImportPlan> {
  if (!plan.ok) return plan;
  const notices = invisibleCharacterNotices(text).map((n) => ({ where: `${fileName}:${n.where}`, message: n.message }));
  if (notices.length === 0) return plan;
  const { preview } = plan.value;
  return { ok: true, value: { ...plan.value, preview: { ...preview, warnings: [...notices, ...preview.warnings] } } };
}
