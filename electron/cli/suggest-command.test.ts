// Specification of `cli suggest`: the engine's proposals for a source file, one JSON line each.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCaseFile } from '../../shared/codecs/json/case-file';
import { resolveAnchor } from '../../shared/evidence/resolve-anchor';
import type { Case } from '../../shared/model/case';
import { createSeedCase } from '../../shared/seed/seed-case';
import { fingerprintText } from '../../shared/sources/fingerprint';
import { EXIT, runCli, type CliIo } from './cli';
import { createNodeIo } from './node-io';
import { chooseCase, type SuggestionLine } from './suggest-command';

/** Invented report-like lines: a dated lab, a dosed treatment, a lab dated only relative to it. */
const REPORT =
  'A 58-year-old man was admitted on 14 March 2021 with proximal weakness.\n\n' +
  'On admission, CK was 1620 U/l and ALT 312.0 U/L.\n\n' +
  'Oral prednisone 60 mg/day was started on 16 March 2021.\n\n' +
  'Two weeks later, CK was 480 U/l.\n';

function testIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...createNodeIo(), stdout: (line) => out.push(line), stderr: (line) => err.push(line) };
  return { io, out, err };
}

/** A case with no evidence and no sources: one that does not list the report. */
function unsourced(c: Case, id = c.id): Case {
  const { sources: _sources, ...rest } = c;
  return {
    ...rest,
    id,
    diagnoses: c.diagnoses.map(({ evidence: _e, ...d }) => d),
    events: c.events.map(({ evidence: _e, ...e }) => e),
    observations: c.observations.map(({ evidence: _e, ...o }) => o),
  };
}

async function dir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'cli-suggest-'));
}

async function fileWith(name: string, content: string | Uint8Array, inDir?: string): Promise<string> {
  const file = path.join(inDir ?? (await dir()), name);
  await writeFile(file, content);
  return file;
}

async function suggest(...argv: string[]) {
  const { io, out, err } = testIo();
  const status = await runCli(['suggest', ...argv], io);
  return { status, out, err, lines: out.map((line) => JSON.parse(line) as SuggestionLine) };
}

describe('cli suggest', () => {
  it('prints one JSON line per suggestion: id, kind, row, missing, guessed, evidence, confidence', async () => {
    const { status, lines, err } = await suggest(await fileWith('report.txt', REPORT));
    expect(status).toBe(EXIT.ok);
    expect(err).toEqual([]);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['id', 'kind', 'row', 'missing', 'guessed', 'evidence', 'confidence']);
      expect(['observation', 'event']).toContain(line.kind);
      expect(line.confidence).toBeGreaterThanOrEqual(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
      // The row has only fields found: nothing printed as undefined or null.
      expect(Object.values(line.row).every((v) => v !== undefined && v !== null)).toBe(true);
    }
  });

  it('reads the lab and the dosed treatment of the report, each anchored to its words', async () => {
    const file = await fileWith('report.txt', REPORT);
    const { lines } = await suggest(file);
    const source = { text: REPORT, fingerprint: await fingerprintText(REPORT) };
    const ck = lines.find((l) => l.kind === 'observation' && l.row.value === 1620);
    expect(ck?.row).toMatchObject({ unit: 'U/L' });
    expect(ck?.evidence.source).toBe(source.fingerprint);
    const words = resolveAnchor(ck!.evidence, source);
    expect(words.status).toBe('found');
    if (words.status === 'found') expect(REPORT.slice(words.start, words.end)).toContain('1620');

    const prednisone = lines.find((l) => l.kind === 'event' && /prednisone/i.test(String(l.row.label)));
    expect(prednisone?.row.dose).toMatchObject({ value: 60, unit: 'mg' });
  });

  it('prints the same lines for the same text, whatever the file is called; ids derive from the evidence', async () => {
    const first = await suggest(await fileWith('a.txt', REPORT));
    const again = await suggest(await fileWith('b.txt', REPORT));
    expect(again.out).toEqual(first.out);
    const fingerprint = await fingerprintText(REPORT);
    for (const line of first.lines) {
      expect(line.id).toMatch(new RegExp(`^sg-${fingerprint.slice(0, 12)}-[oe]-\\d+-\\d+`));
    }
    expect(new Set(first.lines.map((l) => l.id)).size).toBe(first.lines.length);
    // Another text: other ids.
    const other = await suggest(await fileWith('c.txt', `${REPORT}\nCK was 300 U/l at discharge.\n`));
    expect(other.lines.map((l) => l.id)).not.toContain(first.lines[0]!.id);
  });

  it('without --case, dates a fact from the dates of the same source or lists the date as missing', async () => {
    const { lines } = await suggest(await fileWith('report.txt', REPORT));
    for (const line of lines) {
      const dated = line.kind === 'observation' ? line.row.date : line.row.start;
      const missing = line.missing.includes(line.kind === 'observation' ? 'date' : 'start');
      expect(dated === undefined).toBe(missing);
    }
    const started = lines.find((l) => l.kind === 'event' && /prednisone/i.test(String(l.row.label)));
    expect(started?.row.start).toMatchObject({ date: '2021-03-16' });
  });

  it('a source with no dates lists every fact’s date as missing, and invents none', async () => {
    const { lines } = await suggest(
      await fileWith('undated.txt', 'CK was 1620 U/l. Prednisone 60 mg/day was given.\n'),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.missing).toContain(line.kind === 'observation' ? 'date' : 'start');
    }
  });

  it('without --case, links a relative date to the fact of the same source it counts from', async () => {
    const { lines } = await suggest(await fileWith('report.txt', REPORT));
    const prednisone = lines.find((l) => l.kind === 'event' && /prednisone/i.test(String(l.row.label)));
    const later = lines.find((l) => l.kind === 'observation' && l.row.value === 480);
    expect(later?.row.date).toMatchObject({
      date: '2021-03-30',
      relativeTo: { eventId: prednisone!.id, amount: 2, unit: 'weeks', direction: 'after' },
    });
  });

  it('with --case, dates what the source counts from the case’s events; without, lists the date as missing', async () => {
    const folder = await dir();
    const source = await fileWith('follow-up.txt', 'Three days after admission, CK was 900 U/l.\n', folder);
    const seed = unsourced(createSeedCase());
    const admission = seed.events.find((e) => e.kind === 'admission')!;
    const caseFile = await fileWith('case.json', encodeCaseFile([seed]), folder);

    const alone = await suggest(source);
    expect(alone.lines.map((l) => [l.row.value, l.row.date, l.missing])).toEqual([[900, undefined, ['date']]]);

    const withCase = await suggest(source, '--case', caseFile);
    expect(withCase.err).toEqual([]);
    expect(withCase.status).toBe(EXIT.ok);
    expect(withCase.lines).toHaveLength(1);
    expect(withCase.lines[0]!.row.date).toMatchObject({
      relativeTo: { eventId: admission.id, amount: 3, unit: 'days', direction: 'after' },
    });
    expect(withCase.lines[0]!.missing).toEqual([]);
    // The same evidence, so the same id, with or without the case.
    expect(withCase.lines[0]!.id).toBe(alone.lines[0]!.id);
  });

  it('with --case, a file of several cases needs --case-id unless one case lists the source', async () => {
    const seed = createSeedCase();
    const folder = await dir();
    const caseFile = await fileWith(
      'cases.json',
      encodeCaseFile([unsourced(seed), unsourced(seed, 'other-case')]),
      folder,
    );
    const source = await fileWith('report.txt', REPORT, folder);

    const unsure = await suggest(source, '--case', caseFile);
    expect(unsure.status).toBe(EXIT.badData);
    expect(unsure.out).toEqual([]);
    expect(unsure.err).toEqual([
      `${caseFile}: the file holds 2 cases and none of them lists this source: choose one with --case-id ("${seed.id}", "other-case")`,
    ]);

    const named = await suggest(source, '--case', caseFile, '--case-id', 'other-case');
    expect(named.status).toBe(EXIT.ok);
    const unknown = await suggest(source, '--case', caseFile, '--case-id', 'nope');
    expect(unknown.status).toBe(EXIT.badData);
    expect(unknown.err[0]).toBe(`${caseFile}: no case "nope" in the file (its cases: "${seed.id}", "other-case")`);
  });

  it('exits 1 naming the file and the place for a source or case file it cannot use', async () => {
    const folder = await dir();
    const source = await fileWith('report.txt', REPORT, folder);
    const missing = await suggest(path.join(folder, 'gone.txt'));
    expect(missing.status).toBe(EXIT.badData);
    expect(missing.err[0]).toMatch(/gone\.txt: cannot read: .*ENOENT/);

    const image = await suggest(await fileWith('photo.pdf', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), folder));
    expect(image.status).toBe(EXIT.badData);
    expect(image.err[0]).toMatch(/photo\.pdf/);

    const notJson = await fileWith('broken.json', '{"format": "case-abstraction",\n  "version": oops\n}', folder);
    const broken = await suggest(source, '--case', notJson);
    expect(broken.status).toBe(EXIT.badData);
    expect(broken.err[0]).toMatch(/broken\.json: .*not valid JSON/);

    const { id: _id, ...noId } = createSeedCase();
    const invalid = await fileWith(
      'invalid.json',
      JSON.stringify({ format: 'case-abstraction', version: 2, cases: [noId] }),
      folder,
    );
    const wrong = await suggest(source, '--case', invalid);
    expect(wrong.status).toBe(EXIT.badData);
    expect(wrong.err[0]).toMatch(/invalid\.json: cases\[0\]\.id: /);
    expect(wrong.out).toEqual([]);
  });

  it.each([
    [[]],
    [['a.txt', 'b.txt']],
    [['a.txt', '--case-id', 'x']],
    [['a.txt', '--out', 'x']],
    [['a.txt', '--case']],
  ])('exits 2 with its usage on %j', async (argv) => {
    const { status, err } = await suggest(...argv);
    expect(status).toBe(EXIT.usage);
    expect(err.join('\n')).toMatch(/usage: npm run cli -- suggest SOURCE \[--case CASE\.json\]/);
  });

  it('is in the command list of --help', async () => {
    const { io, out } = testIo();
    await runCli(['--help'], io);
    expect(out.join('\n')).toMatch(/suggest SOURCE \[--case CASE\.json\]/);
  });
});

describe('chooseCase', () => {
  const seed = createSeedCase();
  const fingerprint = seed.sources![0]!.fingerprint;
  const stranger = unsourced(seed, 'stranger');

  it('takes the only case of the file', () => {
    expect(chooseCase([stranger], 'f.json', fingerprint, undefined)).toMatchObject({
      ok: true,
      value: { id: 'stranger' },
    });
  });

  it('takes the one case of several that lists the source', () => {
    expect(chooseCase([stranger, seed], 'f.json', fingerprint, undefined)).toMatchObject({
      ok: true,
      value: { id: seed.id },
    });
  });

  it('asks for --case-id when two cases list the source', () => {
    const twin = { ...seed, id: 'twin' };
    const chosen = chooseCase([seed, twin], 'f.json', fingerprint, undefined);
    expect(chosen.ok).toBe(false);
    if (!chosen.ok)
      expect(chosen.problems[0]!.message).toMatch(/2 of them list this source: choose one with --case-id/);
  });

  it('refuses a file with no case', () => {
    expect(chooseCase([], 'f.json', fingerprint, undefined)).toEqual({
      ok: false,
      problems: [{ where: 'f.json', message: 'the file holds no case' }],
    });
  });
});
