import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../model/case';
import { createSeedCase } from '../../seed/seed-case';
import { anyCase } from './arbitrary-case';
import { decodeCaseFile, decodeCaseFileWithSources, encodeCaseFile } from './case-file';

const FINGERPRINT = 'a'.repeat(64);

/** The seed case with its own evidence left out, one source, and an anchor with its quote on its first event. */
function caseWithEvidence(): Case {
  const seed = createSeedCase();
  return {
    ...seed,
    sources: [{ fingerprint: FINGERPRINT, name: 'report.pdf', kind: 'pdf', normaliserVersion: 1 }],
    diagnoses: seed.diagnoses.map(({ evidence: _evidence, ...d }) => d),
    observations: seed.observations.map(({ evidence: _evidence, ...o }) => o),
    events: seed.events.map(({ evidence: _evidence, ...e }, i) =>
      i === 0 ? { ...e, evidence: [{ source: FINGERPRINT, start: 10, end: 15, quote: '20 mg', prefix: 'took ' }] } : e,
    ),
  };
}

describe('encodeCaseFile', () => {
  it('wraps cases in the case-abstraction envelope', () => {
    const file = JSON.parse(encodeCaseFile([createSeedCase()])) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'version', 'cases']);
    expect(file.format).toBe('case-abstraction');
    expect(file.version).toBe(3);
  });

  it('gives the same bytes whatever the key order and event order of the input', () => {
    const seed = createSeedCase();
    const shuffled = Object.fromEntries(Object.entries(seed).reverse()) as typeof seed;
    shuffled.events = [...seed.events]
      .reverse()
      .map((e) => Object.fromEntries(Object.entries(e).reverse()) as typeof e);
    shuffled.observations = [...seed.observations].reverse();
    expect(encodeCaseFile([shuffled])).toBe(encodeCaseFile([seed]));
  });

  it('puts events in chronological order', () => {
    const file = JSON.parse(encodeCaseFile([createSeedCase()])) as {
      cases: { events: { start: { date: string } }[] }[];
    };
    const starts = file.cases[0]!.events.map((e) => e.start.date);
    expect(starts[0]).toBe('2017');
    expect(starts.at(-1)).toBe('2023-03');
  });
});

describe('decodeCaseFile', () => {
  it('reads a version-1 file as version 3 (the CLI corpus file, as an older app exported it)', () => {
    const text = readFileSync(
      path.join(import.meta.dirname, '../../../electron/cli/corpus/valid-case-utf8.json'),
      'utf8',
    );
    expect(text).toContain('"version": 1');
    const decoded = decodeCaseFile(text);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(decoded.value.map((c) => c.schemaVersion)).toEqual(decoded.value.map(() => 3));
  });

  it('refuses a file newer than the app, naming the versions it reads', () => {
    expect(decodeCaseFile('{"format":"case-abstraction","version":4,"cases":[]}')).toEqual({
      ok: false,
      problems: [
        {
          where: 'version',
          message: 'version 4 is newer than this Case Abstractor reads (1 to 3): update the app to open it',
        },
      ],
    });
  });

  it('keeps evidence and sources through a round trip', () => {
    const text = encodeCaseFile([caseWithEvidence()]);
    const decoded = decodeCaseFile(text);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value[0]!.sources).toEqual(caseWithEvidence().sources);
    expect(decoded.value[0]!.events.flatMap((e) => e.evidence ?? [])).toEqual([
      { source: FINGERPRINT, start: 10, end: 15, quote: '20 mg', prefix: 'took ' },
    ]);
    expect(encodeCaseFile(decoded.value)).toBe(text);
  });

  it('gives back any valid case, evidence and sources included, byte for byte', () => {
    fc.assert(
      fc.property(fc.uniqueArray(anyCase(), { selector: (c) => c.id, maxLength: 3 }), (cases) => {
        const text = encodeCaseFile(cases);
        const decoded = decodeCaseFile(text);
        expect(decoded.ok).toBe(true);
        if (decoded.ok) expect(encodeCaseFile(decoded.value)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses evidence naming a source the case does not list, at the anchor’s path', () => {
    const file = JSON.parse(encodeCaseFile([caseWithEvidence()])) as { cases: { sources?: unknown }[] };
    delete file.cases[0]!.sources;
    const decoded = decodeCaseFile(JSON.stringify(file));
    expect(decoded).toEqual({
      ok: false,
      problems: [
        {
          where: 'cases[0].events[0].evidence[0].source',
          message:
            "evidence names source aaaaaaaaaaaa…, which is not in the case's sources: add the source to the case first",
        },
      ],
    });
  });

  it('refuses a quote that does not span its positions', () => {
    const c = caseWithEvidence();
    const file = JSON.parse(encodeCaseFile([c])) as { cases: { events: { evidence?: { end: number }[] }[] }[] };
    file.cases[0]!.events[0]!.evidence![0]!.end = 16;
    const decoded = decodeCaseFile(JSON.stringify(file));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.problems[0]?.where).toBe('cases[0].events[0].evidence[0].quote');
  });

  it('gives back exactly the cases that were encoded', () => {
    const text = encodeCaseFile([createSeedCase()]);
    const decoded = decodeCaseFile(text);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(encodeCaseFile(decoded.value)).toBe(text);
  });

  it('reports the line and column of broken JSON', () => {
    const decoded = decodeCaseFile('{\n  "format": "case-abstraction",\n  "version": 1,,\n}');
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.problems[0]?.where).toMatch(/^line 3, column \d+$/);
  });

  it('lists every problem at once, each with its JSON path', () => {
    const seed = createSeedCase();
    const file = JSON.parse(encodeCaseFile([seed])) as { cases: Record<string, unknown>[] };
    const c = file.cases[0] as { events: { id: string; start: { date: string } }[]; observations: { unit?: string }[] };
    const vaccine = c.events.findIndex((e) => e.id === 'covid-19-vaccine-dose-1');
    c.events[vaccine]!.start.date = '2022-13';
    delete c.observations[4]!.unit;
    const decoded = decodeCaseFile(JSON.stringify(file));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.problems.map((p) => p.where)).toEqual([
        `cases[0].events[${vaccine}].start.date`,
        'cases[0].observations[4].unit',
      ]);
    }
  });

  it('refuses a relative date that does not follow from its anchor', () => {
    const file = JSON.parse(encodeCaseFile([createSeedCase()])) as {
      cases: { events: { id: string; start: { date: string } }[] }[];
    };
    const events = file.cases[0]!.events;
    const outcome = events.findIndex((e) => e.id === 'outcome-2-weeks');
    events[outcome]!.start.date = '2022-09-20';
    const decoded = decodeCaseFile(JSON.stringify(file));
    expect(decoded).toEqual({
      ok: false,
      problems: [
        {
          where: `cases[0].events[${outcome}].start`,
          message: 'start date does not follow from its anchor event: expected 2022-09-19 (approximate)',
        },
      ],
    });
  });

  it('refuses another format and duplicate case ids', () => {
    expect(decodeCaseFile('{"format":"other","version":1,"cases":[]}').ok).toBe(false);
    const seed = createSeedCase();
    const twice = encodeCaseFile([seed]).replace(
      /"cases": \[\n([\s\S]*)\n {2}\]/,
      (_m, body: string) => `"cases": [\n${body},\n${body}\n  ]`,
    );
    const decoded = decodeCaseFile(twice);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok)
      expect(decoded.problems[0]).toEqual({
        where: 'cases[1].id',
        message: `duplicate case id "${seed.id}" (also cases[0])`,
      });
  });
});

describe('source text in a case file', () => {
  const text = {
    fingerprint: FINGERPRINT,
    name: 'report.pdf',
    kind: 'pdf' as const,
    normaliserVersion: 1,
    text: 'He took 20 mg daily.',
  };

  it('is written only when given, after the cases, and read back', () => {
    expect(encodeCaseFile([caseWithEvidence()])).not.toContain('"text"');
    const file = encodeCaseFile([caseWithEvidence()], { sources: [text] });
    expect(Object.keys(JSON.parse(file) as object)).toEqual(['format', 'version', 'cases', 'sources']);
    const decoded = decodeCaseFileWithSources(file);
    expect(decoded.ok && decoded.value.sources).toEqual([text]);
  });

  it('is refused for a source no case in the file lists', () => {
    const file = JSON.parse(encodeCaseFile([caseWithEvidence()], { sources: [text] })) as {
      sources: { fingerprint: string }[];
    };
    file.sources[0]!.fingerprint = 'b'.repeat(64);
    expect(decodeCaseFile(JSON.stringify(file))).toEqual({
      ok: false,
      problems: [
        { where: 'sources[0].fingerprint', message: 'source bbbbbbbbbbbb… is not a source of any case in the file' },
      ],
    });
  });
});
