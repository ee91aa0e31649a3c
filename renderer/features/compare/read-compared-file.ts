// Reads the other abstraction of a compare from a case file (JSON, or a backup .json.gz) with the
// import's own decoding and checks, and gives back its cases; nothing is stored. No DOM, so the
// worker and the tests run it alike.
import { gunzipBounded } from '../../../shared/backups/backup-file';
import { decodeCaseFileWithSources } from '../../../shared/codecs/json/case-file';
import { decodeText } from '../../../shared/codecs/text/decode-text';
import { isGzip, MAX_BACKUP_TEXT_BYTES } from '../../../shared/ipc/contract';
import type { Case } from '../../../shared/model/case';
import { fail, ok, type Result } from '../../../shared/model/result';
import { importFormatOf } from '../../../shared/import/prepare';

export interface ComparedFileBytes {
  fileName: string;
  bytes: Uint8Array | Blob;
}

/**
 * The cases of a case file, each problem named by the file as the import names it
 * (`other.json:3:15`, `other.json: cases[0].events[2].start.date`). A CSV table is refused: it
 * holds rows, not a whole abstraction with its details, so a compare of it would list every detail
 * as missing.
 */
export async function readComparedFile({ fileName, bytes }: ComparedFileBytes): Promise<Result<Case[]>> {
  let raw = bytes instanceof Uint8Array ? bytes : new Uint8Array(await bytes.arrayBuffer());
  if (isGzip(raw)) {
    let inflated: Uint8Array | undefined;
    try {
      inflated = await gunzipBounded(raw);
    } catch (error) {
      return fail({
        where: fileName,
        message: `not a readable gzip file: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    if (!inflated) {
      return fail({
        where: fileName,
        message: `the file holds more than ${MAX_BACKUP_TEXT_BYTES / 1024 / 1024} MB of text once uncompressed, more than is read`,
      });
    }
    raw = inflated;
  }
  const text = decodeText(raw);
  if (!text.ok) return fail(...text.problems.map((p) => ({ where: `${fileName}:${p.where}`, message: p.message })));
  if (importFormatOf(fileName.replace(/\.gz$/i, ''), text.value.text) !== 'json') {
    return fail({
      where: fileName,
      message:
        'a compare reads a JSON case file (Export case as JSON in the other copy of the app), not CSV tables: they hold no case details',
    });
  }
  const decoded = decodeCaseFileWithSources(text.value.text);
  if (!decoded.ok) {
    return fail(
      ...decoded.problems.map((p) => {
        // A JSON syntax error at `line 3, column 15` reads `other.json:3:15`, as the import says it.
        const at = /^line (\d+), column (\d+)$/.exec(p.where);
        return { where: at ? `${fileName}:${at[1]}:${at[2]}` : `${fileName}: ${p.where}`, message: p.message };
      }),
    );
  }
  if (decoded.value.cases.length === 0) return fail({ where: fileName, message: 'the file holds no case' });
  return ok(decoded.value.cases);
}
