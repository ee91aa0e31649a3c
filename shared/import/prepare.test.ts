import { describe, expect, it } from 'vitest';
import { encodeEventsCsv, encodeLabsCsv } from '../codecs/csv/case-csv';
import { encodeCaseFile } from '../codecs/json/case-file';
import { createSeedCase } from '../seed/seed-case';
import { importFormatOf, prepareImport } from './prepare';

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
