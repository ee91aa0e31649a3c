import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../model/case';
import { FIELDS_BY_KIND } from './compare-types';
import { fieldsOf, signatureOf } from './compared-fields';
import { canPair, pairCost, pairRows, type Entry } from './pair-rows';

const FIELDS = FIELDS_BY_KIND.observation;

function entry(o: Observation, index: number): Entry {
  const fields = fieldsOf('observation', o);
  return {
    index,
    row: o,
    group: 'ck',
    fields,
    signature: signatureOf('observation', fields),
    evidence: undefined,
    number: o.value,
    paired: false,
  };
}

const lab = fc.record({
  date: fc.constantFrom('2021-03-01', '2021-03-05', '2021-04', '2022'),
  value: fc.constantFrom(100, 120, 500),
  unit: fc.constantFrom('U/L', 'U/mL'),
});

/** Every way to pair the left rows with the right ones, one each: the best has most allowed pairs, then least cost. */
function bruteForce(lefts: Entry[], rights: Entry[]): { pairs: number; cost: number } {
  let best = { pairs: 0, cost: 0 };
  const used = new Array<boolean>(rights.length).fill(false);
  const visit = (i: number, pairs: number, cost: number) => {
    if (i === lefts.length) {
      if (pairs > best.pairs || (pairs === best.pairs && cost < best.cost)) best = { pairs, cost };
      return;
    }
    visit(i + 1, pairs, cost); // left i unpaired
    rights.forEach((r, j) => {
      if (used[j] || !canPair('observation', lefts[i]!, r)) return;
      used[j] = true;
      visit(i + 1, pairs + 1, cost + pairCost('observation', FIELDS, lefts[i]!, r));
      used[j] = false;
    });
  };
  visit(0, 0, 0);
  return best;
}

describe('pairRows: the assignment of what identical rows leave', () => {
  it('is optimal: as many pairs as any pairing allows, then the least cost (brute force on up to 5 × 5)', () => {
    fc.assert(
      fc.property(fc.array(lab, { maxLength: 5 }), fc.array(lab, { maxLength: 5 }), (ls, rs) => {
        // Notes of one side only: no row is identical to another, so every row goes to the assignment.
        const rows = (side: string, list: typeof ls) =>
          list.map((l, i) =>
            entry(
              {
                id: `${side}${i}`,
                analyte: 'CK',
                date: { date: l.date, approximate: false },
                value: l.value,
                unit: l.unit,
                notes: `${side}${i}`,
              },
              i,
            ),
          );
        const lefts = rows('l', ls);
        const rights = rows('r', rs);
        const expected = bruteForce(lefts, rights);
        const { pairs } = pairRows('observation', FIELDS, lefts, rights);
        for (const p of pairs) expect(canPair('observation', p.left, p.right)).toBe(true);
        expect(pairs.length).toBe(expected.pairs);
        const cost = pairs.reduce((n, p) => n + pairCost('observation', FIELDS, p.left, p.right), 0);
        expect(cost).toBeCloseTo(expected.cost, 6);
      }),
      { numRuns: 300 },
    );
  });
});
