// `cli anchors CASE.json SOURCE`: every anchor of every row of the case file resolved against the
// source, as the app resolves them; exit 1 naming each one that cannot be found or checked.
import { decodeCaseFile } from '../../shared/codecs/json/case-file';
import { decodeText } from '../../shared/codecs/text/decode-text';
import type { AnchorSource } from '../../shared/evidence/create-anchor';
import { resolveAnchors, type AnchorStatus } from '../../shared/evidence/resolve-anchor';
import { MAX_TEXT_FILE_BYTES } from '../../shared/ipc/contract';
import type { Case } from '../../shared/model/case';
import type { EvidenceAnchor } from '../../shared/model/evidence';
import { fail, ok, type Result } from '../../shared/model/result';
import { readSource as readSourceDocument } from '../../shared/sources/read-source';
import { EXIT, type CliIo } from './cli';
import { NODE_SOURCE_READERS } from './source-command';

const USAGE = 'usage: npm run cli -- anchors CASE.json SOURCE';

export async function anchorsCommand(args: string[], io: CliIo): Promise<number> {
  if (args.length !== 2 || args.some((a) => a.startsWith('-'))) {
    io.stderr(`anchors: give one case file and one source\n${USAGE}`);
    return EXIT.usage;
  }
  const [caseFile, sourceFile] = args as [string, string];
  const [cases, source] = await Promise.all([readCases(caseFile, io), readSource(sourceFile, io)]);
  const problems = [...(cases.ok ? [] : cases.problems), ...(source.ok ? [] : source.problems)];
  if (!cases.ok || !source.ok) {
    // A source's messages name their file already (as `cli source` prints them).
    for (const p of problems) io.stderr(p.message.startsWith(p.where) ? p.message : `${p.where}: ${p.message}`);
    return EXIT.badData;
  }

  const counts: Record<AnchorStatus | 'otherSource', number> = {
    found: 0,
    moved: 0,
    fuzzy: 0,
    orphaned: 0,
    unresolved: 0,
    otherSource: 0,
  };
  let lowestScore = 1;
  for (const c of cases.value) {
    const rows = rowsWithEvidence(c, source.value.fingerprint);
    const anchors = rows.flatMap((row) => row.anchors);
    const resolved = resolveAnchors(anchors, source.value);
    let next = 0;
    for (const row of rows) {
      counts.otherSource += row.otherSource;
      for (const [n, anchor] of row.anchors.entries()) {
        const result = resolved[next++]!;
        counts[result.status] += 1;
        if (result.status === 'fuzzy') lowestScore = Math.min(lowestScore, result.score);
        if (result.status === 'orphaned' || result.status === 'unresolved') {
          io.stderr(
            `${row.where}: anchor ${n + 1} (${anchor.start}–${anchor.end}) is ${result.status}: ${result.reason}`,
          );
        }
      }
    }
  }
  const checked = counts.found + counts.moved + counts.fuzzy + counts.orphaned + counts.unresolved;
  const failed = counts.orphaned + counts.unresolved;
  const summary = summarise(sourceFile, cases.value.length, checked, counts, lowestScore);
  if (failed > 0) {
    io.stderr(summary);
    return EXIT.badData;
  }
  io.stdout(summary);
  return EXIT.ok;
}

interface RowEvidence {
  /** `case-id event e-3 "Prednisone"`: the row as a reviewer finds it. */
  where: string;
  anchors: EvidenceAnchor[];
  /** Anchors into another of the case's sources, not this one: not checked here. */
  otherSource: number;
}

/**
 * Every row's anchors, diagnoses first, then events and observations as the file has them. Where the
 * case lists this source among several, an anchor into another of them belongs there and is left
 * alone; otherwise (another edition, or the case lists no sources) every anchor is tried here.
 */
function rowsWithEvidence(c: Case, fingerprint: string): RowEvidence[] {
  const listed = new Set((c.sources ?? []).map((s) => s.fingerprint));
  const elsewhere = (a: EvidenceAnchor) => listed.has(fingerprint) && a.source !== fingerprint && listed.has(a.source);
  const row = (kind: string, id: string, label: string, evidence: EvidenceAnchor[] | undefined): RowEvidence[] => {
    if (evidence === undefined || evidence.length === 0) return [];
    return [
      {
        where: `${c.id} ${kind} ${id} ${JSON.stringify(label)}`,
        anchors: evidence.filter((a) => !elsewhere(a)),
        otherSource: evidence.filter(elsewhere).length,
      },
    ];
  };
  return [
    ...c.diagnoses.flatMap((d) => row('diagnosis', d.id, d.label, d.evidence)),
    ...c.events.flatMap((e) => row('event', e.id, e.label, e.evidence)),
    ...c.observations.flatMap((o) => row('observation', o.id, `${o.analyte} ${o.date.date}`, o.evidence)),
  ];
}

function summarise(
  sourceFile: string,
  caseCount: number,
  checked: number,
  counts: Record<AnchorStatus | 'otherSource', number>,
  lowestScore: number,
): string {
  const parts = [`${counts.found} found at their position`, `${counts.moved} moved`];
  parts.push(counts.fuzzy === 0 ? '0 fuzzy' : `${counts.fuzzy} fuzzy (lowest score ${lowestScore})`);
  if (counts.orphaned > 0) parts.push(`${counts.orphaned} orphaned`);
  if (counts.unresolved > 0) parts.push(`${counts.unresolved} unresolved`);
  const other = counts.otherSource === 0 ? '' : `; ${counts.otherSource} into the case's other sources not checked`;
  return `${sourceFile}: ${checked} anchor(s) of ${caseCount} case(s): ${parts.join(', ')}${other}`;
}

async function readCases(file: string, io: CliIo): Promise<Result<Case[]>> {
  const text = await readText(file, io);
  if (!text.ok) return text;
  const decoded = decodeCaseFile(text.value);
  return decoded.ok
    ? decoded
    : fail(...decoded.problems.map((p) => ({ where: `${file}: ${p.where}`, message: p.message })));
}

/** The source as the app reads it (any format, the same normaliser), so its offsets are the app's. */
async function readSource(file: string, io: CliIo): Promise<Result<AnchorSource>> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    return fail({ where: file, message: `cannot read: ${error instanceof Error ? error.message : String(error)}` });
  }
  const read = await readSourceDocument(bytes, file, NODE_SOURCE_READERS);
  return read.ok ? ok({ text: read.value.text, fingerprint: read.value.fingerprint }) : read;
}

async function readText(file: string, io: CliIo): Promise<Result<string>> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    return fail({ where: file, message: `cannot read: ${error instanceof Error ? error.message : String(error)}` });
  }
  if (bytes.byteLength > MAX_TEXT_FILE_BYTES) {
    return fail({
      where: file,
      message: `the file is ${bytes.byteLength} bytes; files over ${MAX_TEXT_FILE_BYTES} bytes are not read`,
    });
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(...decoded.problems.map((p) => ({ where: `${file}:${p.where}`, message: p.message })));
  return ok(decoded.value.text);
}
