// A table of case rows that stays quick at thousands of rows: whole when small, windowed when long,
// with real <table> semantics either way (spacer rows stand in for the rows not rendered), and one
// Tab stop with arrow keys inside (the grid pattern).
import { Fragment, type FocusEvent, type ReactNode } from 'react';
import { useGridKeys } from './use-grid-keys';
import { useRowWindow, type MeasureRow } from './use-row-window';
import './tables.css';

export interface Column {
  label: string;
  /** Width when the table is windowed (fixed layout, so columns do not jump while scrolling). */
  width?: string;
  /** Label for screen readers only (the actions column). */
  hideLabel?: boolean;
}

/** Where a row sits: its index, and the ref that measures it when the table is windowed. */
export interface RowPlace {
  index: number;
  measureRef: MeasureRow | undefined;
}

/**
 * The props a row puts on its <tr>: its index, which the grid's keys move by, and when windowed
 * the ref that measures it and the index readers count it by.
 */
export function rowPlaceProps(index: number, measureRef: MeasureRow | undefined) {
  return measureRef ? { ref: measureRef, 'data-index': index, 'aria-rowindex': index + 2 } : { 'data-index': index };
}

function RowGap({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="row-gap">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

export function LongTable<T>({
  label,
  columns,
  rows,
  rowKey,
  renderRow,
}: {
  label: string;
  columns: readonly Column[];
  rows: readonly T[];
  /** Stable across renders (a module-level function), or every render re-keys the window. */
  rowKey: (row: T) => string;
  /** Rows should be memoised components: the window re-renders on every scroll step. */
  renderRow: (row: T, place: RowPlace) => ReactNode;
}) {
  const { virtualised, slots, gapAfter, measureRow, scrollRef, headRef, onFocus, onBlur, scrollToRow } = useRowWindow(
    rows,
    rowKey,
  );
  const { tableRef, onKeyDown, ...grid } = useGridKeys({
    rowCount: rows.length,
    columnCount: columns.length,
    scrollToRow,
  });
  const onBodyFocus = (e: FocusEvent<HTMLElement>) => {
    grid.onFocus(e);
    if (virtualised) onFocus(e);
  };
  const onBodyBlur = (e: FocusEvent<HTMLElement>) => {
    grid.onBlur(e);
    if (virtualised) onBlur(e);
  };
  const head = (
    <thead ref={headRef}>
      <tr {...(virtualised ? { 'aria-rowindex': 1 } : {})}>
        {columns.map((c) => (
          <th scope="col" key={c.label}>
            {c.hideLabel ? <span className="visually-hidden">{c.label}</span> : c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
  if (!virtualised) {
    return (
      <div className="table-scroll" ref={scrollRef}>
        <table role="grid" aria-label={label} ref={tableRef}>
          {head}
          <tbody onKeyDown={onKeyDown} onFocus={onBodyFocus} onBlur={onBodyBlur}>
            {rows.map((row, index) => renderRow(row, { index, measureRef: undefined }))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <div className="table-scroll long-table" ref={scrollRef}>
      <table role="grid" aria-label={label} aria-rowcount={rows.length + 1} ref={tableRef}>
        <colgroup>
          {columns.map((c) => (
            <col key={c.label} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        {head}
        <tbody onKeyDown={onKeyDown} onFocus={onBodyFocus} onBlur={onBodyBlur}>
          {slots.map((slot) => {
            const row = rows[slot.index];
            return row === undefined ? null : (
              <Fragment key={slot.key}>
                {slot.gapBefore > 0 ? <RowGap height={slot.gapBefore} columns={columns.length} /> : null}
                {renderRow(row, { index: slot.index, measureRef: measureRow })}
              </Fragment>
            );
          })}
          {gapAfter > 0 ? <RowGap height={gapAfter} columns={columns.length} /> : null}
        </tbody>
      </table>
    </div>
  );
}
