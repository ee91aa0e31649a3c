// The Edit and Delete cells that end every row: one button a cell, so the grid's arrow keys reach
// each, and out of the Tab order (the table is one Tab stop). Edit moves the focus to the form.
// A row's history is Alt+I from any of its cells (features/who), found through the Edit button's
// data: a third button cell would no longer let the timeline fit its box at 1366 px beside the
// source pane; the row's form shows a History button while the row is being edited.
import { useUiStore, type EditTarget } from '../../state/ui-store';
import { focusEntryFormSoon, type EntrySection } from '../keys/focus-targets';
import type { Column } from './LongTable';

export const ROW_ACTION_COLUMNS: Column[] = [
  { label: 'Edit', width: '4.2rem', hideLabel: true },
  { label: 'Delete', width: '4.8rem', hideLabel: true },
];

export function RowActions({
  target,
  section,
  name,
  onDelete,
}: {
  target: EditTarget;
  section: EntrySection;
  /** How the row is named to a screen reader: "Edit Prednisone". */
  name: string;
  onDelete: () => void;
}) {
  return (
    <>
      <td className="row-action">
        <button
          type="button"
          tabIndex={-1}
          data-row-action="edit"
          data-row-table={target.table}
          data-row-id={target.id}
          data-row-name={name}
          onClick={() => {
            useUiStore.getState().edit(target);
            focusEntryFormSoon(section);
          }}
          aria-label={`Edit ${name}`}
        >
          Edit
        </button>
      </td>
      <td className="row-action">
        <button type="button" tabIndex={-1} data-row-action="delete" onClick={onDelete} aria-label={`Delete ${name}`}>
          Delete
        </button>
      </td>
    </>
  );
}
