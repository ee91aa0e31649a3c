// The command line: seed, validate, convert and schema, using the same codecs as the app, byte for byte.
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  csvFileNames,
  decodeCsv,
  encodeEventsCsv,
  encodeEvidenceCsv,
  encodeLabsCsv,
  hasCsvEvidence,
} from '../../shared/codecs/csv/case-csv';
import { casesForExport } from '../../shared/codecs/export-options';
import { decodeCaseFile, encodeCaseFile } from '../../shared/codecs/json/case-file';
import { CASE_FILE_SCHEMA_NAME, generateCaseFileSchema } from '../../shared/codecs/json/generate-schema';
import { decodeText } from '../../shared/codecs/text/decode-text';
import { applyImportPlan, planImport, type CsvImportFile } from '../../shared/import/plan';
import { MAX_TEXT_FILE_BYTES } from '../../shared/ipc/contract';
import type { Case } from '../../shared/model/case';
import type { Problem } from '../../shared/model/result';
import { invisibleCharacterNotices } from '../../shared/model/text';
import { validateCase } from '../../shared/model/validate';
import { createSeedCase } from '../../shared/seed/seed-case';
import { anchorsCommand } from './anchors-command';
import { locateJsonPath, parsePath } from './json-locations';
import { SOURCE_USAGE, sourceCommand } from './source-command';
import { SUGGEST_USAGE, suggestCommand } from './suggest-command';

export const EXIT = { ok: 0, badData: 1, usage: 2 } as const;

export interface CliIo {
  mkdir(dir: string): Promise<void>;
  /** Replaces `file` whole or not at all: a temporary file beside it, then a rename. */
  writeFile(file: string, content: string): Promise<void>;
  readFile(file: string): Promise<Uint8Array>;
  stdout(line: string): void;
  stderr(line: string): void;
  /** ISO 8601 UTC; for cases a conversion creates or changes. */
  now(): string;
}

const USAGE = `usage: npm run cli -- <command>

commands:
  seed --out DIR                        write the preloaded case to DIR: <case-id>.json,
                                        <case-id>-events.csv and <case-id>-labs.csv
  validate FILE...                      check case files (.json) and events/labs/evidence tables
                                        (.csv), each evidence row against the rows of the other
                                        files given; exit 1 with file:line:column: message for
                                        every problem
  convert IN... --to csv --out DIR      the cases of JSON files as DIR/<case-id>-events.csv,
                                        DIR/<case-id>-labs.csv and, when rows have evidence,
                                        DIR/<case-id>-evidence.csv
  convert ... --without-quotes          evidence with positions and fingerprints only
  convert IN... --to json --out FILE    JSON and CSV files as one case file; CSV rows go to the
                                        case their case_id names, from the JSON files or created
                                        with no citation (CSV has none); rows worth a look (a
                                        text result no report prints) are listed as warnings
  schema --out FILE                     write the JSON Schema of case files (npm run schema)
  ${SOURCE_USAGE}
  anchors CASE.json SOURCE              resolve every evidence anchor of the case file's rows
                                        against the source (plain text); exit 1 naming each
                                        orphaned or unresolved one
  ${SUGGEST_USAGE}

exit status: 0 ok, 1 bad data, 2 bad usage`;

type Command = (args: string[], io: CliIo) => Promise<number>;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const commands: Record<string, Command> = {
    seed: seedCommand,
    validate: validateCommand,
    convert: convertCommand,
    schema: schemaCommand,
    source: sourceCommand,
    anchors: anchorsCommand,
    suggest: suggestCommand,
  };
  const run = command === undefined ? undefined : commands[command];
  if (run !== undefined) return run(rest, io);
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  io.stderr(command === undefined ? USAGE : `unknown command "${command}"\n${USAGE}`);
  return EXIT.usage;
}

function usageError(io: CliIo, command: string, message: string): number {
  io.stderr(`${command}: ${message}\n${USAGE}`);
  return EXIT.usage;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface ParsedArgs {
  values: { out?: string | undefined; to?: string | undefined; 'without-quotes'?: boolean | undefined };
  positionals: string[];
}

function parse(
  command: string,
  args: string[],
  io: CliIo,
  accepts: { to?: boolean; positionals?: boolean; withoutQuotes?: boolean },
): ParsedArgs | number {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({
      args,
      options: { out: { type: 'string' }, to: { type: 'string' }, 'without-quotes': { type: 'boolean' } },
      strict: true,
      allowPositionals: accepts.positionals === true,
    });
  } catch (error) {
    return usageError(io, command, describeError(error));
  }
  if (!accepts.to && parsed.values.to !== undefined) return usageError(io, command, "Unknown option '--to'");
  if (!accepts.withoutQuotes && parsed.values['without-quotes'] !== undefined) {
    return usageError(io, command, "Unknown option '--without-quotes'");
  }
  return parsed;
}

/** Writes files in order; on the first failure says which were written and which not. */
async function writeAll(command: string, files: ReadonlyArray<readonly [string, string]>, io: CliIo): Promise<number> {
  for (const [index, [file, content]] of files.entries()) {
    try {
      await io.writeFile(file, content);
    } catch (error) {
      io.stderr(`${command}: cannot write ${file}: ${describeError(error)}`);
      const rest = files.slice(index + 1).map(([f]) => f);
      if (rest.length > 0) io.stderr(`${command}: not written either: ${rest.join(', ')}`);
      return EXIT.badData;
    }
    io.stdout(file);
  }
  return EXIT.ok;
}

async function makeDir(command: string, dir: string, io: CliIo): Promise<boolean> {
  try {
    await io.mkdir(dir);
    return true;
  } catch (error) {
    io.stderr(`${command}: cannot create ${dir}: ${describeError(error)}`);
    return false;
  }
}

/** The two CSV tables of each case, named as the app exports them. */
function csvFilesOf(cases: readonly Case[], dir: string): [string, string][] {
  return cases.flatMap((c) => {
    const names = csvFileNames(c.id);
    return [
      [path.join(dir, names.events), encodeEventsCsv([c])],
      [path.join(dir, names.labs), encodeLabsCsv([c])],
      ...(hasCsvEvidence([c]) ? [[path.join(dir, names.evidence), encodeEvidenceCsv([c])]] : []),
    ] as [string, string][];
  });
}

async function seedCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parse('seed', args, io, {});
  if (typeof parsed === 'number') return parsed;
  const out = parsed.values.out;
  if (out === undefined || out.trim() === '') return usageError(io, 'seed', '--out DIR is required');
  const seed = validateCase(createSeedCase());
  if (!seed.ok) {
    for (const p of seed.problems) io.stderr(`seed case: ${p.where}: ${p.message}`);
    return EXIT.badData;
  }
  if (!(await makeDir('seed', out, io))) return EXIT.badData;
  return writeAll(
    'seed',
    [[path.join(out, `${seed.value.id}.json`), encodeCaseFile([seed.value])], ...csvFilesOf([seed.value], out)],
    io,
  );
}

type Decoded =
  | { file: string; kind: 'json'; cases: Case[] }
  | { file: string; kind: 'csv'; table: CsvImportFile['table'] }
  | { file: string; kind: 'problems'; lines: string[] };

/** Reads and decodes one file; problems come back as ready-to-print `file:line:column: message` lines. */
async function decodeFile(file: string, io: CliIo): Promise<Decoded> {
  const bad = (...lines: string[]): Decoded => ({ file, kind: 'problems', lines });
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    return bad(`${file}: cannot read: ${describeError(error)}`);
  }
  if (bytes.byteLength > MAX_TEXT_FILE_BYTES) {
    return bad(`${file}: the file is ${bytes.byteLength} bytes; files over ${MAX_TEXT_FILE_BYTES} bytes are not read`);
  }
  // The import worker's own reading (UTF-8, or UTF-16 with a byte-order mark), so both give one verdict.
  const read = decodeText(bytes);
  if (!read.ok) return bad(...read.problems.map((p) => `${file}:${p.where}: ${p.message}`));
  const { text } = read.value;
  if (isJson(file, text)) {
    const decoded = decodeCaseFile(text);
    if (decoded.ok) return warnInvisible({ file, kind: 'json', cases: decoded.value }, text, io);
    return bad(...decoded.problems.map((p) => jsonProblemLine(file, text, p)));
  }
  const decoded = decodeCsv(text);
  if (decoded.ok) return warnInvisible({ file, kind: 'csv', table: decoded.value }, text, io);
  return bad(...decoded.problems.map((p) => `${file}:${p.where}: ${p.message}`));
}

/** The schema removed a valid file's invisible characters; say where they were, as the app's preview does. */
function warnInvisible(decoded: Decoded, text: string, io: CliIo): Decoded {
  for (const n of invisibleCharacterNotices(text)) io.stderr(`${decoded.file}:${n.where}: warning: ${n.message}`);
  return decoded;
}

/** By extension; otherwise by the first character (a case file is an object). */
function isJson(file: string, text: string): boolean {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return true;
  if (ext === '.csv') return false;
  return /^\uFEFF?\s*[{[]/.test(text);
}

/** `file:line:column: path: message`, with the line and column of the path when it can be found. */
function jsonProblemLine(file: string, text: string, problem: Problem): string {
  const syntax = /^line (\d+), column (\d+)$/.exec(problem.where);
  if (syntax) return `${file}:${syntax[1]}:${syntax[2]}: ${problem.message}`;
  const jsonPath = parsePath(problem.where);
  const at = jsonPath === undefined ? undefined : locateJsonPath(text, jsonPath);
  return at === undefined
    ? `${file}: ${problem.where}: ${problem.message}`
    : `${file}:${at.line}:${at.column}: ${problem.where}: ${problem.message}`;
}

function summary(decoded: Decoded): string {
  if (decoded.kind === 'json') {
    const events = decoded.cases.reduce((n, c) => n + c.events.length, 0);
    const observations = decoded.cases.reduce((n, c) => n + c.observations.length, 0);
    return `${decoded.file}: valid case file: ${decoded.cases.length} case(s), ${events} event(s), ${observations} observation(s)`;
  }
  if (decoded.kind === 'csv') {
    return `${decoded.file}: valid ${decoded.table.kind}.csv table: ${decoded.table.rows.length} row(s)`;
  }
  return '';
}

async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parse('validate', args, io, { positionals: true });
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length === 0) return usageError(io, 'validate', 'give one or more files');
  let status: number = EXIT.ok;
  const valid: Decoded[] = [];
  for (const file of parsed.positionals) {
    const decoded = await decodeFile(file, io);
    if (decoded.kind === 'problems') {
      for (const line of decoded.lines) io.stderr(line);
      status = EXIT.badData;
    } else {
      io.stdout(summary(decoded));
      valid.push(decoded);
    }
  }
  return crossCheckEvidence(valid, io) ? status : EXIT.badData;
}

async function convertCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parse('convert', args, io, { to: true, positionals: true, withoutQuotes: true });
  if (typeof parsed === 'number') return parsed;
  const { to, out } = parsed.values;
  const inputs = parsed.positionals;
  if (inputs.length === 0) return usageError(io, 'convert', 'give one or more input files');
  if (to !== 'json' && to !== 'csv') return usageError(io, 'convert', '--to must be json or csv');
  if (out === undefined || out.trim() === '') return usageError(io, 'convert', '--out PATH is required');

  const decoded = await Promise.all(inputs.map((file) => decodeFile(file, io)));
  const failed = decoded.flatMap((d) => (d.kind === 'problems' ? d.lines : []));
  if (failed.length > 0) {
    for (const line of failed) io.stderr(line);
    return EXIT.badData;
  }
  const cases = mergeCases(decoded, io);
  if (cases === undefined) return EXIT.badData;
  const tables = decoded.flatMap((d) => (d.kind === 'csv' ? [{ name: d.file, table: d.table }] : []));
  const added = tables.length === 0 ? cases : addCsvRows(cases, tables, io);
  if (added === undefined) return EXIT.badData;
  const result = casesForExport(added, { withoutQuotes: parsed.values['without-quotes'] === true });

  if (to === 'json') {
    if (!(await makeDir('convert', path.dirname(out), io))) return EXIT.badData;
    return writeAll('convert', [[out, encodeCaseFile(result)]], io);
  }
  if (!(await makeDir('convert', out, io))) return EXIT.badData;
  return writeAll('convert', csvFilesOf(result, out), io);
}

/**
 * An evidence table given with the rows it cites (events or labs tables, or case files): each
 * anchor must name one of those rows, as an import of them together would require. An evidence
 * table given alone is checked for itself only.
 */
function crossCheckEvidence(decoded: readonly Decoded[], io: CliIo): boolean {
  const tables = decoded.flatMap((d) => (d.kind === 'csv' ? [{ name: d.file, table: d.table }] : []));
  const hasEvidence = tables.some((t) => t.table.kind === 'evidence');
  if (!hasEvidence || decoded.length < 2) return true;
  const cases = decoded.flatMap((d) => (d.kind === 'json' ? d.cases : []));
  const plan = planImport({ kind: 'csv', files: tables }, { existing: cases, today: new Date(io.now()) });
  if (plan.ok) return true;
  for (const p of plan.problems) io.stderr(`${p.where}: ${p.message}`);
  return false;
}

/** The cases of all JSON inputs; a case id in two files is a problem. */
function mergeCases(decoded: readonly Decoded[], io: CliIo): Case[] | undefined {
  const seen = new Map<string, string>();
  const cases: Case[] = [];
  let clash = false;
  for (const d of decoded) {
    if (d.kind !== 'json') continue;
    d.cases.forEach((c, index) => {
      const other = seen.get(c.id);
      if (other !== undefined) {
        io.stderr(`${d.file}: cases[${index}].id: case "${c.id}" is also in ${other}`);
        clash = true;
      }
      seen.set(c.id, d.file);
      cases.push(c);
    });
  }
  return clash ? undefined : cases;
}

/** CSV rows added to the JSON inputs' cases, or to new cases with no citation. */
function addCsvRows(cases: Case[], files: CsvImportFile[], io: CliIo): Case[] | undefined {
  const plan = planImport({ kind: 'csv', files }, { existing: cases, today: new Date(io.now()) });
  const applied = plan.ok ? applyImportPlan(plan.value, { now: io.now() }) : plan;
  if (!applied.ok) {
    for (const p of applied.problems) io.stderr(`${p.where}: ${p.message}`);
    return undefined;
  }
  if (plan.ok) {
    for (const w of plan.value.preview.warnings) io.stderr(`convert: warning: ${w.where}: ${w.message}`);
    const more = plan.value.preview.unlistedWarnings;
    if (more > 0) io.stderr(`convert: ${more} more warning${more === 1 ? '' : 's'} like these`);
  }
  const changed = new Map(applied.value.map((c) => [c.id, c]));
  const kept = cases.map((c) => changed.get(c.id) ?? c);
  const keptIds = new Set(cases.map((c) => c.id));
  const created = applied.value.filter((c) => !keptIds.has(c.id));
  for (const c of created) {
    io.stderr(`convert: case "${c.id}" is new: titled by its id, with no citation or patient details (CSV has none)`);
  }
  return [...kept, ...created];
}

async function schemaCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parse('schema', args, io, {});
  if (typeof parsed === 'number') return parsed;
  const out = parsed.values.out;
  if (out === undefined || out.trim() === '') {
    return usageError(
      io,
      'schema',
      `--out FILE is required (the repository's is shared/codecs/json/${CASE_FILE_SCHEMA_NAME})`,
    );
  }
  if (!(await makeDir('schema', path.dirname(out), io))) return EXIT.badData;
  return writeAll('schema', [[out, await formatLikeTheRepository(generateCaseFileSchema())]], io);
}

/** Where the repository keeps the published schema; its Prettier settings apply wherever --out points. */
const REPOSITORY_SCHEMA = path.join(import.meta.dirname, '../../shared/codecs/json', CASE_FILE_SCHEMA_NAME);

/**
 * Formats the schema as `npm run format` would, so that `prettier --check` passes on the generated
 * file. Prettier is a development tool: without it the plain JSON is written.
 */
async function formatLikeTheRepository(text: string): Promise<string> {
  try {
    const prettier = await import('prettier');
    const config = await prettier.resolveConfig(REPOSITORY_SCHEMA);
    return await prettier.format(text, { ...config, filepath: REPOSITORY_SCHEMA });
  } catch {
    return text;
  }
}
