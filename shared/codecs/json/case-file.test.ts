import { describe, expect, it } from 'vitest';
import { createSeedCase } from '../../seed/seed-case';
import { decodeCaseFile, encodeCaseFile } from './case-file';

describe('encodeCaseFile', () => {
  it('wraps cases in the case-abstraction envelope', () => {
    const file = JSON.parse(encodeCaseFile([createSeedCase()])) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'version', 'cases']);
    expect(file.format).toBe('case-abstraction');
    expect(file.version).toBe(1);
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
