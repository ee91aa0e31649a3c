// Asks the suggestion worker for a source's suggestions: one worker for the window, started the
// first time the queue shows, and only the latest question answered (an older one is superseded).
import { fail, type Result } from '../../../shared/model/result';
import type { Suggestion } from '../../../shared/suggest/suggestion';
import { keptWorker } from '../../platform/kept-worker';
import { isSuggestReply, type SuggestRequest } from './suggest-protocol';

const suggestWorker = keptWorker<Suggestion[]>({
  start: () => new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module' }),
  isReply: isSuggestReply,
  stopped: 'the suggestion reader stopped',
  unreadable: 'a message from the suggestion reader could not be read',
});

export function requestSuggestions(request: Omit<SuggestRequest, 'id'>): Promise<Result<Suggestion[]>> {
  return suggestWorker.ask(
    (id) => ({ ...request, id }) satisfies SuggestRequest,
    (detail) => fail({ where: 'engine', message: `the report could not be read for suggestions: ${detail}` }),
  );
}
