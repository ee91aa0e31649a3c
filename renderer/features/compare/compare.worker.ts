// The compare worker: pairs two abstractions off the window's thread (two cases of 5,000 rows take
// a few hundred milliseconds), and keeps the pairing and munkres out of the window's bundle.
import { compareCases } from '../../../shared/compare/compare-cases';
import { fail, ok } from '../../../shared/model/result';
import { compareRequestProblem, toWire, type CompareReply, type CompareRequest } from './compare-protocol';

self.onmessage = (event: MessageEvent<unknown>) => {
  const problem = compareRequestProblem(event.data);
  const id = (event.data as { id?: unknown } | null)?.id;
  let reply: CompareReply;
  if (problem !== undefined) {
    reply = { id: typeof id === 'number' ? id : -1, result: fail({ where: 'compare', message: problem }) };
  } else {
    const { left, right } = event.data as CompareRequest;
    try {
      reply = { id: id as number, result: ok(toWire(compareCases(left, right), left, right)) };
    } catch (error) {
      // Shared code returns errors as values; a throw here is a bug, said rather than left hanging.
      const message = error instanceof Error ? error.message : String(error);
      reply = { id: id as number, result: fail({ where: 'compare', message }) };
    }
  }
  self.postMessage(reply);
};
