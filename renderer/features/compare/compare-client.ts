// Asks the compare worker to pair two abstractions: one worker for the window, started the first
// time a comparison is asked for.
import type { Comparison } from '../../../shared/compare/compare-types';
import type { Case } from '../../../shared/model/case';
import { fail, type Result } from '../../../shared/model/result';
import { fromWire, isCompareReply, type CompareRequest, type WireComparison } from './compare-protocol';

let worker: Worker | undefined;
const pending = new Map<number, (result: Result<WireComparison>) => void>();
let nextId = 1;

function compareWorker(): Worker {
  if (worker) return worker;
  const current = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
  current.onmessage = (event: MessageEvent<unknown>) => {
    if (!isCompareReply(event.data)) return;
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data.result);
  };
  const stop = (detail: string) => {
    current.terminate();
    if (worker === current) worker = undefined;
    for (const [id, resolve] of pending) {
      pending.delete(id);
      resolve(fail({ where: 'compare', message: `the two abstractions could not be compared: ${detail}` }));
    }
  };
  current.onerror = (event) => stop(event.message || 'the compare worker stopped');
  current.onmessageerror = () => stop('a message from the compare worker could not be read');
  worker = current;
  return current;
}

/**
 * The comparison as a Result: problems name where they arose, for the view to show. Its items hold
 * the rows of `left` and `right` themselves, not copies.
 */
export function requestComparison(left: Case, right: Case): Promise<Result<Comparison>> {
  return new Promise<Result<WireComparison>>((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    compareWorker().postMessage({ id, left, right } satisfies CompareRequest);
  }).then((wire) => (wire.ok ? fromWire(wire.value, left, right) : wire));
}

/** Pairs `left` and `right` in the worker; rejects with the problems' messages when it cannot. */
export async function compareInWorker(left: Case, right: Case): Promise<Comparison> {
  const result = await requestComparison(left, right);
  if (result.ok) return result.value;
  throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('; '));
}
