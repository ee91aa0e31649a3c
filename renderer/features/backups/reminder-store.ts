// The export reminder's state, shared by the reminder and the export that resets it; persisted in localStorage.
import { create } from 'zustand';
import { readReminderState, writeReminderState, type ExportReminderState } from './export-reminder';

interface ReminderStore {
  /** Read on first use, so the first start's time is the page's, not the module's. */
  state: ExportReminderState | undefined;
  load(now: Date): ExportReminderState;
  /** After an export of all cases, or when the reminder is put off. */
  reset(now: Date): void;
}

export const useReminderStore = create<ReminderStore>((set, get) => ({
  state: undefined,
  load: (now) => {
    const loaded = get().state ?? readReminderState(localStorage, now);
    if (get().state === undefined) set({ state: loaded });
    return loaded;
  },
  reset: (now) => set({ state: writeReminderState(localStorage, now) }),
}));

/** Called when every case was exported: the reminder is a day of changes away again. */
export const noteAllCasesExported = () => useReminderStore.getState().reset(new Date());
