// Specification of the compare view's list: what shows by default, in which groups, where Enter
// goes next, and how a side reads in one line.
import { describe, expect, it } from 'vitest';
import type { ComparedItem, Comparison, Decisions } from '../../../shared/compare/compare-types';
import { createSeedCase } from '../../../shared/seed/seed-case';
import { isUndecided } from '../../../shared/compare/decisions';
import { compareGroups, nextUndecided, rowLine, stepFrom } from './compare-items';

const seed = createSeedCase();
const item = (key: string, kind: ComparedItem['kind'], status: ComparedItem['status']): ComparedItem => ({
  key,
  kind,
  status,
  differences: [],
  summary: key,
});
const items: ComparedItem[] = [
  item('citation:-:-', 'citation', 'agree'),
  item('patient:-:-', 'patient', 'differ'),
  item('event:a:a2', 'event', 'agree'),
  item('event:b:-', 'event', 'left-only'),
  item('observation:c:c2', 'observation', 'differ'),
  item('observation:-:d2', 'observation', 'right-only'),
  item('diagnosis:e:e2', 'diagnosis', 'differ'),
];
const comparison: Comparison = {
  items,
  agreement: {
    fields: [],
    overall: { compared: 0, agreed: 0, percent: null },
    presence: { both: 0, leftOnly: 0, rightOnly: 0, percent: null },
  },
};

describe('compareGroups', () => {
  it('shows only what needs deciding by default, grouped as details, diagnoses, events, labs', () => {
    const groups = compareGroups(comparison, false);
    expect(groups.map((g) => [g.section, g.items.map((i) => i.key)])).toEqual([
      ['details', ['patient:-:-']],
      ['diagnoses', ['diagnosis:e:e2']],
      ['events', ['event:b:-']],
      ['labs', ['observation:c:c2', 'observation:-:d2']],
    ]);
  });

  it('shows the agreeing items too when asked', () => {
    const shown = compareGroups(comparison, true).flatMap((g) => g.items.map((i) => i.key));
    expect(shown).toHaveLength(items.length);
    expect(shown).toContain('citation:-:-');
  });
});

describe('nextUndecided', () => {
  const shown = compareGroups(comparison, false).flatMap((g) => g.items);
  it('goes on to the next item left to decide, round to the start', () => {
    const decisions: Decisions = { 'diagnosis:e:e2': { choice: 'left' } };
    expect(nextUndecided(shown, decisions, 'patient:-:-')).toBe('event:b:-');
    expect(nextUndecided(shown, decisions, 'observation:-:d2')).toBe('patient:-:-');
  });

  it('is undefined once everything is decided, and agreeing items never need a decision', () => {
    const all: Decisions = Object.fromEntries(shown.map((i) => [i.key, { choice: 'right' as const }]));
    expect(nextUndecided(shown, all, 'patient:-:-')).toBeUndefined();
    expect(isUndecided(items[0]!, {})).toBe(false);
  });
});

describe('stepFrom', () => {
  it('moves one item and stops at the ends', () => {
    expect(stepFrom(items, 'citation:-:-', -1)).toBe('citation:-:-');
    expect(stepFrom(items, 'citation:-:-', 1)).toBe('patient:-:-');
    expect(stepFrom(items, 'diagnosis:e:e2', 1)).toBe('diagnosis:e:e2');
  });
});

describe('rowLine', () => {
  it('reads a lab as the table shows it: analyte, value as reported, unit, date', () => {
    const ckmb = seed.observations.find((o) => o.id === 'ck-mb-admission')!;
    expect(rowLine('observation', ckmb)).toBe('CK-MB >300.0 ug/L · ~Aug 2022');
  });

  it('reads a treatment with its dose, route and frequency', () => {
    const prednisone = seed.events.find((e) => e.id === 'prednisone-2022')!;
    expect(rowLine('event', prednisone)).toMatch(/^Prednisone · .*2022 · 60 mg oral daily$/);
  });

  it('says nothing for the side that has no row', () => {
    expect(rowLine('diagnosis', undefined)).toBe('');
  });
});
