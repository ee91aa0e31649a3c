// The suggestion worker: runs the engine over a source's text off the window's thread (a 50,000-word
// report takes a second or more), and keeps the finders out of the window's bundle.
import { fail, ok } from '../../../shared/model/result';
import { suggestFacts } from '../../../shared/suggest/suggest-facts';
import type { SuggestReply, SuggestRequest } from './suggest-protocol';

self.onmessage = (event: MessageEvent<SuggestRequest>) => {
  const { id, text, fingerprint, events, patient } = event.data;
  let reply: SuggestReply;
  try {
    const suggestions = suggestFacts(
      { text, fingerprint },
      { events, ...(patient ? { patient } : {}), keepQuote: true },
    );
    reply = { id, result: ok(suggestions) };
  } catch (error) {
    // Shared code returns errors as values; a throw here is a bug, said rather than left hanging.
    reply = { id, result: fail({ where: 'engine', message: error instanceof Error ? error.message : String(error) }) };
  }
  self.postMessage(reply);
};
