// The source pane's UI state: per case, whether it is open, how wide, and which source it shows
// (kept in localStorage); the words selected in it, the words being shown, and the requests it
// hands to the forms (not kept).
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { EvidenceAnchor, Fingerprint } from '../../../shared/model/evidence';

export interface CasePaneSettings {
  open: boolean;
  /** Width in CSS pixels. */
  width: number;
  /** The source shown; absent shows the case's first. */
  fingerprint?: Fingerprint;
}

export const PANE_MIN_WIDTH = 280;
/** About a third of a 1366-pixel window: the tables beside it still fit their box. */
export const PANE_DEFAULT_WIDTH = 400;
export const DEFAULT_PANE: CasePaneSettings = { open: false, width: PANE_DEFAULT_WIDTH };

/** Words selected in the pane, as UTF-16 offsets into the shown source's text. */
export interface PaneSelection {
  fingerprint: Fingerprint;
  start: number;
  end: number;
  text: string;
}

/** What the pane asks of a form: start a new row from the words, or add them to the row being edited. */
export interface EvidenceRequest {
  table: 'events' | 'observations';
  mode: 'new' | 'attach';
  anchor: EvidenceAnchor;
  /** The words, offered as the event's name or the lab's analyte when they read as one. */
  words: string;
  /**
   * A whole row to start from (a suggestion opened for editing): the form takes these fields as
   * they are, its evidence included, and puts the focus on `focusField` (the first one to fill).
   */
  fields?: Record<string, string | boolean>;
  focusField?: string;
  /** Distinguishes two requests with the same words. */
  seq: number;
}

/** Words the pane is showing: a row's evidence, the next uncited sentence, or a find match. */
export interface ShownRange {
  start: number;
  end: number;
  /** Bumped on every show, so showing the same words again scrolls to them again. */
  seq: number;
}

interface PaneState {
  cases: Record<string, CasePaneSettings>;
  selection: PaneSelection | undefined;
  shown: ShownRange | undefined;
  request: EvidenceRequest | undefined;
  /** The case list, folded beside an open pane, shown for a moment (Alt+K, its button). */
  caseListShown: boolean;
  update(caseId: string, change: Partial<CasePaneSettings>): void;
  select(selection: PaneSelection | undefined): void;
  show(range: { start: number; end: number } | undefined): void;
  ask(request: Omit<EvidenceRequest, 'seq'>): void;
  done(seq: number): void;
  showCaseList(shown: boolean): void;
}

let seq = 0;

export const usePaneStore = create<PaneState>()(
  persist(
    (set) => ({
      cases: {},
      selection: undefined,
      shown: undefined,
      request: undefined,
      caseListShown: false,
      update: (caseId, change) =>
        set((s) => ({ cases: { ...s.cases, [caseId]: { ...(s.cases[caseId] ?? DEFAULT_PANE), ...change } } })),
      select: (selection) => set({ selection }),
      show: (range) => set({ shown: range ? { ...range, seq: (seq += 1) } : undefined }),
      ask: (request) => set({ request: { ...request, seq: (seq += 1) } }),
      done: (done) => set((s) => (s.request?.seq === done ? { request: undefined } : {})),
      showCaseList: (caseListShown) => set({ caseListShown }),
    }),
    {
      name: 'case-abstractor:source-pane',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ cases: state.cases }),
    },
  ),
);

export const useCasePane = (caseId: string | undefined): CasePaneSettings =>
  usePaneStore((s) => (caseId ? (s.cases[caseId] ?? DEFAULT_PANE) : DEFAULT_PANE));
