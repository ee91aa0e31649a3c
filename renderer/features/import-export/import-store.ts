// The import in progress, as UI state: which phase, how far, what it found, what the user chose.
import { create } from 'zustand';
import type { ConflictChoice, ImportPreview } from '../../../shared/import/plan';
import type { Problem } from '../../../shared/model/result';

export type ImportSession =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; progress: number }
  | { phase: 'problems'; fileName: string; problems: Problem[] }
  | { phase: 'preview'; fileName: string; preview: ImportPreview; choices: Record<string, ConflictChoice> }
  | { phase: 'writing'; fileName: string; preview: ImportPreview };

interface ImportState {
  session: ImportSession;
  set(session: ImportSession): void;
  choose(caseId: string, choice: ConflictChoice): void;
}

export const useImportStore = create<ImportState>((set) => ({
  session: { phase: 'idle' },
  set: (session) => set({ session }),
  choose: (caseId, choice) =>
    set((state) =>
      state.session.phase === 'preview'
        ? { session: { ...state.session, choices: { ...state.session.choices, [caseId]: choice } } }
        : state,
    ),
}));
