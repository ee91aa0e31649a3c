import { describe, expect, it } from 'vitest';
import { withoutProvenance, type Case } from '../model/case';
import { compareCases } from './compare-cases';
import type { ComparedItem, Comparison, Decision, Decisions } from './compare-types';
import { undecidedCount } from './decisions';
import { plantedCopy } from './planted';
import { reconcileCases } from './reconcile';

const NOW = '2026-12-03T07:00:00.000Z';

const all = (comparison: Comparison, decision: Decision): Decisions =>
  Object.fromEntries(comparison.items.filter((i) => i.status !== 'agree').map((i) => [i.key, decision]));

/** JSON with every object's keys in order, nested ones included: rows built in another order compare equal. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/**
 * Rows as read, for comparing two cases' rows: without ids (the reconciled case names its rows
 * itself), without who made them and when, and without what the reconciliation decided; in a
 * fixed order, since the reconciled case lists rows in the compare view's order.
 */
function readRows(c: Case) {
  const bare = (rows: readonly object[]) =>
    rows
      .map((row) => {
        const { id: _id, ...rest } = withoutProvenance(row) as { id?: string };
        return canonical(rest);
      })
      .sort();
  return {
    citation: c.citation,
    patient: c.patient,
    diagnoses: bare(c.diagnoses),
    events: bare(c.events),
    observations: bare(c.observations),
  };
}

describe('reconcileCases', () => {
  const planted = plantedCopy();
  // The second abstractor's rows say who made them: never a difference.
  planted.right.events = planted.right.events.map((e) => ({ ...e, changedBy: 'D. W.', changedAt: NOW }));
  planted.right.abstractors = ['D. W.'];
  const comparison = compareCases(planted.left, planted.right);
  const input = (decisions: Decisions) => ({
    left: planted.left,
    right: planted.right,
    comparison,
    decisions,
    by: 'Reconciler R.',
    now: NOW,
    newCaseId: 'reconciled-case',
  });

  it('leaves who made a row out of the comparison', () => {
    expect(comparison.items.filter((i) => i.status === 'differ')).toHaveLength(planted.changed.length);
  });

  it('gives the right abstraction’s rows exactly when everything is decided to the right', () => {
    const result = reconcileCases(input(all(comparison, { choice: 'right' })));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(readRows(result.value)).toEqual(readRows(planted.right));
    expect(readRows(result.value)).not.toEqual(readRows(planted.left));
    // Links to events survive, renamed with them.
    const linked = result.value.observations.filter((o) => o.date.relativeTo);
    expect(linked.length).toBe(planted.right.observations.filter((o) => o.date.relativeTo).length);
  });

  it('gives the left abstraction’s rows exactly when everything is decided to the left', () => {
    const result = reconcileCases(input(all(comparison, { choice: 'left' })));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(readRows(result.value)).toEqual(readRows(planted.left));
  });

  it('writes a case whose left has a title near the limit, its title cut to the limit', () => {
    const long = { ...planted.left, title: 'Anti-SRP myopathy '.repeat(28).slice(0, 495) };
    const result = reconcileCases({ ...input(all(comparison, { choice: 'left' })), left: long });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.title).toHaveLength(500);
    expect(result.value.title.endsWith('…')).toBe(true);
  });

  it('writes a new case that names both abstractions, the reconciler, and each row’s decision', () => {
    const before = structuredClone({ left: planted.left, right: planted.right });
    const result = reconcileCases(input(all(comparison, { choice: 'right' })));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const c = result.value;
    expect(c.id).toBe('reconciled-case');
    expect(c.title).toBe(`${planted.left.title} (reconciled)`);
    expect(c.abstractors).toEqual(['Case Abstractor (preloaded)', 'D. W.', 'Reconciler R.']);
    expect(c.reconciliation).toEqual({
      left: { caseId: planted.left.id, title: planted.left.title, abstractors: ['Case Abstractor (preloaded)'] },
      right: { caseId: planted.right.id, title: planted.right.title, abstractors: ['D. W.'] },
      by: 'Reconciler R.',
      at: NOW,
    });
    const ck = c.observations.find((o) => o.id === 'ck-admission');
    expect(ck?.value).toBe(1720);
    expect(ck?.reconciled).toEqual({
      decision: 'right',
      by: 'Reconciler R.',
      at: NOW,
      leftId: 'ck-admission',
      rightId: 'ck-admission',
    });
    expect(c.events.find((e) => e.id === 'fatigue')?.reconciled).toMatchObject({
      decision: 'right',
      rightId: 'fatigue',
    });
    expect(c.events.find((e) => e.id === 'muscle-biopsy')?.reconciled?.decision).toBe('agreed');
    expect([...c.diagnoses, ...c.events, ...c.observations].every((r) => r.reconciled?.by === 'Reconciler R.')).toBe(
      true,
    );
    expect({ left: planted.left, right: planted.right }).toEqual(before);
  });

  it('keeps an edited row, changed by the reconciler', () => {
    const item = comparison.items.find((i) => i.key === 'observation:ck-admission:ck-admission')!;
    const decisions = {
      ...all(comparison, { choice: 'left' }),
      [item.key]: { choice: 'edited', row: { ...item.right!, value: 1700 } } as Decision,
    };
    const result = reconcileCases(input(decisions));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const ck = result.value.observations.find((o) => o.id === 'ck-admission');
    expect(ck).toMatchObject({ value: 1700, changedBy: 'Reconciler R.', changedAt: NOW });
    expect(ck?.reconciled?.decision).toBe('edited');
  });

  it('refuses while an item is undecided, naming the first, and says how many are left', () => {
    const decisions = all(comparison, { choice: 'right' });
    const firstTwo = comparison.items.filter((i) => i.status !== 'agree').slice(0, 2);
    const { [firstTwo[0]!.key]: _a, [firstTwo[1]!.key]: _b, ...rest } = decisions;
    expect(undecidedCount(comparison, rest)).toBe(2);
    expect(undecidedCount(comparison, decisions)).toBe(0);
    const result = reconcileCases(input(rest));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          where: firstTwo[0]!.key,
          message: `"${firstTwo[0]!.summary}" (${firstTwo[0]!.kind}, ${firstTwo[0]!.status.replace('-', ' ')}) is not decided yet: take left, take right or edit it (2 items are left to decide)`,
        },
      ],
    });
  });

  it('names the field of an edited row that does not hold, in the new case', () => {
    const item = comparison.items.find((i) => i.key === 'observation:ck-admission:ck-admission')!;
    const { unit: _unit, ...withoutUnit } = item.right as { unit?: string };
    const decisions = {
      ...all(comparison, { choice: 'left' }),
      [item.key]: { choice: 'edited', row: withoutUnit } as Decision,
    };
    const result = reconcileCases(input(decisions));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.where).toMatch(/^reconciled case: observations\[\d+\]\.unit$/);
  });

  it('drops a link to an event left out, keeping the date', () => {
    const decisions: Decisions = { ...all(comparison, { choice: 'right' }) };
    // Leave out the first ofatumumab dose: the outcomes dated from it keep their dates, unlinked.
    const dose = comparison.items.find((i) => i.key === 'event:ofatumumab-dose-1:ofatumumab-dose-1')!;
    const without = { ...comparison, items: comparison.items.filter((i) => i !== dose) };
    const result = reconcileCases({ ...input(decisions), comparison: without });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const outcome = result.value.events.find((e) => e.id === 'outcome-2-weeks');
    expect(outcome?.start).toEqual({ date: '2022-09-19', approximate: true });
  });

  it('gives rows both sides call by one id ids of their own', () => {
    const item = comparison.items.find((i) => i.key === 'event:ofatumumab-dose-3:ofatumumab-dose-3')!;
    // Keep both readings: the right's as the pair's row, the left's as an edited copy of a left-only item.
    const { right: _right, ...leftPart } = item;
    const extra: ComparedItem = { ...leftPart, key: 'event:ofatumumab-dose-3:-', status: 'left-only' };
    const withExtra = { ...comparison, items: [...comparison.items, extra] };
    const result = reconcileCases({
      ...input({ ...all(comparison, { choice: 'right' }), [extra.key]: { choice: 'left' } }),
      comparison: withExtra,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.events.filter((e) => e.label === 'Ofatumumab dose 3').map((e) => e.id)).toEqual([
      'ofatumumab-dose-3',
      'ofatumumab-dose-3-2',
    ]);
  });
});
