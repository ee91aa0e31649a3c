// File → Restore from backup… as UI state: closed, listing, the list to choose from, or what went wrong.
import { create } from 'zustand';
import type { BackupEntry } from '../../../shared/ipc/contract';

export type RestoreView =
  | { phase: 'closed' }
  | { phase: 'listing' }
  | { phase: 'chosen'; folder: string; backups: BackupEntry[] }
  | { phase: 'failed'; message: string };

interface RestoreState {
  view: RestoreView;
  show(view: RestoreView): void;
}

export const useRestoreStore = create<RestoreState>((set) => ({
  view: { phase: 'closed' },
  show: (view) => set({ view }),
}));
