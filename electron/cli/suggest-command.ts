// `cli suggest SOURCE [--case CASE.json] [--case-id ID]`: the suggestion engine's proposals for a
// source, one JSON line each, by the same reading (shared/sources/read-source.ts) and the same engine
// (shared/suggest/suggest-facts.ts) as the app's worker. Nothing is written anywhere.
import { parseArgs } from 'node:util';
import { decodeCaseFile } from '../../shared/codecs/json/case-file';
import { decodeText } from '../../shared/codecs/text/decode-text';
import type { AnchorSource } from '../../shared/evidence/create-anchor';
import { MAX_TEXT_FILE_BYTES } from '../../shared/ipc/contract';
import { ObservationSchema, TimelineEventSchema, type Case } from '../../shared/model/case';
import { fail, ok, type Problem, type Result } from '../../shared/model/result';
import { readSource } from '../../shared/sources/read-source';
import { suggestFacts, type SuggestOptions } from '../../shared/suggest/suggest-facts';
import type { Suggestion } from '../../shared/suggest/suggestion';
import { EXIT, type CliIo } from './cli';
import { NODE_SOURCE_READERS } from './source-command';

const SYNOPSIS = 'suggest SOURCE [--case CASE.json]';

/** Its lines in the CLI's usage text, aligned with the other commands'. */
export const SUGGEST_USAGE =
  `${SYNOPSIS.padEnd(38)}the facts the app would suggest from a source, one JSON\n` +
  `${' '.repeat(40)}line each: {"id", "kind", "row", "missing", "guessed",\n` +
  `${' '.repeat(40)}"evidence", "confidence"}; with --case, relative dates\n` +
  `${' '.repeat(40)}link to the case's events and patient (--case-id ID\n` +
  `${' '.repeat(40)}when the file holds several cases); ids derive from the\n` +
  `${' '.repeat(40)}evidence, so the same input prints the same lines`;

/** What one printed line holds: the suggestion without its sentence span (the evidence places it). */
export interface SuggestionLine {
  id: string;
  kind: Suggestion['kind'];
  row: Record<string, unknown>;
  missing: string[];
  guessed: string[];
  evidence: Suggestion['evidence'];
  confidence: number;
}

export async function suggestCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { case: { type: 'string' }, 'case-id': { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const [sourceFile, ...more] = parsed.positionals;
  if (sourceFile === undefined || more.length > 0) return usage(io, 'give one source file');
  const caseFile = parsed.values.case;
  const caseId = parsed.values['case-id'];
  if (caseId !== undefined && caseFile === undefined) return usage(io, '--case-id needs --case CASE.json');

  const source = await readSourceFile(sourceFile, io);
  const cases = caseFile === undefined ? ok<Case[]>([]) : await readCases(caseFile, io);
  if (!source.ok || !cases.ok) {
    printProblems(io, [...(source.ok ? [] : source.problems), ...(cases.ok ? [] : cases.problems)]);
    return EXIT.badData;
  }
  let options: SuggestOptions = {};
  if (caseFile !== undefined) {
    const chosen = chooseCase(cases.value, caseFile, source.value.fingerprint, caseId);
    if (!chosen.ok) {
      printProblems(io, chosen.problems);
      return EXIT.badData;
    }
    options = { events: chosen.value.events, patient: chosen.value.patient };
  }
  for (const suggestion of suggestFacts(source.value, options)) io.stdout(JSON.stringify(suggestionLine(suggestion)));
  return EXIT.ok;
}

/** The printed form: the row's fields in the order the JSON codec writes a row's. */
export function suggestionLine(s: Suggestion): SuggestionLine {
  const order = Object.keys(s.kind === 'observation' ? ObservationSchema.shape : TimelineEventSchema.shape);
  const fields = s.row as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const key of [...order, ...Object.keys(fields).filter((k) => !order.includes(k))]) {
    if (fields[key] !== undefined) row[key] = fields[key];
  }
  return {
    id: s.id,
    kind: s.kind,
    row,
    missing: s.missing,
    guessed: s.guessed,
    evidence: s.evidence,
    confidence: s.confidence,
  };
}

/**
 * The case whose timeline dates the suggestions: the one --case-id names; else the only case of the
 * file; else the only one that lists this source among its sources. Anything else is a question only
 * the user can answer, so the problem lists the ids to choose from.
 */
export function chooseCase(
  cases: readonly Case[],
  file: string,
  fingerprint: string,
  caseId: string | undefined,
): Result<Case> {
  const ids = cases.map((c) => `"${c.id}"`).join(', ');
  if (caseId !== undefined) {
    const named = cases.find((c) => c.id === caseId);
    return named
      ? ok(named)
      : fail({ where: file, message: `no case "${caseId}" in the file (its cases: ${ids || 'none'})` });
  }
  if (cases.length === 1) return ok(cases[0]!);
  if (cases.length === 0) return fail({ where: file, message: 'the file holds no case' });
  const citing = cases.filter((c) => (c.sources ?? []).some((s) => s.fingerprint === fingerprint));
  if (citing.length === 1) return ok(citing[0]!);
  const why = citing.length === 0 ? 'none of them lists this source' : `${citing.length} of them list this source`;
  return fail({
    where: file,
    message: `the file holds ${cases.length} cases and ${why}: choose one with --case-id (${ids})`,
  });
}

function printProblems(io: CliIo, problems: readonly Problem[]): void {
  // A source's messages name their file already (as `cli source` prints them).
  for (const p of problems) io.stderr(p.message.startsWith(p.where) ? p.message : `${p.where}: ${p.message}`);
}

async function readBytes(file: string, io: CliIo): Promise<Result<Uint8Array>> {
  try {
    return ok(await io.readFile(file));
  } catch (error) {
    return fail({ where: file, message: `cannot read: ${error instanceof Error ? error.message : String(error)}` });
  }
}

/** The source as the app reads it (any format, the same normaliser), so the anchors' offsets are the app's. */
async function readSourceFile(file: string, io: CliIo): Promise<Result<AnchorSource>> {
  const bytes = await readBytes(file, io);
  if (!bytes.ok) return bytes;
  const read = await readSource(bytes.value, file, NODE_SOURCE_READERS);
  return read.ok ? ok({ text: read.value.text, fingerprint: read.value.fingerprint }) : read;
}

async function readCases(file: string, io: CliIo): Promise<Result<Case[]>> {
  const bytes = await readBytes(file, io);
  if (!bytes.ok) return bytes;
  if (bytes.value.byteLength > MAX_TEXT_FILE_BYTES) {
    return fail({
      where: file,
      message: `the file is ${bytes.value.byteLength} bytes; files over ${MAX_TEXT_FILE_BYTES} bytes are not read`,
    });
  }
  const text = decodeText(bytes.value);
  if (!text.ok) return fail(...text.problems.map((p) => ({ where: `${file}:${p.where}`, message: p.message })));
  const decoded = decodeCaseFile(text.value.text);
  return decoded.ok
    ? decoded
    : fail(...decoded.problems.map((p) => ({ where: `${file}: ${p.where}`, message: p.message })));
}

function usage(io: CliIo, message: string): number {
  io.stderr(`suggest: ${message}\nusage: npm run cli -- ${SYNOPSIS} [--case-id ID]`);
  return EXIT.usage;
}
