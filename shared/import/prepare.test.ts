import { describe, expect, it } from 'vitest';
import { encodeEventsCsv, encodeEvidenceCsv, encodeLabsCsv } from '../codecs/csv/case-csv';
import { encodeCaseFile } from '../codecs/json/case-file';
import { createSeedCase } from '../seed/seed-case';
import { importFormatOf, prepareImport, prepareImportFiles } from './prepare';

const seed = createSeedCase();

describe('importFormatOf', () => {
  it.each([
    ['case.json', '', 'json'],
    ['labs.csv', '{', 'csv'],
    ['export', '\uFEFF  {"format"', 'json'],
    ['export', 'case_id,observation_id', 'csv'],
  ])('reads %s (%j) as %s', (name, text, format) => {
    expect(importFormatOf(name, text)).toBe(format);
  });
});

describe('prepareImport', () => {
  it('plans a JSON file of a stored case as a conflict to resolve', () => {
    const plan = prepareImport('seed.json', encodeCaseFile([seed]), { existing: [seed] });
    expect(plan.ok && plan.value.preview.conflicts).toEqual([seed.id]);
  });

  it('plans a labs CSV into a new case and reports progress up to 1', () => {
    const seen: number[] = [];
    const plan = prepareImport('labs.csv', encodeLabsCsv([seed]), { existing: [] }, (f) => seen.push(f));
    expect(plan.ok && plan.value.preview.totals.observations).toBe(seed.observations.length);
    expect(seen.at(-1)).toBe(1);
  });

  it('names the file in every problem', () => {
    const broken = encodeEventsCsv([seed]).replace('2022-09-05', '2022-09-31');
    const plan = prepareImport('events.csv', broken, { existing: [] });
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.problems.every((p) => p.where.startsWith('events.csv:'))).toBe(true);
    const json = prepareImport('case.json', '{"format":"case-abstraction"', { existing: [] });
    expect(!json.ok && json.problems[0]?.where).toMatch(/^case\.json:1:\d+$/);
  });

  it('names the file in every warning', () => {
    const odd = {
      ...seed,
      observations: [{ id: 'odd', analyte: 'X', date: { date: '2022', approximate: false }, valueText: 'abc' }],
    };
    const json = prepareImport('case.json', encodeCaseFile([odd]), { existing: [] });
    expect(json.ok && json.value.preview.warnings.map((w) => w.where)).toEqual([
      'case.json: cases[0].observations[0].valueText',
    ]);
    const csv = prepareImport('labs.csv', encodeLabsCsv([odd]), { existing: [] });
    expect(csv.ok && csv.value.preview.warnings.map((w) => w.where)).toEqual(['labs.csv:2:10']);
  });
});

describe('prepareImportFiles', () => {
  const fingerprint = 'e'.repeat(64);
  const cited = {
    ...seed,
    sources: [{ fingerprint, name: 'report.txt', kind: 'text' as const, normaliserVersion: 1 }],
    events: seed.events.map((e, i) => (i === 0 ? { ...e, evidence: [{ source: fingerprint, start: 0, end: 4 }] } : e)),
  };
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('plans events, labs and evidence tables as one import, whatever their order', () => {
    const plan = prepareImportFiles(
      [
        { fileName: 'x-evidence.csv', contents: bytes(encodeEvidenceCsv([cited])) },
        { fileName: 'x-labs.csv', contents: bytes(encodeLabsCsv([cited])) },
        { fileName: 'x-events.csv', contents: encodeEventsCsv([cited]) },
      ],
      { existing: [] },
    );
    expect(plan.ok && plan.value.preview.totals).toMatchObject({
      cases: 1,
      events: seed.events.length,
      observations: seed.observations.length,
      evidence:
        1 +
        seed.events.slice(1).reduce((n, e) => n + (e.evidence?.length ?? 0), 0) +
        seed.observations.reduce((n, o) => n + (o.evidence?.length ?? 0), 0),
    });
  });

  it('lists the problems of every file at once, each named by its file', () => {
    const plan = prepareImportFiles(
      [
        { fileName: 'a.csv', contents: 'case_id,event_id\n' },
        { fileName: 'b.csv', contents: bytes('not,a,table\n') },
      ],
      { existing: [] },
    );
    expect(!plan.ok && new Set(plan.problems.map((p) => p.where.split(':')[0]))).toEqual(new Set(['a.csv', 'b.csv']));
  });

  it('imports a JSON case file on its own only', () => {
    const plan = prepareImportFiles(
      [
        { fileName: 'case.json', contents: encodeCaseFile([seed]) },
        { fileName: 'labs.csv', contents: encodeLabsCsv([seed]) },
      ],
      { existing: [] },
    );
    expect(plan).toEqual({
      ok: false,
      problems: [
        {
          where: 'case.json',
          message:
            'a JSON case file is imported on its own: it holds whole cases, and CSV tables would add to them twice',
        },
      ],
    });
  });
});
