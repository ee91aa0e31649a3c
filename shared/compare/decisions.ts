// Which items still need a decision before the two abstractions can be reconciled.
import type { ComparedItem, Comparison, Decision, Decisions } from './compare-types';

/** Items that agree need no decision; every other one does. */
export const needsDecision = (item: ComparedItem): boolean => item.status !== 'agree';

export const isUndecided = (item: ComparedItem, decisions: Decisions): boolean =>
  needsDecision(item) && decisions[item.key] === undefined;

export function firstUndecided(comparison: Comparison, decisions: Decisions): ComparedItem | undefined {
  return comparison.items.find((item) => isUndecided(item, decisions));
}

export function undecidedCount(comparison: Comparison, decisions: Decisions): number {
  let n = 0;
  for (const item of comparison.items) if (isUndecided(item, decisions)) n += 1;
  return n;
}

/**
 * Whether the reconciled case has a row for the item: an item found on one side only is kept when
 * that side is chosen (or it is edited) and left out when the other side is; undefined = undecided.
 */
export function isKept(item: ComparedItem, decision: Decision | undefined): boolean | undefined {
  if (item.status === 'agree') return true;
  if (decision === undefined) return undefined;
  if (decision.choice === 'edited') return true;
  if (item.status === 'left-only') return decision.choice === 'left';
  if (item.status === 'right-only') return decision.choice === 'right';
  return true;
}
