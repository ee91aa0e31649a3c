// The compare in progress, as UI state: the two abstractions read for it (snapshots: nothing here
// is written back), the comparison, what the reconciler decided, which item is current, what shows.
// Small on purpose: the window's bundle imports it (the case menu's "Compare with…"); the view and
// the engine load on demand.
import { create } from 'zustand';
import type { Comparison, Decision, Decisions } from '../../../shared/compare/compare-types';
import type { Case } from '../../../shared/model/case';
import type { Problem } from '../../../shared/model/result';
import { useUiStore } from '../../state/ui-store';

/** Where the right-hand abstraction came from: a case in this app, or a file (named). */
export type RightFrom = { kind: 'case' } | { kind: 'file'; fileName: string };

export interface CompareReady {
  phase: 'ready';
  left: Case;
  right: Case;
  rightFrom: RightFrom;
  comparison: Comparison;
  decisions: Decisions;
  currentKey: string | undefined;
  /** false: only what needs deciding (differing and one-sided items); true: the agreeing ones too. */
  showAll: boolean;
  /** The item whose edit form is open (E). */
  editing: string | undefined;
  /** Why the last edit or the write could not be done, by item key or 'write'. */
  problem: { key: string; problems: Problem[] } | undefined;
  writing: boolean;
  /** Who reconciles: the app's abstractor name when it has one, as typed in the view otherwise. */
  reconciler: string;
}

export type CompareSession =
  | { phase: 'idle' }
  /** Choosing the other abstraction: another case here, or a file (several cases in it: pick one). */
  | { phase: 'choosing'; leftId: string; fileCases?: { fileName: string; cases: Case[] } }
  | { phase: 'reading'; leftId: string; what: string }
  | { phase: 'problems'; leftId: string; what: string; problems: Problem[] }
  | CompareReady;

interface CompareState {
  session: CompareSession;
  set(session: CompareSession): void;
  /** Changes the ready compare; does nothing in any other phase. */
  update(change: Partial<Omit<CompareReady, 'phase'>>): void;
  decide(key: string, decision: Decision): void;
}

export const useCompareStore = create<CompareState>((set) => ({
  session: { phase: 'idle' },
  set: (session) => set({ session }),
  update: (change) =>
    set((state) => (state.session.phase === 'ready' ? { session: { ...state.session, ...change } } : state)),
  decide: (key, decision) =>
    set((state) =>
      state.session.phase === 'ready'
        ? {
            session: {
              ...state.session,
              decisions: { ...state.session.decisions, [key]: decision },
              problem: state.session.problem?.key === key ? undefined : state.session.problem,
            },
          }
        : state,
    ),
}));

/** The element ids the keys and the actions move the focus to. */
export const COMPARE_VIEW_ID = 'compare-view';
export const COMPARE_LIST_ID = 'compare-list';
export const COMPARE_WRITE_ID = 'compare-write';
export const COMPARE_CHOOSER_ID = 'compare-chooser';
export const COMPARE_RECONCILER_ID = 'compare-reconciler';

/**
 * Moves the focus once React has drawn the element: a phase change mounts it on the next frame,
 * the first compare only once the view's code has loaded, which on a busy machine takes seconds.
 */
export function focusSoon(id: string): void {
  const until = performance.now() + 10_000;
  const attempt = () => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (performance.now() < until) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** "Compare with…": the open case is the left side; the chooser asks for the right. */
export function openCompareChooser(): void {
  const leftId = useUiStore.getState().selectedCaseId;
  if (!leftId) {
    useUiStore
      .getState()
      .notify({ tone: 'info', text: 'No case is open: choose the case to compare in the case list first (Alt+K).' });
    return;
  }
  useCompareStore.getState().set({ phase: 'choosing', leftId });
  focusSoon(COMPARE_CHOOSER_ID);
}

/** Choosing another case in the case list shows that case: a compare of the one left behind closes. */
export function closeCompareUnlessFor(caseId: string | undefined): void {
  const session = useCompareStore.getState().session;
  const leftId = session.phase === 'idle' ? undefined : session.phase === 'ready' ? session.left.id : session.leftId;
  if (leftId !== undefined && leftId !== caseId) useCompareStore.getState().set({ phase: 'idle' });
}
