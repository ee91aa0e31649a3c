// What the window and the suggestion worker say to each other: types only, so the window's bundle
// carries none of the finders.
import type { Patient, TimelineEvent } from '../../../shared/model/case';
import type { Result } from '../../../shared/model/result';
import type { Suggestion } from '../../../shared/suggest/suggestion';

export interface SuggestRequest {
  id: number;
  text: string;
  fingerprint: string;
  /** The case's events and patient: relative dates and ages resolve against them. */
  events: readonly TimelineEvent[];
  patient?: Patient;
}

export interface SuggestReply {
  id: number;
  result: Result<Suggestion[]>;
}

export function isSuggestReply(data: unknown): data is SuggestReply {
  return typeof data === 'object' && data !== null && typeof (data as SuggestReply).id === 'number' && 'result' in data;
}
