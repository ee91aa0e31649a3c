// The review queue's UI state: which suggestion is current, whether dismissed ones are shown, the
// problem the last accept met, and the words the pane marks for it. Stored data (the suggestions'
// rows, the dismissals) is not kept here. Small on purpose: the window's bundle imports it (Alt+Q,
// the pane's mark); the queue itself loads on demand.
import { create } from 'zustand';
import type { Problem } from '../../../shared/model/result';
import { useUiStore } from '../../state/ui-store';
import { usePaneStore } from '../source-pane/pane-store';

export const REVIEW_QUEUE_ID = 'review-queue';
/** The queue's list, which takes the focus back from a form opened with E. */
export const REVIEW_QUEUE_LIST_ID = 'review-queue-list';

interface QueueState {
  currentId: string | undefined;
  showDismissed: boolean;
  /** Why the current suggestion could not be accepted, naming the field. */
  problem: { id: string; problems: Problem[] } | undefined;
  /** The current suggestion's words in the pane's text (UTF-16), marked there. */
  words: { start: number; end: number } | undefined;
  /** A suggestion opened in its form (E): once its row is saved, the focus comes back to the queue. */
  editing: string | undefined;
  setEditing(id: string | undefined): void;
  /** The suggestion being added with a note (N): its note field shows under it. */
  noting: string | undefined;
  setNoting(id: string | undefined): void;
  setCurrent(id: string | undefined): void;
  toggleDismissed(): void;
  setProblem(problem: { id: string; problems: Problem[] } | undefined): void;
  setWords(words: { start: number; end: number } | undefined): void;
}

export const useQueueStore = create<QueueState>()((set) => ({
  currentId: undefined,
  showDismissed: false,
  problem: undefined,
  words: undefined,
  editing: undefined,
  setEditing: (editing) => set({ editing }),
  noting: undefined,
  setNoting: (noting) => set({ noting }),
  setCurrent: (currentId) => set((s) => ({ currentId, problem: s.problem?.id === currentId ? s.problem : undefined })),
  toggleDismissed: () => set((s) => ({ showDismissed: !s.showDismissed })),
  setProblem: (problem) => set({ problem }),
  setWords: (words) => set({ words }),
}));

/** Alt+Q: opens the pane and puts the focus in the queue, or says why there is none. */
export function focusReviewQueue(): boolean {
  const caseId = useUiStore.getState().selectedCaseId;
  if (!caseId) return false;
  usePaneStore.getState().update(caseId, { open: true });
  // The queue loads on demand: a few frames may pass before it is there.
  let tries = 0;
  const attempt = () => {
    const list = document.getElementById(REVIEW_QUEUE_LIST_ID);
    if (list) {
      list.focus();
      return;
    }
    if (document.getElementById(REVIEW_QUEUE_ID) === null && tries > 30) {
      useUiStore.getState().notify({
        tone: 'info',
        text: 'No source is open: open the report in the source pane first (Alt+S), then its suggested facts show.',
      });
      return;
    }
    tries += 1;
    if (tries < 120) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
  return true;
}
