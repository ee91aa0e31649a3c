// UI state only (which case is open, which row is being edited, the save status line, the last
// notice): stored data comes from the repository.
import { create } from 'zustand';

export interface Notice {
  tone: 'info' | 'error';
  text: string;
}

export type SaveStatus =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved'; text: string } | { state: 'error'; text: string };

/** Which row a form is editing; absent means the form adds a new row. */
export interface EditTarget {
  table: 'events' | 'observations';
  id: string;
}

interface UiState {
  selectedCaseId: string | undefined;
  /** The case details form, when open: for a new case, or to edit the open one. */
  detailsForm: 'new' | 'edit' | undefined;
  /** The details form field to start in ("journal" when that is what is missing); the title when absent. */
  detailsFocus: string | undefined;
  notice: Notice | undefined;
  saveStatus: SaveStatus;
  editing: EditTarget | undefined;
  /**
   * Where the focus goes once an event or lab form saves (or clears) the row it was opened for, by
   * element id: the review queue after E. Absent: the form's first field, ready for the next row.
   */
  focusAfterForm: string | undefined;
  /** The list of keys (F1, or ? outside text fields). */
  keyHelpOpen: boolean;
  selectCase(id: string | undefined): void;
  notify(notice: Notice | undefined): void;
  setSaveStatus(status: SaveStatus): void;
  edit(target: EditTarget | undefined): void;
  openDetailsForm(mode: 'new' | 'edit' | undefined, focus?: string): void;
  toggleKeyHelp(open?: boolean): void;
  setFocusAfterForm(id: string | undefined): void;
}

export const useUiStore = create<UiState>((set) => ({
  selectedCaseId: undefined,
  detailsForm: undefined,
  detailsFocus: undefined,
  notice: undefined,
  saveStatus: { state: 'idle' },
  editing: undefined,
  focusAfterForm: undefined,
  keyHelpOpen: false,
  selectCase: (id) => set({ selectedCaseId: id, editing: undefined, detailsForm: undefined }),
  openDetailsForm: (detailsForm, detailsFocus) => set({ detailsForm, detailsFocus, editing: undefined }),
  notify: (notice) => set({ notice }),
  setSaveStatus: (saveStatus) => set({ saveStatus }),
  edit: (editing) => set({ editing }),
  setFocusAfterForm: (focusAfterForm) => set({ focusAfterForm }),
  toggleKeyHelp: (open) => set((s) => ({ keyHelpOpen: open ?? !s.keyHelpOpen })),
}));
