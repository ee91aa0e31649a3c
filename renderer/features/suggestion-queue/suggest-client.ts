// Asks the suggestion worker for a source's suggestions: one worker for the window, started the
// first time the queue shows, and only the latest question answered (an older one is superseded).
import { fail, type Result } from '../../../shared/model/result';
import type { Suggestion } from '../../../shared/suggest/suggestion';
import { isSuggestReply, type SuggestRequest } from './suggest-protocol';

let worker: Worker | undefined;
const pending = new Map<number, (result: Result<Suggestion[]>) => void>();
let nextId = 1;

function suggestWorker(): Worker {
  if (worker) return worker;
  const current = new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module' });
  current.onmessage = (event: MessageEvent<unknown>) => {
    if (!isSuggestReply(event.data)) return;
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data.result);
  };
  const stop = (detail: string) => {
    current.terminate();
    if (worker === current) worker = undefined;
    for (const [id, resolve] of pending) {
      pending.delete(id);
      resolve(fail({ where: 'engine', message: `the report could not be read for suggestions: ${detail}` }));
    }
  };
  current.onerror = (event) => stop(event.message || 'the suggestion reader stopped');
  current.onmessageerror = () => stop('a message from the suggestion reader could not be read');
  worker = current;
  return current;
}

export function requestSuggestions(request: Omit<SuggestRequest, 'id'>): Promise<Result<Suggestion[]>> {
  return new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    suggestWorker().postMessage({ ...request, id } satisfies SuggestRequest);
  });
}
