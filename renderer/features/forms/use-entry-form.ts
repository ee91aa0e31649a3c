// The behaviour every entry form shares: fields kept as a draft, parse on save, problems shown by
// field (live once a save has failed), Enter saves and opens the next blank row, Escape cancels.
import { useCallback, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Problem, Result } from '../../../shared/model/result';
import { keysOf, matchesChord, parseChord } from '../../../shared/keymap/keymap';
import { useUiStore } from '../../state/ui-store';
import { IS_MAC } from '../keys/platform-keys';
import { useDraftFields, type FieldValues } from './use-draft-fields';

interface EntryFormOptions<F extends FieldValues, T> {
  caseId: string;
  /** The row being edited; absent for a new row. */
  editingId: string | undefined;
  draftKind: string;
  initial: F;
  blank: (previous: F) => F;
  parse: (fields: F, id: string) => Result<T>;
  /** Stores the row; returns problems, empty when saved. */
  commit: (value: T) => Promise<Problem[]>;
  /** Maps a problem's `where` (a field name or a schema path) to the form field that shows it. */
  fieldOf: (where: string) => string;
  firstFieldRef: RefObject<HTMLElement | null>;
}

// The keymap's form keys (Enter, Escape): the help list shows what these do.
const SAVE_ROW = keysOf('save-row').map(parseChord);
const CANCEL_ROW = keysOf('cancel-row').map(parseChord);

export function useEntryForm<F extends FieldValues, T>(options: EntryFormOptions<F, T>) {
  const { caseId, editingId, draftKind, initial, blank, parse, commit, fieldOf, firstFieldRef } = options;
  const { fields, setField, reset, ready } = useDraftFields<F>(
    `${draftKind}:${caseId}:${editingId ?? 'new'}`,
    caseId,
    initial,
  );
  const [savedProblems, setSavedProblems] = useState<Problem[]>([]);
  const [tried, setTried] = useState(false);
  const stopEditing = useUiStore((s) => s.edit);
  // A new row gets its id when the form opens, so a draft and its saved row are the same record.
  const [rowId, setRowId] = useState<string>(() => editingId ?? crypto.randomUUID());

  const problems = useMemo(() => {
    if (!tried) return savedProblems;
    const parsed = parse(fields, rowId);
    return parsed.ok ? [] : parsed.problems;
  }, [tried, fields, parse, savedProblems, rowId]);

  const problemAt = (name: string) => problems.find((p) => fieldOf(p.where) === name)?.message;
  const general = problems.filter((p) => fieldOf(p.where) === 'form');

  /** After a save or a clear: back where the form was opened from (the review queue), else its first field. */
  const focusFirst = useCallback(() => {
    const back = useUiStore.getState().focusAfterForm;
    if (back !== undefined) {
      useUiStore.getState().setFocusAfterForm(undefined);
      const from = document.getElementById(back);
      if (from) {
        from.focus();
        return;
      }
    }
    const el = firstFieldRef.current;
    (el?.matches('input, select') ? el : el?.querySelector<HTMLElement>('input, select'))?.focus();
  }, [firstFieldRef]);

  const save = useCallback(async () => {
    const parsed = parse(fields, rowId);
    if (!parsed.ok) {
      setTried(true);
      setSavedProblems(parsed.problems);
      return;
    }
    const found = await commit(parsed.value);
    setTried(false);
    setSavedProblems(found);
    if (found.length > 0) return;
    await reset(blank(fields));
    setRowId(crypto.randomUUID());
    if (editingId) stopEditing(undefined);
    focusFirst();
  }, [parse, fields, rowId, commit, reset, blank, editingId, stopEditing, focusFirst]);

  const cancel = useCallback(async () => {
    setTried(false);
    setSavedProblems([]);
    const status = useUiStore.getState().setSaveStatus;
    status({ state: 'saving' });
    try {
      await reset(blank(initial));
      // Said only once IndexedDB has let the draft go, so a reload after this line cannot bring it back.
      status({ state: 'saved', text: 'Form cleared' });
    } catch (error) {
      status({ state: 'error', text: `Draft not cleared: ${error instanceof Error ? error.message : String(error)}` });
    }
    if (editingId) stopEditing(undefined);
    focusFirst();
  }, [reset, blank, initial, editingId, stopEditing, focusFirst]);

  const onKeyDown = (e: KeyboardEvent) => {
    // Enter on a button is that button's own action ("Add diagnosis", "Delete"), not a save.
    const onButton = e.target instanceof HTMLButtonElement;
    if (SAVE_ROW.some((c) => matchesChord(c, e.nativeEvent, IS_MAC)) && !e.nativeEvent.isComposing && !onButton) {
      e.preventDefault();
      void save();
    } else if (CANCEL_ROW.some((c) => matchesChord(c, e.nativeEvent, IS_MAC))) {
      e.preventDefault();
      void cancel();
    }
  };

  // Spread onto a TextField / CheckboxField: its id, value, change handler and problem, by field name.
  const text = (name: keyof F & string) => ({
    id: `${draftKind}-${name}`,
    value: String(fields[name]),
    onChange: (value: string) => setField(name, value),
    problem: problemAt(name),
  });
  const check = (name: keyof F & string) => ({
    id: `${draftKind}-${name}`,
    checked: fields[name] === true,
    onChange: (checked: boolean) => setField(name, checked),
  });

  return { fields, setField, problemAt, general, save, cancel, onKeyDown, rowId, text, check, ready };
}
