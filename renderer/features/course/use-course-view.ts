// Derives what the overview draws from stored rows and UI state: lanes, panels, the shared time
// axis (whole course and zoomed) and its ticks. Pure functions from shared/, memoised per input.
import { useMemo } from 'react';
import { buildCourseLanes, laneContent, type CourseLane, type TimeSpan } from '../../../shared/course/lanes';
import {
  axisTicks,
  buildTimeAxis,
  pixelScale,
  pointSpans,
  type AxisTick,
  type PixelScale,
  type TimeAxis,
} from '../../../shared/course/time-axis';
import type { Observation, TimelineEvent } from '../../../shared/model/case';
import { buildAnalytePanels, defaultPanelSelection, type AnalytePanelData } from '../../../shared/trends/series';
import type { CaseCourseSettings } from './course-store';
import { GUTTER, plotWidth } from './layout';

export interface CourseView {
  lanes: CourseLane[];
  panels: AnalytePanelData[];
  /** Panels shown, in the reader's order. */
  shown: AnalytePanelData[];
  /** The whole course (the brush's axis). */
  fullAxis: TimeAxis | undefined;
  /** What the lanes and panels show: the zoomed period, or the whole course. */
  axis: TimeAxis | undefined;
  scale: PixelScale | undefined;
  ticks: AxisTick[];
}

export function useCourseView(
  events: TimelineEvent[],
  observations: Observation[],
  settings: CaseCourseSettings,
  zoom: TimeSpan | undefined,
  width: number,
): CourseView {
  const lanes = useMemo(() => buildCourseLanes(events, settings.grouping), [events, settings.grouping]);
  const panels = useMemo(() => buildAnalytePanels(observations), [observations]);
  const shown = useMemo(() => {
    const byKey = new Map(panels.map((p) => [p.key, p]));
    const keys = settings.analytes ?? defaultPanelSelection(panels);
    return keys.flatMap((k) => byKey.get(k) ?? []);
  }, [panels, settings.analytes]);
  // The axis covers the lanes and the panels on show, not analytes the reader has hidden.
  const content = useMemo(
    () => [
      ...laneContent(lanes),
      ...shown.flatMap((p) => [...pointSpans(p.points.map((q) => q.time)), ...pointSpans(p.texts.map((q) => q.time))]),
    ],
    [lanes, shown],
  );
  // Showing or hiding an analyte rebuilds the content; when the axis comes out the same, the same
  // object is kept, so the other panels (memoised on it) do not redraw.
  const fullAxisText = useMemo(
    () => JSON.stringify(buildTimeAxis(content, { compressGaps: settings.compressGaps }) ?? null),
    [content, settings.compressGaps],
  );
  const axisText = useMemo(
    () =>
      zoom
        ? JSON.stringify(buildTimeAxis(content, { range: zoom, compressGaps: settings.compressGaps }) ?? null)
        : fullAxisText,
    [content, zoom, settings.compressGaps, fullAxisText],
  );
  const fullAxis = useMemo(() => (JSON.parse(fullAxisText) as TimeAxis | null) ?? undefined, [fullAxisText]);
  const axis = useMemo(
    () => (axisText === fullAxisText ? fullAxis : ((JSON.parse(axisText) as TimeAxis | null) ?? undefined)),
    [axisText, fullAxisText, fullAxis],
  );
  const scale = useMemo(() => (axis ? pixelScale(axis, GUTTER, plotWidth(width)) : undefined), [axis, width]);
  const ticks = useMemo(() => (axis ? axisTicks(axis, plotWidth(width)) : []), [axis, width]);
  return { lanes, panels, shown, fullAxis, axis, scale, ticks };
}
