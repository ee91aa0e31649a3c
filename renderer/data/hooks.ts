// Live queries over the repository: components read stored data only through these hooks.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useUiStore } from '../state/ui-store';
import { drafts, repository } from './repository';

export const useCaseList = () => useLiveQuery(() => repository.listCases(), []);

export const useCaseHeader = (caseId: string | undefined) =>
  useLiveQuery(() => (caseId ? repository.getCaseHeader(caseId) : undefined), [caseId]);

export const useTimelineEvents = (caseId: string | undefined) =>
  useLiveQuery(() => (caseId ? repository.getEvents(caseId) : []), [caseId]);

export const useObservations = (caseId: string | undefined) =>
  useLiveQuery(() => (caseId ? repository.getObservations(caseId) : []), [caseId]);

/** A stored source document by fingerprint: undefined while reading and when it was never opened here. */
/** A source's text, live: undefined while reading, null when none is chosen or its text is not stored here. */
export const useSource = (fingerprint: string | undefined) =>
  useLiveQuery(async () => (fingerprint ? ((await repository.getSource(fingerprint)) ?? null) : null), [fingerprint]);

/** The suggestions dismissed in a source, live: undefined while reading. */
export const useDismissedSuggestions = (fingerprint: string | undefined) =>
  useLiveQuery(async () => (fingerprint ? repository.getDismissedSuggestions(fingerprint) : []), [fingerprint]);

export const useHistoryState = () => useLiveQuery(() => repository.historyState(), []);

/** When the latest change was made, live (null: none yet; undefined while reading): for the browser's export reminder. */
export const useLatestChangeAt = () => useLiveQuery(async () => (await repository.latestChangeAt()) ?? null, []);

/** Reads a case's drafts into memory; a failed read is said in the status line, and the forms open blank. */
export async function loadDrafts(caseId: string): Promise<void> {
  const loaded = await drafts.load(caseId);
  if (loaded.ok) return;
  const why = loaded.problems.map((p) => p.message).join('; ');
  useUiStore.getState().setSaveStatus({ state: 'error', text: `Drafts not restored: ${why}` });
}

/**
 * Reads the case's drafts into memory each time the case opens; true once they are there, so the
 * case's forms first render with them. Not a live query: while a form is open its draft is what it
 * holds, and memory follows it (draft-book.ts).
 */
export function useCaseDrafts(caseId: string): true | undefined {
  const [loadedFor, setLoadedFor] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadDrafts(caseId).then(() => {
      if (live) setLoadedFor(caseId);
    });
    return () => {
      live = false;
    };
  }, [caseId]);
  return loadedFor === caseId ? true : undefined;
}

/**
 * For a form: whether its case's drafts are in memory, reading them if not. They always are for the
 * forms there are today (useCaseDrafts reads an open case's, main.tsx the new-case form's); a form
 * placed elsewhere shows no fields until this has read its draft, rather than losing keys to it.
 */
export function useDraftsInMemory(caseId: string): boolean {
  // Read during render: a case once loaded stays loaded, so the answer can only turn true, and
  // setting the state below re-renders when it does.
  const ready = drafts.isLoaded(caseId);
  const [, setLoadedFor] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadDrafts(caseId).then(() => {
      if (live) setLoadedFor(caseId);
    });
    return () => {
      live = false;
    };
  }, [caseId, ready]);
  return ready;
}
