// Which rows of a long table are in the DOM: every row up to FULL_TABLE_LIMIT, above that only the
// rows around the scroll position (TanStack Virtual), with the height of the rest kept as gaps.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useRef, useState, type FocusEvent, type RefObject } from 'react';

/** Up to this many rows a table stays whole: find-in-page, printing and the seed case see every row. */
export const FULL_TABLE_LIMIT = 150;
/** A one-line row (tables.css sets it); each rendered row is measured and replaces it. */
const ESTIMATED_ROW_PX = 34;
/** Rows kept past each edge, so Tab and a fast wheel rarely meet an empty edge. */
const OVERSCAN_ROWS = 10;

/** A row to render, with the height of the rows left out just above it. */
export interface RowSlot {
  index: number;
  key: string;
  gapBefore: number;
}

export type MeasureRow = (row: HTMLTableRowElement | null) => void;

export interface RowWindow {
  virtualised: boolean;
  slots: RowSlot[];
  /** Height of the rows left out below the last slot. */
  gapAfter: number;
  measureRow: MeasureRow;
  scrollRef: RefObject<HTMLDivElement | null>;
  headRef: (head: HTMLTableSectionElement | null) => void;
  /** On the tbody: the row holding focus stays rendered when it scrolls out of view. */
  onFocus: (e: FocusEvent<HTMLElement>) => void;
  onBlur: (e: FocusEvent<HTMLElement>) => void;
  /** Renders a row that is out of the window, for the keys that move to it. */
  scrollToRow: (index: number) => void;
}

export function useRowWindow<T>(rows: readonly T[], rowKey: (row: T) => string): RowWindow {
  const virtualised = rows.length > FULL_TABLE_LIMIT;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The sticky header sits inside the scroll container, above the first row.
  const [headHeight, setHeadHeight] = useState(0);
  const headRef = useCallback((head: HTMLTableSectionElement | null) => {
    if (head) setHeadHeight(head.offsetHeight);
  }, []);
  const focusedIndex = useRef<number | undefined>(undefined);

  const getItemKey = useCallback(
    (index: number) => {
      const row = rows[index];
      return row === undefined ? index : rowKey(row);
    },
    [rows, rowKey],
  );
  // Unmounting the focused row would drop focus to <body>; keep it until focus leaves the table.
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedIndex.current;
    if (focused === undefined || focused >= range.count || indexes.includes(focused)) return indexes;
    return focused < (indexes[0] ?? 0) ? [focused, ...indexes] : [...indexes, focused];
  }, []);

  // The React Compiler is not used here; the rows are memoised by hand (see LongTable).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: rows.length,
    enabled: virtualised,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey,
    rangeExtractor,
    overscan: OVERSCAN_ROWS,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
  });

  const onFocus = useCallback((e: FocusEvent<HTMLElement>) => {
    const row = e.target.closest('tr[data-index]');
    focusedIndex.current = row ? Number(row.getAttribute('data-index')) : undefined;
  }, []);
  const onBlur = useCallback((e: FocusEvent<HTMLElement>) => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) {
      focusedIndex.current = undefined;
    }
  }, []);

  const scrollToRow = useCallback(
    (index: number) => {
      if (virtualised) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualised, virtualizer],
  );

  const slots: RowSlot[] = [];
  let end = headHeight;
  if (virtualised) {
    for (const item of virtualizer.getVirtualItems()) {
      slots.push({ index: item.index, key: String(item.key), gapBefore: Math.max(0, item.start - end) });
      end = item.end;
    }
  }
  const gapAfter = virtualised ? Math.max(0, virtualizer.getTotalSize() + headHeight - end) : 0;

  return {
    virtualised,
    slots,
    gapAfter,
    measureRow: virtualizer.measureElement,
    scrollRef,
    headRef,
    onFocus,
    onBlur,
    scrollToRow,
  };
}
