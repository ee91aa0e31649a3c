// Asks the compare worker to pair two abstractions: one worker for the window, started the first
// time a comparison is asked for.
import type { Comparison } from '../../../shared/compare/compare-types';
import type { Case } from '../../../shared/model/case';
import { fail, type Result } from '../../../shared/model/result';
import { keptWorker } from '../../platform/kept-worker';
import { fromWire, isCompareReply, type CompareRequest, type WireComparison } from './compare-protocol';

const compareWorker = keptWorker<WireComparison>({
  start: () => new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' }),
  isReply: isCompareReply,
  stopped: 'the compare worker stopped',
  unreadable: 'a message from the compare worker could not be read',
});

/**
 * The comparison as a Result: problems name where they arose, for the view to show. Its items hold
 * the rows of `left` and `right` themselves, not copies.
 */
export function requestComparison(left: Case, right: Case): Promise<Result<Comparison>> {
  return compareWorker
    .ask(
      (id) => ({ id, left, right }) satisfies CompareRequest,
      (detail) => fail({ where: 'compare', message: `the two abstractions could not be compared: ${detail}` }),
    )
    .then((wire) => (wire.ok ? fromWire(wire.value, left, right) : wire));
}

/** Pairs `left` and `right` in the worker; rejects with the problems' messages when it cannot. */
export async function compareInWorker(left: Case, right: Case): Promise<Comparison> {
  const result = await requestComparison(left, right);
  if (result.ok) return result.value;
  throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('; '));
}
