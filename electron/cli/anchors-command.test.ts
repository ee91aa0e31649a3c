import { access, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCaseFile } from '../../shared/codecs/json/case-file';
import { anchorFromSelection } from '../../shared/evidence/create-anchor';
import type { Case } from '../../shared/model/case';
import type { EvidenceAnchor } from '../../shared/model/evidence';
import { createSeedCase, SEED_CASE_ID } from '../../shared/seed/seed-case';
import { fingerprintText } from '../../shared/sources/fingerprint';
import { normaliseText } from '../../shared/sources/normalise';
import { EXIT, runCli, type CliIo } from './cli';
import { createNodeIo } from './node-io';

/** The seed report beside every clone (never in the repository: not ours to redistribute). */
const SEED_REPORT = path.join(import.meta.dirname, '../../../shared/seed/case-report.txt');

const REPORT =
  'A 61-year-old woman was admitted on 22 August 2022.\r\nPrednisone 60 mg/day and tacrolimus 3 mg/day were given.\r\n' +
  'Her creatine kinase was 1620 U/l.';

function testIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...createNodeIo(), stdout: (line) => out.push(line), stderr: (line) => err.push(line) };
  return { io, out, err };
}

async function anchorIn(raw: string, words: string, keepQuote = true): Promise<EvidenceAnchor> {
  const text = normaliseText(raw);
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in the text`);
  const made = anchorFromSelection({ text, fingerprint: await fingerprintText(text) }, start, start + words.length, {
    keepQuote,
  });
  if (!made.ok) throw new Error(made.problems[0]!.message);
  return made.value;
}

/** The seed case with evidence on its first event, first observation and first diagnosis. */
function seedWith(evidence: {
  event?: EvidenceAnchor[];
  observation?: EvidenceAnchor[];
  diagnosis?: EvidenceAnchor[];
}) {
  // The preloaded case's own evidence points into the seed report: left out, so each test says what it anchors.
  const seed = createSeedCase();
  const withEvidence = <T extends { evidence?: EvidenceAnchor[] | undefined }>(
    row: T,
    anchors?: EvidenceAnchor[],
  ): T => {
    const { evidence: _seedEvidence, ...bare } = row;
    return (anchors === undefined ? bare : { ...bare, evidence: anchors }) as T;
  };
  const given = [...(evidence.event ?? []), ...(evidence.observation ?? []), ...(evidence.diagnosis ?? [])];
  const c: Case = {
    ...seed,
    sources: [...new Set(given.map((anchor) => anchor.source))].map((fingerprint, i) => ({
      fingerprint,
      name: `report-${i + 1}.txt`,
      kind: 'text' as const,
      normaliserVersion: 1,
    })),
    events: seed.events.map((e, i) => withEvidence(e, i === 0 ? evidence.event : undefined)),
    observations: seed.observations.map((o, i) => withEvidence(o, i === 0 ? evidence.observation : undefined)),
    diagnoses: seed.diagnoses.map((d, i) => withEvidence(d, i === 0 ? evidence.diagnosis : undefined)),
  };
  return c;
}

async function files(c: Case, source: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'cli-anchors-'));
  const caseFile = path.join(dir, 'case.json');
  const sourceFile = path.join(dir, 'report.txt');
  await writeFile(caseFile, encodeCaseFile([c]));
  await writeFile(sourceFile, source);
  return { caseFile, sourceFile };
}

describe('cli anchors', () => {
  it('exits 0 with a one-line summary when every anchor resolves (line ends normalised as the app does)', async () => {
    const c = seedWith({
      event: [await anchorIn(REPORT, 'Prednisone 60 mg/day')],
      observation: [await anchorIn(REPORT, 'creatine kinase was 1620 U/l', false)],
      diagnosis: [await anchorIn(REPORT, 'admitted on 22 August 2022')],
    });
    const { caseFile, sourceFile } = await files(c, REPORT);
    const { io, out, err } = testIo();
    expect(await runCli(['anchors', caseFile, sourceFile], io)).toBe(EXIT.ok);
    expect(err).toEqual([]);
    expect(out).toEqual([`${sourceFile}: 3 anchor(s) of 1 case(s): 3 found at their position, 0 moved, 0 fuzzy`]);
  });

  it('re-anchors against another edition by the quotes, and says how many moved or matched nearly', async () => {
    const c = seedWith({
      event: [await anchorIn(REPORT, 'Prednisone 60 mg/day and tacrolimus')],
      diagnosis: [await anchorIn(REPORT, 'admitted on 22 August 2022')],
    });
    const edition2 = `Case 1.\n${REPORT.replace('and tacrolimus', 'with tacrolimus')}`;
    const { caseFile, sourceFile } = await files(c, edition2);
    const { io, out } = testIo();
    expect(await runCli(['anchors', caseFile, sourceFile], io)).toBe(EXIT.ok);
    expect(out[0]).toMatch(
      /: 2 anchor\(s\) of 1 case\(s\): 0 found at their position, 1 moved, 1 fuzzy \(lowest score 0\.\d+\)$/,
    );
  });

  it('exits 1 naming the case, row kind, row id and label of each orphaned and unresolved anchor, and why', async () => {
    const seed = createSeedCase();
    const c = seedWith({
      event: [await anchorIn(REPORT, 'Prednisone 60 mg/day'), await anchorIn(REPORT, 'tacrolimus 3 mg/day', false)],
      observation: [await anchorIn(REPORT, 'creatine kinase was 1620 U/l')],
    });
    const edition2 = REPORT.replace('creatine kinase was 1620 U/l', 'CK was not measured').replace(
      'Prednisone',
      'Prednisone ',
    );
    const { caseFile, sourceFile } = await files(c, edition2);
    const { io, out, err } = testIo();
    expect(await runCli(['anchors', caseFile, sourceFile], io)).toBe(EXIT.badData);
    expect(out).toEqual([]);
    const event = seed.events[0]!;
    const observation = seed.observations[0]!;
    expect(err).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${SEED_CASE_ID} event ${event.id} "${event.label}": anchor 2 \\(\\d+–\\d+\\) is unresolved: made in another edition of the source`,
        ),
      ),
      expect.stringContaining(
        `${SEED_CASE_ID} observation ${observation.id} "${observation.analyte} ${observation.date.date}": anchor 1`,
      ),
      `${sourceFile}: 3 anchor(s) of 1 case(s): 0 found at their position, 0 moved, 1 fuzzy (lowest score ${
        /score (0\.\d+)/.exec(err.join('\n'))?.[1] ?? '?'
      }), 1 orphaned, 1 unresolved`,
    ]);
    expect(err[1]).toMatch(
      /is orphaned: the quote “creatine kinase was 1620 U\/l” is not in the source \(another edition\)/,
    );
  });

  it('leaves alone anchors into another of the case’s sources, and says how many', async () => {
    const other = await anchorIn('Supplementary table: CK 900 U/l.', 'CK 900 U/l');
    const here = await anchorIn(REPORT, 'Prednisone 60 mg/day');
    const c: Case = {
      ...seedWith({ event: [here, other] }),
      sources: [
        { fingerprint: here.source, name: 'report.txt', kind: 'text', normaliserVersion: 1 },
        { fingerprint: other.source, name: 'supplement.txt', kind: 'text', normaliserVersion: 1 },
      ],
    };
    const { caseFile, sourceFile } = await files(c, REPORT);
    const { io, out } = testIo();
    expect(await runCli(['anchors', caseFile, sourceFile], io)).toBe(EXIT.ok);
    expect(out[0]).toMatch(/1 anchor\(s\) .*; 1 into the case's other sources not checked$/);
  });

  it('resolves position-only anchors into the seed report (as the preloaded case keeps them)', async () => {
    await access(SEED_REPORT).catch(() => {
      throw new Error(`this test needs the seed report at ${SEED_REPORT}`);
    });
    const report = await readFile(SEED_REPORT, 'utf8');
    const c = seedWith({
      // The report prints a thin space between a number and its unit.
      event: [await anchorIn(report, 'Prednisone 60\u2009mg/day', false)],
      diagnosis: [await anchorIn(report, 'admitted to our hospital on 22 August 2022', false)],
    });
    const { io, out } = testIo();
    const { caseFile } = await files(c, '');
    expect(await runCli(['anchors', caseFile, SEED_REPORT], io)).toBe(EXIT.ok);
    expect(out).toEqual([`${SEED_REPORT}: 2 anchor(s) of 1 case(s): 2 found at their position, 0 moved, 0 fuzzy`]);
  });

  it('refuses an empty source, a missing file and a broken case file, naming each', async () => {
    const { caseFile, sourceFile } = await files(seedWith({}), '  \n');
    const broken = path.join(path.dirname(caseFile), 'broken.json');
    await writeFile(broken, '{"format": "case-abstraction", "version": 1, "cases": [{}]}');
    const empty = testIo();
    expect(await runCli(['anchors', caseFile, sourceFile], empty.io)).toBe(EXIT.badData);
    expect(empty.err).toEqual([`${sourceFile} is empty (only spaces and line ends)`]);
    const missing = testIo();
    expect(await runCli(['anchors', caseFile, `${sourceFile}.gone`], missing.io)).toBe(EXIT.badData);
    expect(missing.err[0]).toMatch(/report\.txt\.gone: cannot read: .*ENOENT/);
    const bad = testIo();
    expect(await runCli(['anchors', broken, SEED_REPORT], bad.io)).toBe(EXIT.badData);
    expect(bad.err[0]).toMatch(/broken\.json: cases\[0\]\.\w+: /);
  });

  it.each([[['anchors']], [['anchors', 'case.json']], [['anchors', 'a', 'b', 'c']], [['anchors', '--fix', 'a']]])(
    'exits 2 with its usage on %j',
    async (argv) => {
      const { io, err } = testIo();
      expect(await runCli(argv, io)).toBe(EXIT.usage);
      expect(err.join('\n')).toMatch(/usage: npm run cli -- anchors CASE\.json SOURCE/);
    },
  );

  it('is in the command list of --help', async () => {
    const { io, out } = testIo();
    await runCli(['--help'], io);
    expect(out.join('\n')).toMatch(/anchors CASE\.json SOURCE/);
  });
});
