// The open source's suggestions, read in the worker whenever the source or the case's events change
// (relative dates resolve against them). The last answer stays shown while the next is read.
import { useEffect, useState } from 'react';
import type { Patient, TimelineEvent } from '../../../shared/model/case';
import type { Problem } from '../../../shared/model/result';
import type { Suggestion } from '../../../shared/suggest/suggestion';
import type { SourceDocument } from '../../../shared/sources/source-document';
import { requestSuggestions } from './suggest-client';

export type SuggestionsState =
  | { state: 'reading'; suggestions?: undefined }
  | { state: 'read'; fingerprint: string; suggestions: Suggestion[] }
  | { state: 'failed'; problems: Problem[]; suggestions?: undefined };

export function useSuggestions(
  source: SourceDocument | undefined,
  events: readonly TimelineEvent[] | undefined,
  patient: Patient | undefined,
): SuggestionsState {
  const [answer, setAnswer] = useState<SuggestionsState>({ state: 'reading' });
  useEffect(() => {
    if (!source || !events) return;
    let live = true;
    void requestSuggestions({
      text: source.text,
      fingerprint: source.fingerprint,
      events,
      ...(patient ? { patient } : {}),
    }).then((result) => {
      if (!live) return;
      setAnswer(
        result.ok
          ? { state: 'read', fingerprint: source.fingerprint, suggestions: result.value }
          : { state: 'failed', problems: result.problems },
      );
    });
    return () => {
      live = false;
    };
  }, [source, events, patient]);
  // Another source's answer is not this one's.
  if (answer.state === 'read' && answer.fingerprint !== source?.fingerprint) return { state: 'reading' };
  return answer;
}
