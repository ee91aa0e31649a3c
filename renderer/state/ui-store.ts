// UI state only (which case is open, the last notice): stored data comes from the repository.
import { create } from 'zustand';

export interface Notice {
  tone: 'info' | 'error';
  text: string;
}

interface UiState {
  selectedCaseId: string | undefined;
  notice: Notice | undefined;
  selectCase(id: string | undefined): void;
  notify(notice: Notice | undefined): void;
}

export const useUiStore = create<UiState>((set) => ({
  selectedCaseId: undefined,
  notice: undefined,
  selectCase: (id) => set({ selectedCaseId: id }),
  notify: (notice) => set({ notice }),
}));
