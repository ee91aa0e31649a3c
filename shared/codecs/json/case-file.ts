// The JSON codec: {"format": "case-abstraction", "version": 3, "cases": [...]}, canonical bytes out,
// schema-checked cases in (older versions upgraded first), every problem named by its JSON path.
import { z } from 'zod';
import { CaseSchema, SCHEMA_VERSION, type Case } from '../../model/case';
import { CaseSourceSchema } from '../../model/evidence';
import { fail, ok, type Problem, type Result } from '../../model/result';
import { OLDEST_SCHEMA_VERSION, upgradeCaseFileJson } from '../../model/upgrade';
import { validateWith } from '../../model/validate';
import { DismissedSuggestionSchema } from '../../suggest/dismissed';
import { sortEvents, sortObservations } from '../../timeline/order';
import { impreciseJsonNumbers } from '../../values/precision';

export const CASE_FILE_FORMAT = 'case-abstraction';
/** The file's version follows the schema's: a version-3 file holds version-3 cases. */
export const CASE_FILE_VERSION = SCHEMA_VERSION;

/** The largest source text a case file carries: a long review article is well under 2 million characters. */
export const MAX_SOURCE_TEXT = 4_000_000;

/**
 * A source document's normalised text, in a case file only when the export was asked for it: the
 * publisher's text is not ours to pass on by default.
 */
export const SourceTextSchema = CaseSourceSchema.extend({
  text: z.string().min(1, 'source text is empty').max(MAX_SOURCE_TEXT, 'source text is too long for a case file'),
  /** Sections or pages, as offsets into `text` (UTF-16 code units, end exclusive). */
  parts: z
    .array(
      z
        .object({
          label: z.string().min(1).max(200),
          start: z.number().int().min(0),
          end: z.number().int().min(0),
        })
        .strict(),
    )
    .optional(),
  /**
   * Suggestions dismissed in this source's review queue: carried by backups, so that a restore
   * does not bring back what the abstractor already turned down. An import adds them to the stored ones.
   */
  dismissedSuggestions: z.array(DismissedSuggestionSchema).max(100_000).optional(),
}).strict();

export type SourceText = z.infer<typeof SourceTextSchema>;

export const CaseFileSchema = z
  .object({
    format: z.literal(CASE_FILE_FORMAT, { message: `format must be "${CASE_FILE_FORMAT}"` }),
    version: z.literal(CASE_FILE_VERSION, { message: `version must be ${CASE_FILE_VERSION}` }),
    cases: z.array(CaseSchema),
    sources: z.array(SourceTextSchema).optional(),
  })
  .strict();

export interface EncodeCaseFileOptions {
  /** The text of sources the cases list, written after the cases (an export "with source text"). */
  sources?: readonly SourceText[];
}

/**
 * Canonical form of a case: keys in schema order (zod rebuilds objects in shape order), events and
 * observations in chronological order, so the same case always gives the same bytes.
 */
export function canonicalCase(value: Case): Case {
  const parsed = CaseSchema.parse(value);
  return { ...parsed, events: sortEvents(parsed.events), observations: sortObservations(parsed.observations) };
}

/** Encodes valid cases; an invalid case here is a bug upstream, so it throws. */
export function encodeCaseFile(cases: readonly Case[], options: EncodeCaseFileOptions = {}): string {
  const sources = options.sources?.map((source) => SourceTextSchema.parse(source));
  const file = {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    cases: cases.map(canonicalCase),
    ...(sources === undefined || sources.length === 0 ? {} : { sources }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function positionToLineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function parseJsonText(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? '(file)' : positionToLineColumn(text, Number(position));
    return fail({ where, message: `not valid JSON: ${message}` });
  }
}

/** Decodes a case file; returns every problem at once, each named by its JSON path. */
export function decodeCaseFile(text: string): Result<Case[]> {
  const decoded = decodeCaseFileWithSources(text);
  return decoded.ok ? ok(decoded.value.cases) : decoded;
}

/** Decodes a case file with the source texts it carries (none unless it was exported with them). */
export function decodeCaseFileWithSources(text: string): Result<{ cases: Case[]; sources: SourceText[] }> {
  const body = text.replace(/^\uFEFF/, '');
  const json = parseJsonText(body);
  if (!json.ok) return json;
  // Before the schema: JSON.parse has already rounded such a number, and the schema sees only that.
  const imprecise = impreciseJsonNumbers(body);
  if (imprecise.length > 0)
    return fail(...imprecise.map((n) => ({ where: `line ${n.line}, column ${n.column}`, message: n.message })));
  const version = (json.value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > CASE_FILE_VERSION) {
    return fail({
      where: 'version',
      message: `version ${version} is newer than this Case Abstractor reads (${OLDEST_SCHEMA_VERSION} to ${CASE_FILE_VERSION}): update the app to open it`,
    });
  }
  const file = validateWith(CaseFileSchema, upgradeCaseFileJson(json.value));
  if (!file.ok) return file;
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  file.value.cases.forEach((c, index) => {
    const first = seen.get(c.id);
    if (first !== undefined) {
      problems.push({ where: `cases[${index}].id`, message: `duplicate case id "${c.id}" (also cases[${first}])` });
    } else seen.set(c.id, index);
  });
  const listed = new Set(file.value.cases.flatMap((c) => (c.sources ?? []).map((s) => s.fingerprint)));
  (file.value.sources ?? []).forEach((source, index) => {
    if (!listed.has(source.fingerprint)) {
      problems.push({
        where: `sources[${index}].fingerprint`,
        message: `source ${source.fingerprint.slice(0, 12)}… is not a source of any case in the file`,
      });
    }
  });
  return problems.length > 0
    ? { ok: false, problems }
    : ok({ cases: file.value.cases, sources: file.value.sources ?? [] });
}
