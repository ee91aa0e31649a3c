// Where the keymap's "go to" commands put the focus: the entry forms, the tables, the case list.
// Found by the ids their sections carry, so no component hands refs around for them.
import { flushSync } from 'react-dom';
import { usePaneStore } from '../source-pane/pane-store';

export const TIMELINE_SECTION_ID = 'timeline';
export const LABS_SECTION_ID = 'labs';
export const CASE_LIST_ID = 'case-list';

export type EntrySection = typeof TIMELINE_SECTION_ID | typeof LABS_SECTION_ID;

const FIELD = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** The first field of a section's entry form: Kind on the event form, Analyte on the lab form. */
export function focusEntryForm(section: EntrySection): boolean {
  const field = document.querySelector<HTMLElement>(`#${section} form.entry-form`)?.querySelector<HTMLElement>(FIELD);
  if (!field) return false;
  field.focus();
  return true;
}

/** A form opened for editing mounts on the next render: move there once it has. */
export function focusEntryFormSoon(section: EntrySection): void {
  requestAnimationFrame(() => focusEntryForm(section));
}

/** A table's one Tab stop: the cell last visited, or its first cell. */
export function focusTable(section: EntrySection): boolean {
  const stop = document.querySelector<HTMLElement>(`#${section} [role="grid"] tbody [tabindex="0"]`);
  if (!stop) return false;
  stop.focus();
  return true;
}

/** The open case in the case list, or its first case; a list folded beside the source pane unfolds. */
export function focusCaseList(): boolean {
  if (document.getElementById(CASE_LIST_ID)?.closest('[hidden]')) {
    flushSync(() => usePaneStore.getState().showCaseList(true));
  }
  const list = document.getElementById(CASE_LIST_ID);
  const target =
    list?.querySelector<HTMLElement>('[aria-current="true"]') ?? list?.querySelector<HTMLElement>('button');
  if (!target) return false;
  target.focus();
  return true;
}
