// Form fields that are a draft: every change is written to IndexedDB within a quarter second, and
// a reload (or a crash) brings the form back exactly as it was typed.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { repository } from '../../data/repository';
import { useUiStore } from '../../state/ui-store';

export type FieldValues = Record<string, string | boolean>;

/** Well under the half second the issue allows, and long enough to batch a burst of keystrokes. */
const DRAFT_DELAY_MS = 250;

export function useDraftFields<F extends FieldValues>(draftKey: string, caseId: string, initial: F) {
  const [fields, setFields] = useState<F>(initial);
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
      await repository.saveDraft({ key: draftKey, caseId, fields: values, updatedAt: new Date().toISOString() });
      useUiStore.getState().setSaveStatus({ state: 'saved', text: 'Draft saved' });
    } catch (error) {
      useUiStore.getState().setSaveStatus({
        state: 'error',
        text: `Draft not saved: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }, [draftKey, caseId]);

  // Load the draft for this form, if one survived a reload.
  useEffect(() => {
    let live = true;
    void repository.getDraft(draftKey).then((draft) => {
      if (live && draft) setFields({ ...initialRef.current, ...draft.fields } as F);
    });
    return () => {
      live = false;
      void flush();
    };
  }, [draftKey, flush]);

  const setField = useCallback(
    (name: keyof F & string, value: string | boolean) => {
      setFields((current) => {
        const next = { ...current, [name]: value };
        pending.current = next;
        return next;
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
      setFields(to);
      await repository.deleteDraft(draftKey);
    },
    [draftKey],
  );

  return { fields, setField, reset };
}
