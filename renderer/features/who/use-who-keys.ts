// The keys of who made each row: Alt+B to the name field from anywhere, Alt+I on a table row for
// its history (the row is named by its Edit button's data, tables/RowActions).
import { useEffect } from 'react';
import { KEYMAP, matchesChord, parseChord } from '../../../shared/keymap/keymap';
import { useUiStore } from '../../state/ui-store';
import { IS_MAC } from '../keys/platform-keys';
import { focusAbstractorName, showRowHistory } from './who-store';

const chordsOf = (id: 'focus-abstractor-name' | 'show-row-history') =>
  KEYMAP.filter((c) => c.id === id).flatMap((c) => c.keys.map(parseChord));

const NAME_KEYS = chordsOf('focus-abstractor-name');
const HISTORY_KEYS = chordsOf('show-row-history');

/** The row of the table cell the key was pressed in, as its Edit button names it. */
function rowOf(target: EventTarget | null) {
  const row = target instanceof Element ? target.closest('[role="grid"] tr') : null;
  const edit = row?.querySelector<HTMLElement>('button[data-row-action="edit"]');
  const { rowTable, rowId, rowName } = edit?.dataset ?? {};
  if ((rowTable !== 'events' && rowTable !== 'observations') || !rowId) return undefined;
  return { table: rowTable, rowId, name: rowName ?? rowId } as const;
}

export function useWhoKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      if (NAME_KEYS.some((c) => matchesChord(c, e, IS_MAC))) {
        e.preventDefault();
        focusAbstractorName();
        return;
      }
      if (!HISTORY_KEYS.some((c) => matchesChord(c, e, IS_MAC))) return;
      const row = rowOf(e.target);
      const caseId = useUiStore.getState().selectedCaseId;
      if (!row || !caseId) return;
      e.preventDefault();
      showRowHistory({ caseId, ...row });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
