// The open source's suggestions, read in the worker whenever the source or the case's events change
// (relative dates resolve against them). The last answer stays shown while the next is read.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Patient, TimelineEvent } from '../../../shared/model/case';
import type { Problem } from '../../../shared/model/result';
import type { Suggestion } from '../../../shared/suggest/suggestion';
import type { SourceDocument } from '../../../shared/sources/source-document';
import { requestSuggestions } from './suggest-client';

export type SuggestionsState =
  | { state: 'reading'; suggestions?: undefined }
  | { state: 'read'; fingerprint: string; suggestions: Suggestion[] }
  | { state: 'failed'; problems: Problem[]; suggestions?: undefined };

/**
 * What of the case the engine reads: each event's id, kind, label and start (relative dates link to
 * them), and the patient's age. The case's rows and header are new objects after every edit; an
 * edit of a note, a dose or a lab changes none of this, and the engine is not run again for it.
 */
export function readByEngine(events: readonly TimelineEvent[] | undefined, patient: Patient | undefined): string {
  if (events === undefined) return '';
  const starts = events.map((e) => [e.id, e.kind, e.label, e.start.date, e.start.approximate]);
  return JSON.stringify([starts, patient?.ageAtPresentation ?? null]);
}

export function useSuggestions(
  source: SourceDocument | undefined,
  events: readonly TimelineEvent[] | undefined,
  patient: Patient | undefined,
): SuggestionsState {
  const [answer, setAnswer] = useState<SuggestionsState>({ state: 'reading' });
  const read = useMemo(() => readByEngine(events, patient), [events, patient]);
  // The latest rows, for the run `read` starts: a change the engine does not read starts none.
  const latest = useRef({ events, patient });
  useLayoutEffect(() => {
    latest.current = { events, patient };
  }, [events, patient]);
  useEffect(() => {
    const { events, patient } = latest.current;
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
  }, [source, read]);
  // Another source's answer is not this one's.
  if (answer.state === 'read' && answer.fingerprint !== source?.fingerprint) return { state: 'reading' };
  return answer;
}
