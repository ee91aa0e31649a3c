// The course of a case at a glance: treatment lanes, symptoms and events above one trend panel
// per chosen analyte, all on one time axis and, panels fitted to the window, on one screen, with a
// brush to zoom and pictures to export.
import {
  lazy,
  Suspense,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type PointerEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { TimeSpan } from '../../../shared/course/lanes';
import type { PixelScale } from '../../../shared/course/time-axis';
import type { Observation, TimelineEvent } from '../../../shared/model/case';
import { defaultPanelSelection } from '../../../shared/trends/series';
import type { ValueScaleKind } from '../../../shared/trends/value-scale';
import { useCaseHeader, useObservations, useTimelineEvents } from '../../data/hooks';
import { useUiStore } from '../../state/ui-store';
import { CourseToolbar } from './CourseToolbar';
import { CourseTooltip } from './CourseTooltip';
import { useCaseCourseSettings, useCourseHover, useCourseStore } from './course-store';
import { fileNamePart, savePicture } from './export-image';
import { GUTTER, plotWidth } from './layout';
import { COURSE_OVERVIEW_HEADING_ID } from './show-course-overview';
import { TimeBrush } from './TimeBrush';
import { TreatmentLanes } from './TreatmentLanes';
import { useCourseView } from './use-course-view';
import { usePanelHeight } from './use-panel-height';
import './course.css';

// The trend panels draw with recharts, the largest library the window uses: loaded with the first
// panel, beside the window's own script, which keeps that under its budget.
const AnalytePanel = lazy(() => import('../trends/AnalytePanel').then((m) => ({ default: m.AnalytePanel })));

/** Width of the element, kept up to date as the window resizes. */
function useWidth<E extends HTMLElement>(): [RefObject<E | null>, number] {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // The observer reports the first size straight away, then every change.
    const observer = new ResizeObserver((entries) => {
      const next = Math.floor(entries[0]?.contentRect.width ?? 0);
      setWidth((previous) => (previous === next ? previous : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export function CourseOverview({ caseId }: { caseId: string }) {
  const events = useTimelineEvents(caseId);
  const observations = useObservations(caseId);
  const header = useCaseHeader(caseId);
  const sectionRef = useRef<HTMLElement>(null);
  return (
    <section
      className="course-overview"
      aria-labelledby={COURSE_OVERVIEW_HEADING_ID}
      data-case-id={caseId}
      ref={sectionRef}
    >
      {/* Focusable from script only: the jump to the overview puts the focus here. */}
      <h2 id={COURSE_OVERVIEW_HEADING_ID} tabIndex={-1}>
        Course overview
      </h2>
      {events === undefined || observations === undefined ? (
        <p className="muted">Loading the course…</p>
      ) : (
        <CourseOverviewBody
          caseId={caseId}
          title={header?.title}
          events={events}
          observations={observations}
          sectionRef={sectionRef}
        />
      )}
    </section>
  );
}

interface BodyProps {
  caseId: string;
  title: string | undefined;
  events: TimelineEvent[];
  observations: Observation[];
  /** The whole overview, heading included: what must fit the window. */
  sectionRef: RefObject<HTMLElement | null>;
}

function CourseOverviewBody({ caseId, title, events, observations, sectionRef }: BodyProps) {
  const settings = useCaseCourseSettings(caseId);
  const zoom = useCourseStore((s) => s.zoom[caseId]);
  const setZoom = useCourseStore((s) => s.setZoom);
  const setScale = useCourseStore((s) => s.setScale);
  const setAnalytes = useCourseStore((s) => s.setAnalytes);
  const [measureRef, width] = useWidth<HTMLDivElement>();
  const stackRef = useRef<HTMLDivElement>(null);
  const view = useCourseView(events, observations, settings, zoom, width);
  const panelHeight = usePanelHeight(sectionRef);
  const eventsById = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  const shownKeys = useMemo(() => view.shown.map((p) => p.key), [view.shown]);
  const brushTimes = useMemo(
    () => [
      ...view.lanes.flatMap((l) => l.marks.map((m) => m.from)),
      ...view.shown.flatMap((p) => [...p.points.map((q) => q.time), ...p.texts.map((q) => q.time)]),
    ],
    [view.lanes, view.shown],
  );

  const onZoom = useCallback((next: TimeSpan | undefined) => setZoom(caseId, next), [caseId, setZoom]);
  const onScaleChange = useCallback(
    (panelKey: string, scale: ValueScaleKind) => setScale(caseId, panelKey, scale),
    [caseId, setScale],
  );
  const onHide = useCallback(
    (panelKey: string) => {
      const current = useCourseStore.getState().cases[caseId]?.analytes ?? defaultPanelSelection(view.panels);
      setAnalytes(
        caseId,
        current.filter((k) => k !== panelKey),
      );
    },
    [caseId, setAnalytes, view.panels],
  );
  const onExport = useCallback(
    (target: 'overview' | string, format: 'png' | 'svg') => {
      const stack = stackRef.current;
      const root =
        target === 'overview'
          ? stack
          : stack?.querySelector<HTMLElement>(`figure[data-panel-key="${CSS.escape(target)}"]`);
      if (!root) return;
      const panel = view.panels.find((p) => p.key === target);
      const baseName = panel
        ? `${fileNamePart(caseId)}-${fileNamePart(panel.analyte)}`
        : `${fileNamePart(caseId)}-course`;
      const notify = useUiStore.getState().notify;
      savePicture(root, { format, baseName, ...(title && target === 'overview' ? { title } : {}) })
        .then((result) => {
          if (result.status === 'saved') notify({ tone: 'info', text: `Saved ${result.fileName}.` });
          else if (result.status === 'failed') notify({ tone: 'error', text: result.message });
        })
        .catch((error: unknown) =>
          notify({
            tone: 'error',
            text: `The picture could not be made: ${error instanceof Error ? error.message : String(error)}`,
          }),
        );
    },
    [caseId, title, view.panels],
  );
  const onPanelExport = useCallback(
    (panelKey: string, format: 'png' | 'svg') => onExport(panelKey, format),
    [onExport],
  );

  const { axis, scale, fullAxis } = view;
  return (
    <div className="course-body" ref={measureRef}>
      <CourseToolbar
        caseId={caseId}
        panels={view.panels}
        shownKeys={shownKeys}
        settings={settings}
        zoom={zoom}
        course={fullAxis ? { from: fullAxis.from, to: fullAxis.to } : undefined}
        onExport={(format) => onExport('overview', format)}
      />
      {width === 0 ? null : !axis || !scale || !fullAxis ? (
        <p className="empty">Nothing dated to draw yet: add timeline events or observations.</p>
      ) : (
        <>
          <div className="course-stack" ref={stackRef}>
            <CrosshairTracker scale={scale} axisFrom={axis.from} axisTo={axis.to} width={width}>
              <TreatmentLanes lanes={view.lanes} axis={axis} scale={scale} ticks={view.ticks} width={width} />
              <Suspense
                fallback={view.shown.map((panel) => (
                  <div key={panel.key} className="analyte-panel-loading" style={{ height: panelHeight }} />
                ))}
              >
                {view.shown.map((panel) => (
                  <AnalytePanel
                    key={panel.key}
                    panel={panel}
                    axis={axis}
                    ticks={view.ticks}
                    width={width}
                    height={panelHeight}
                    scaleKind={settings.scales[panel.key] ?? 'linear'}
                    onScaleChange={onScaleChange}
                    onHide={onHide}
                    onExport={onPanelExport}
                  />
                ))}
              </Suspense>
            </CrosshairTracker>
          </div>
          {view.shown.length === 0 ? (
            <p className="empty small">No analyte chosen: pick some under “Analytes”.</p>
          ) : null}
          <TimeBrush axis={fullAxis} times={brushTimes} zoom={zoom} width={width} onZoom={onZoom} />
        </>
      )}
      <CourseTooltip panels={view.panels} lanes={view.lanes} eventsById={eventsById} />
    </div>
  );
}

/** Sets the hovered time for the crosshair, which runs through every lane and panel at one date. */
function CrosshairTracker({
  scale,
  axisFrom,
  axisTo,
  width,
  children,
}: {
  scale: PixelScale;
  axisFrom: number;
  axisTo: number;
  width: number;
  children: ReactNode;
}) {
  const hoverTime = useCourseHover((s) => s.hoverTime);
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    hoverTime(x >= GUTTER && x <= GUTTER + plotWidth(width) ? scale.time(x) : undefined);
  };
  const onPointerLeave = () => {
    hoverTime(undefined);
    useCourseHover.getState().hoverTarget(undefined);
  };
  return (
    <div className="course-tracker" onPointerMove={onPointerMove} onPointerLeave={onPointerLeave}>
      {children}
      <Crosshair scale={scale} from={axisFrom} to={axisTo} />
    </div>
  );
}

function Crosshair({ scale, from, to }: { scale: PixelScale; from: number; to: number }) {
  const time = useCourseHover((s) => s.time);
  if (time === undefined || time < from || time > to) return null;
  return <div className="course-crosshair" style={{ left: Math.round(scale.x(time)) }} aria-hidden="true" />;
}
