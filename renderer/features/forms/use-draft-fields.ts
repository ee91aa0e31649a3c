// Form fields that are a draft: every change is written to IndexedDB within a quarter second, and
// a reload (or a crash) brings the form back exactly as it was typed, from its first render on.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { restoreDraft } from '../../data/draft-book';
import { useDraftsInMemory } from '../../data/hooks';
import { drafts } from '../../data/repository';
import { useUiStore } from '../../state/ui-store';

export type FieldValues = Record<string, string | boolean>;

/** Well under the half second the issue allows, and long enough to batch a burst of keystrokes. */
const DRAFT_DELAY_MS = 250;

/**
 * `ready` is false only while a form outside an open case (a new case) reads its draft: the form
 * shows no fields until then, so no key can land in a form that its draft would then replace.
 */
export function useDraftFields<F extends FieldValues>(draftKey: string, caseId: string, initial: F) {
  const ready = useDraftsInMemory(caseId);
  // The draft goes into the first state, not into an effect after it: a key typed the moment the
  // form appears lands in the restored text, and the next save holds both.
  const [shown, setShown] = useState(() => ({
    key: ready ? draftKey : undefined,
    fields: restoreDraft(initial, drafts.fieldsOf(draftKey)),
  }));
  if (ready && shown.key !== draftKey) {
    // Another row's draft, or the draft just read: restored during render, before any field shows it.
    setShown({ key: draftKey, fields: restoreDraft(initial, drafts.fieldsOf(draftKey)) });
  }
  const fields = shown.fields;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<F | undefined>(undefined);
  // The latest initial values, for when a draft is missing; not a reason to reload the draft.
  const initialRef = useRef(initial);
  useLayoutEffect(() => {
    initialRef.current = initial;
  }, [initial]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const values = pending.current;
    pending.current = undefined;
    if (values === undefined) return;
    try {
      await drafts.save({ key: draftKey, caseId, fields: values, updatedAt: new Date().toISOString() });
      useUiStore.getState().setSaveStatus({ state: 'saved', text: 'Draft saved' });
    } catch (error) {
      useUiStore.getState().setSaveStatus({
        state: 'error',
        text: `Draft not saved: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }, [draftKey, caseId]);

  // What is still waiting is saved when the form closes or turns to another draft.
  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );

  const setField = useCallback(
    (name: keyof F & string, value: string | boolean) => {
      setShown((current) => {
        const next = { ...current.fields, [name]: value };
        pending.current = next;
        return { key: current.key, fields: next };
      });
      useUiStore.getState().setSaveStatus({ state: 'saving' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DRAFT_DELAY_MS);
    },
    [flush],
  );

  /** Empties the form and forgets its draft (after a save, or on Escape). */
  const reset = useCallback(
    async (to: F = initialRef.current) => {
      clearTimeout(timer.current);
      pending.current = undefined;
      setShown({ key: draftKey, fields: to });
      await drafts.delete(draftKey);
    },
    [draftKey],
  );

  return { fields, setField, reset, ready };
}
