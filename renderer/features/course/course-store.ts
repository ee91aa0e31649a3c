// The course overview's UI state: per case, which analytes are shown, each panel's scale, the lane
// grouping and the zoom. The choices are kept in localStorage; the zoom and the hover are not.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { LaneGrouping } from '../../../shared/course/lanes';
import type { TimeSpan } from '../../../shared/course/lanes';
import type { ValueScaleKind } from '../../../shared/trends/value-scale';

export interface CaseCourseSettings {
  /** Panel keys in the order shown; absent until the reader chooses (then the default applies). */
  analytes?: string[];
  scales: Record<string, ValueScaleKind>;
  grouping: LaneGrouping;
  compressGaps: boolean;
}

export const DEFAULT_SETTINGS: CaseCourseSettings = { scales: {}, grouping: 'drug', compressGaps: true };

interface CourseState {
  cases: Record<string, CaseCourseSettings>;
  /** Zoomed period per case; absent shows the whole course. Not kept across restarts. */
  zoom: Record<string, TimeSpan | undefined>;
  setAnalytes(caseId: string, analytes: string[]): void;
  setScale(caseId: string, panelKey: string, scale: ValueScaleKind): void;
  setGrouping(caseId: string, grouping: LaneGrouping): void;
  setCompressGaps(caseId: string, compress: boolean): void;
  setZoom(caseId: string, zoom: TimeSpan | undefined): void;
}

const settingsOf = (state: CourseState, caseId: string) => state.cases[caseId] ?? DEFAULT_SETTINGS;

export const useCourseStore = create<CourseState>()(
  persist(
    (set) => {
      const update = (caseId: string, change: Partial<CaseCourseSettings>) =>
        set((state) => ({ cases: { ...state.cases, [caseId]: { ...settingsOf(state, caseId), ...change } } }));
      return {
        cases: {},
        zoom: {},
        setAnalytes: (caseId, analytes) => update(caseId, { analytes }),
        setScale: (caseId, panelKey, scale) =>
          set((state) => {
            const settings = settingsOf(state, caseId);
            return {
              cases: { ...state.cases, [caseId]: { ...settings, scales: { ...settings.scales, [panelKey]: scale } } },
            };
          }),
        setGrouping: (caseId, grouping) => update(caseId, { grouping }),
        setCompressGaps: (caseId, compressGaps) => update(caseId, { compressGaps }),
        setZoom: (caseId, zoom) => set((state) => ({ zoom: { ...state.zoom, [caseId]: zoom } })),
      };
    },
    {
      name: 'case-abstractor:course-overview',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ cases: state.cases }),
    },
  ),
);

/** The settings for one case, with defaults filled in. */
export const useCaseCourseSettings = (caseId: string): CaseCourseSettings =>
  useCourseStore((state) => state.cases[caseId] ?? DEFAULT_SETTINGS);

export type HoverTarget =
  | { kind: 'point'; panelKey: string; index: number }
  | { kind: 'text'; panelKey: string; index: number }
  | { kind: 'mark'; laneKey: string; markId: string };

interface HoverState {
  /** The time under the pointer, for the crosshair through every lane and panel. */
  time: number | undefined;
  /** What the tooltip describes, and where (pixels in the overview). */
  target: HoverTarget | undefined;
  anchor: { x: number; y: number } | undefined;
  hoverTime(time: number | undefined): void;
  hoverTarget(target: HoverTarget | undefined, anchor?: { x: number; y: number }): void;
}

/** Changes at pointer speed, so it is a store of its own: only the crosshair and the tooltip listen. */
export const useCourseHover = create<HoverState>()((set) => ({
  time: undefined,
  target: undefined,
  anchor: undefined,
  hoverTime: (time) => set({ time }),
  hoverTarget: (target, anchor) => set({ target, anchor: target ? anchor : undefined }),
}));
