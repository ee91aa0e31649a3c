// A table as one Tab stop with arrow keys inside (WAI-ARIA APG grid pattern): a roving tabindex
// over its cells, where a cell holding a button is the button. Works on the DOM the rows render,
// so the memoised rows need not re-render when the focus moves.
import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { keysOf, matchesChord, parseChord, type KeyCommandId } from '../../../shared/keymap/keymap';
import { useUiStore } from '../../state/ui-store';
import { IS_MAC } from '../keys/platform-keys';

/** PageUp and PageDown move this many rows, about a screenful of one-line rows. */
const PAGE_ROWS = 10;

export interface CellPlace {
  row: number;
  col: number;
}

export type GridMove =
  'up' | 'down' | 'left' | 'right' | 'row-start' | 'row-end' | 'first-row' | 'last-row' | 'page-up' | 'page-down';

/** Where a move lands in a grid of `rows` × `cols`, kept inside it. */
export function moveCell(from: CellPlace, move: GridMove, rows: number, cols: number): CellPlace {
  const clampRow = (r: number) => Math.max(0, Math.min(rows - 1, r));
  const clampCol = (c: number) => Math.max(0, Math.min(cols - 1, c));
  switch (move) {
    case 'up':
      return { row: clampRow(from.row - 1), col: from.col };
    case 'down':
      return { row: clampRow(from.row + 1), col: from.col };
    case 'left':
      return { row: from.row, col: clampCol(from.col - 1) };
    case 'right':
      return { row: from.row, col: clampCol(from.col + 1) };
    case 'row-start':
      return { row: from.row, col: 0 };
    case 'row-end':
      return { row: from.row, col: cols - 1 };
    case 'first-row':
      return { row: 0, col: from.col };
    case 'last-row':
      return { row: rows - 1, col: from.col };
    case 'page-up':
      return { row: clampRow(from.row - PAGE_ROWS), col: from.col };
    case 'page-down':
      return { row: clampRow(from.row + PAGE_ROWS), col: from.col };
  }
}

const chords = (id: KeyCommandId) => keysOf(id).map(parseChord);
const [UP, DOWN, LEFT, RIGHT] = chords('table-move-cell');
const [HOME, END] = chords('table-row-start-end');
const [FIRST_ROW, LAST_ROW] = chords('table-first-last-row');
const [PAGE_UP, PAGE_DOWN] = chords('table-page');
const MOVES = [
  [UP, 'up'],
  [DOWN, 'down'],
  [LEFT, 'left'],
  [RIGHT, 'right'],
  [HOME, 'row-start'],
  [END, 'row-end'],
  [FIRST_ROW, 'first-row'],
  [LAST_ROW, 'last-row'],
  [PAGE_UP, 'page-up'],
  [PAGE_DOWN, 'page-down'],
] as const;
const EDIT_ROW = chords('table-edit-row');
const SHOW_EVIDENCE = chords('show-row-evidence');

const rowElement = (table: HTMLTableElement, row: number) =>
  table.querySelector<HTMLTableRowElement>(`tbody tr[data-index="${row}"]`);

/** The element that takes the focus for a cell: its button when it holds one, else the cell. */
function cellTarget(table: HTMLTableElement, place: CellPlace): HTMLElement | undefined {
  const cell = rowElement(table, place.row)?.cells[place.col];
  if (!cell) return undefined;
  return cell.querySelector<HTMLElement>('button, a[href], input') ?? cell;
}

function placeOf(target: EventTarget | null): CellPlace | undefined {
  if (!(target instanceof Element)) return undefined;
  const cell = target.closest('td');
  const row = cell?.closest('tr[data-index]');
  if (!cell || !row) return undefined;
  return { row: Number(row.getAttribute('data-index')), col: cell.cellIndex };
}

/** Makes `target` the table's one Tab stop. */
function makeStop(table: HTMLTableElement, target: HTMLElement) {
  for (const other of table.querySelectorAll<HTMLElement>('tbody [tabindex="0"]')) {
    if (other !== target) other.tabIndex = -1;
  }
  target.tabIndex = 0;
}

export interface GridKeys {
  tableRef: RefObject<HTMLTableElement | null>;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  onFocus: (e: FocusEvent<HTMLElement>) => void;
  onBlur: (e: FocusEvent<HTMLElement>) => void;
}

export function useGridKeys({
  rowCount,
  columnCount,
  scrollToRow,
}: {
  rowCount: number;
  columnCount: number;
  /** Brings a row that is not rendered (a windowed table) into the DOM. */
  scrollToRow: (row: number) => void;
}): GridKeys {
  const tableRef = useRef<HTMLTableElement>(null);
  const active = useRef<CellPlace>({ row: 0, col: 0 });
  const pending = useRef<CellPlace | undefined>(undefined);
  /** The focus is in the table: when its cell goes (a row deleted), the focus stays in the table. */
  const holdsFocus = useRef(false);

  // After every render: rows come and go (windowing, edits, deletes), so make sure one cell is
  // still the Tab stop, and land a move that waited for its row to be rendered.
  useLayoutEffect(() => {
    const table = tableRef.current;
    if (!table || rowCount === 0) return;
    const waiting = pending.current;
    if (waiting) {
      const target = cellTarget(table, waiting);
      if (target) {
        pending.current = undefined;
        active.current = waiting;
        makeStop(table, target);
        target.focus();
        return;
      }
    }
    if (table.querySelector('tbody [tabindex="0"]')) return;
    const place = { row: Math.min(active.current.row, rowCount - 1), col: active.current.col };
    const target =
      cellTarget(table, place) ??
      cellTarget(table, {
        row: Number(table.querySelector('tbody tr[data-index]')?.getAttribute('data-index')),
        col: 0,
      });
    if (!target) return;
    makeStop(table, target);
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (holdsFocus.current && focusLost) target.focus();
  });

  const go = useCallback(
    (place: CellPlace) => {
      const table = tableRef.current;
      if (!table) return;
      const target = cellTarget(table, place);
      if (target) {
        active.current = place;
        makeStop(table, target);
        target.focus();
      } else {
        pending.current = place;
        scrollToRow(place.row);
      }
    },
    [scrollToRow],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const from = placeOf(e.target);
      if (!from || e.nativeEvent.isComposing) return;
      const move = MOVES.find(([chord]) => chord && matchesChord(chord, e.nativeEvent, IS_MAC))?.[1];
      if (move) {
        e.preventDefault();
        go(moveCell(from, move, rowCount, columnCount));
        return;
      }
      // A row's words in the source: what its evidence mark does, from any cell of the row.
      if (SHOW_EVIDENCE.some((c) => matchesChord(c, e.nativeEvent, IS_MAC))) {
        const mark = (e.target as Element).closest('tr')?.querySelector<HTMLElement>('[data-evidence-mark]');
        e.preventDefault();
        if (mark) mark.click();
        else
          useUiStore.getState().notify({
            tone: 'info',
            text: 'This row has no evidence yet: edit it, select its words in the source and press Alt+A.',
          });
        return;
      }
      // Enter on a button is the button's; on a plain cell it opens the row in its form.
      if (!(e.target instanceof HTMLButtonElement) && EDIT_ROW.some((c) => matchesChord(c, e.nativeEvent, IS_MAC))) {
        const edit = (e.target as Element)
          .closest('tr')
          ?.querySelector<HTMLButtonElement>('button[data-row-action="edit"]');
        if (edit) {
          e.preventDefault();
          edit.click();
        }
      }
    },
    [go, rowCount, columnCount],
  );

  // A click (or a test's focus) on a cell's button makes that cell the Tab stop.
  const onFocus = useCallback((e: FocusEvent<HTMLElement>) => {
    const place = placeOf(e.target);
    const table = tableRef.current;
    if (!place || !table || !(e.target instanceof HTMLElement)) return;
    active.current = place;
    holdsFocus.current = true;
    if (e.target.tabIndex !== 0) makeStop(table, e.target);
  }, []);

  const onBlur = useCallback((e: FocusEvent<HTMLElement>) => {
    const to = e.relatedTarget;
    if (to instanceof Node && !tableRef.current?.contains(to)) {
      holdsFocus.current = false;
      // A move still waiting for its row must not pull the focus back from where the user went.
      pending.current = undefined;
    }
  }, []);

  return { tableRef, onKeyDown, onFocus, onBlur };
}
