// The swimlanes above the trend panels: one lane per drug or class (a bar per course, a diamond
// per single dose, the dose in the label), then symptoms and outcomes, then the other events.
import { memo, useId, useMemo, useState, type FocusEvent, type PointerEvent } from 'react';
import { create } from 'zustand';
import { layoutLane, type LaneLayout } from '../../../shared/course/lane-layout';
import type { CourseLane, CourseMark } from '../../../shared/course/lanes';
import { estimateTextWidth, fitLabel } from '../../../shared/course/packing';
import { formatGap, type AxisTick, type PixelScale, type TimeAxis } from '../../../shared/course/time-axis';
import { formatPartialDate } from '../../../shared/dates/partial-date';
import { useCourseHover } from './course-store';
import {
  GUTTER,
  LABEL_FONT_SIZE,
  LANE_PADDING,
  LANE_ROW_HEIGHT,
  OPEN_COURSE_PX,
  plotWidth,
  tickLabelX,
} from './layout';

/** Colour-blind-safe hues (Okabe–Ito, without yellow, which fades on white). */
const TREATMENT_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#7a5195', '#4d4d4d'];
const KIND_COLOURS: Record<string, string> = {
  symptom: '#b91c1c',
  outcome: '#15803d',
  admission: '#b45309',
  procedure: '#475569',
  diagnosis: '#7e22ce',
  vaccination: '#6d28d9',
  other: '#6b7280',
};

const HEADER_HEIGHT = 20;
// Within a row: the label on top, the mark under it (a bar's top and height, a dose's or a
// point's centre), in the few pixels a row has so that the lanes and panels fit one screen.
const LABEL_BASELINE = 9;
const BAR_TOP = 12;
const BAR_HEIGHT = 6;
const MARK_MIDDLE = 15;
/** Lane titles end here, right-aligned against the plot. */
const TITLE_RIGHT = GUTTER - 10;
const TITLE_LEFT = 6;
const TITLE_FONT_SIZE = 12;
/** Titles are bold: a tenth wider than the estimate for the regular face. */
const BOLD_WIDTH = 1.1;

/** A box in the lanes' picture: where a focused mark or title gets its ring. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
/** The ring stands this far outside what it rings, clear of the mark's own edge. */
const RING_GAP = 3;

/** A mark, or a lane's title when there is no mark. */
interface Focused {
  laneKey: string;
  markId?: string;
}
/**
 * What holds the keyboard's focus in the lanes. Kept out of the lanes' own state so that a Tab
 * redraws the ring only, not every mark of a long case.
 */
const useLaneFocus = create<{ focused: Focused | undefined }>()(() => ({ focused: undefined }));

interface PlacedLane {
  lane: CourseLane;
  layout: LaneLayout;
  top: number;
  height: number;
  colour: string;
}

function describeMark(lane: CourseLane, mark: CourseMark): string {
  const period = mark.end
    ? `${formatPartialDate(mark.start)} to ${formatPartialDate(mark.end)}`
    : mark.shape === 'open'
      ? `from ${formatPartialDate(mark.start)}, end not reported`
      : formatPartialDate(mark.start);
  const what = lane.group === 'treatment' ? `${mark.drug ?? lane.title} ${mark.label}`.trim() : mark.titles.join(', ');
  return `${what}, ${period}`;
}

/** Each lane's marks in rows, and where the lane sits: one below the other under the date header. */
function placeLanes(lanes: CourseLane[], axis: TimeAxis, scale: PixelScale, plot: number): PlacedLane[] {
  const placed: PlacedLane[] = [];
  let top = HEADER_HEIGHT;
  let treatmentIndex = 0;
  for (const lane of lanes) {
    const layout = layoutLane(lane, {
      x: scale.x,
      view: { from: axis.from, to: axis.to },
      plotLeft: GUTTER,
      plotRight: GUTTER + plot,
      openPx: OPEN_COURSE_PX,
      fontSize: LABEL_FONT_SIZE,
    });
    const height = layout.rows * LANE_ROW_HEIGHT + 2 * LANE_PADDING;
    const colour =
      lane.group === 'treatment' ? TREATMENT_COLOURS[treatmentIndex++ % TREATMENT_COLOURS.length]! : '#6b7280';
    placed.push({ lane, layout, top, height, colour });
    top += height;
  }
  return placed;
}

export interface TreatmentLanesProps {
  lanes: CourseLane[];
  axis: TimeAxis;
  scale: PixelScale;
  ticks: AxisTick[];
  width: number;
}

function TreatmentLanesView({ lanes, axis, scale, ticks, width }: TreatmentLanesProps) {
  const uid = useId().replace(/:/g, '');
  const plot = plotWidth(width);
  const placed = useMemo(() => placeLanes(lanes, axis, scale, plot), [lanes, axis, scale, plot]);
  const height = (placed.at(-1)?.top ?? HEADER_HEIGHT) + (placed.at(-1)?.height ?? 0) + 1;
  const hover = useCourseHover((s) => s.hoverTarget);
  const [titleShown, setTitleShown] = useState<string>();
  const ringOn = (laneKey: string, markId?: string) => (e: FocusEvent<SVGElement>) => {
    // Keyboard focus only (focus-visible): a click shows the mark's tooltip and no ring.
    if (e.currentTarget.matches(':focus-visible')) {
      useLaneFocus.setState({ focused: markId === undefined ? { laneKey } : { laneKey, markId } });
    }
  };
  const ringOff = () => useLaneFocus.setState({ focused: undefined });

  const show = (laneKey: string, markId: string) => (e: PointerEvent<SVGGElement> | FocusEvent<SVGGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const anchor = 'clientX' in e ? { x: e.clientX, y: e.clientY } : { x: box.right, y: box.bottom };
    hover({ kind: 'mark', laneKey, markId }, anchor);
  };
  const hide = () => hover(undefined);

  return (
    <svg
      className="course-lanes"
      width={width}
      height={height}
      role="group"
      aria-label="Treatments, symptoms and events over time"
      data-domain-start={new Date(axis.from).toISOString()}
      data-domain-end={new Date(axis.to).toISOString()}
    >
      <defs>
        <clipPath id={`${uid}-plot`}>
          <rect x={GUTTER} y={0} width={plot} height={height} />
        </clipPath>
        {placed.map((p, i) => (
          <linearGradient key={p.lane.key} id={`${uid}-fade-${i}`} x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" stopColor={p.colour} stopOpacity={0.85} />
            <stop offset="1" stopColor={p.colour} stopOpacity={0} />
          </linearGradient>
        ))}
      </defs>
      {placed.map((p, i) => (
        <rect
          key={p.lane.key}
          className={i % 2 === 0 ? 'lane-bg lane-bg-even' : 'lane-bg lane-bg-odd'}
          x={0}
          y={p.top}
          width={width}
          height={p.height}
        />
      ))}
      <g clipPath={`url(#${uid}-plot)`}>
        {axis.segments
          .filter((s) => s.compressed)
          .map((s) => {
            const x0 = scale.x(s.from);
            const x1 = scale.x(s.to);
            return (
              <g key={s.start} className="axis-break-group">
                <rect className="axis-break" x={x0} y={0} width={x1 - x0} height={height} />
                <text className="axis-break-label" x={(x0 + x1) / 2} y={height - 4} textAnchor="middle">
                  {formatGap(s.to - s.from)}
                </text>
              </g>
            );
          })}
        {ticks.map((t) => (
          <line
            key={t.at}
            className="lane-grid"
            x1={scale.x(t.time)}
            x2={scale.x(t.time)}
            y1={HEADER_HEIGHT - 4}
            y2={height}
          />
        ))}
      </g>
      {ticks
        .filter((t) => t.label !== '')
        .map((t) => (
          <text
            key={t.at}
            className="lane-tick"
            x={tickLabelX(scale.x(t.time), t.label, width)}
            y={14}
            textAnchor="middle"
            data-tick-time={new Date(t.time).toISOString()}
          >
            {t.label}
          </text>
        ))}
      {placed.map((p, i) => (
        <g
          key={p.lane.key}
          className={`course-lane lane-${p.lane.group}`}
          data-lane={p.lane.title}
          data-lane-key={p.lane.key}
          data-dense={p.layout.dense ? 'true' : undefined}
          transform={`translate(0,${p.top})`}
        >
          <LaneTitle
            title={p.lane.title}
            y={p.height / 2 + 4}
            onShow={() => setTitleShown(p.lane.key)}
            onHide={() => setTitleShown((shown) => (shown === p.lane.key ? undefined : shown))}
            onRing={ringOn(p.lane.key)}
            onRingOff={ringOff}
          />
          <g clipPath={`url(#${uid}-plot)`}>
            {p.layout.marks.map((m) => (
              <LaneMark
                key={m.mark.id}
                placedMark={m}
                colour={p.lane.group === 'treatment' ? p.colour : (KIND_COLOURS[m.mark.kind] ?? '#6b7280')}
                fade={`url(#${uid}-fade-${i})`}
                description={describeMark(p.lane, m.mark)}
                onShow={show(p.lane.key, m.mark.id)}
                onHide={hide}
                onRing={ringOn(p.lane.key, m.mark.id)}
                onRingOff={ringOff}
              />
            ))}
          </g>
        </g>
      ))}
      <WholeLabels placed={placed} width={width} titleShown={titleShown} />
      <FocusRing placed={placed} plot={plot} width={width} height={height} />
    </svg>
  );
}

/** Where a whole label is drawn: from its x, kept inside the picture (as WholeLabels draws it). */
function wholeLabelLeft(x: number, textWidth: number, width: number): number {
  return Math.max(TITLE_LEFT, Math.min(x, width - 4 - textWidth));
}

/**
 * What a focused mark shows, in the lanes' picture: its shape and its label, or the whole label
 * on its white ground when the label is cut; inside the plot, as the mark is clipped there.
 */
function markBox(lane: PlacedLane, placedMark: LaneLayout['marks'][number], plot: number, width: number): Box {
  const { mark, x0, x1, row, label, labelX, fullLabel } = placedMark;
  const top = lane.top + LANE_PADDING + row * LANE_ROW_HEIGHT;
  const middle = top + MARK_MIDDLE;
  const shape: Box =
    mark.shape === 'bar' || mark.shape === 'open'
      ? { left: x0, right: x1, top: top + BAR_TOP, bottom: top + BAR_TOP + BAR_HEIGHT }
      : mark.shape === 'span'
        ? { left: x0, right: x1, top: middle - 2, bottom: middle + 2 }
        : mark.shape === 'dose'
          ? { left: x0 - 5, right: x0 + 5, top: middle - 5, bottom: middle + 5 }
          : { left: x0 - 4, right: x0 + 4, top: middle - 4, bottom: middle + 4 };
  const inPlot = (b: Box): Box => ({
    ...b,
    left: Math.max(GUTTER, b.left),
    right: Math.min(GUTTER + plot, Math.max(GUTTER, b.right)),
  });
  const baseline = top + LABEL_BASELINE;
  let box = inPlot(shape);
  if (fullLabel !== label) {
    const textWidth = estimateTextWidth(fullLabel, LABEL_FONT_SIZE);
    const left = wholeLabelLeft(labelX, textWidth, width) - 3;
    box = union(box, { left, right: left + textWidth + 6, top: baseline - LABEL_FONT_SIZE, bottom: baseline + 5 });
  } else if (label !== '') {
    const text = {
      left: labelX,
      right: labelX + estimateTextWidth(label, LABEL_FONT_SIZE),
      top: baseline - 9,
      bottom: baseline + 2,
    };
    box = union(box, inPlot(text));
  }
  return box;
}

function ringBox(placed: PlacedLane[], focused: Focused, plot: number, width: number): Box | undefined {
  const lane = placed.find((p) => p.lane.key === focused.laneKey);
  if (!lane) return undefined;
  if (focused.markId === undefined) return titleBox(lane);
  const mark = lane.layout.marks.find((m) => m.mark.id === focused.markId);
  return mark ? markBox(lane, mark, plot, width) : undefined;
}

/** A cut lane title, right-aligned in the gutter: its whole text is drawn from its left edge. */
function titleBox(lane: PlacedLane): Box {
  const baseline = lane.top + lane.height / 2 + 4;
  const textWidth = estimateTextWidth(lane.lane.title, TITLE_FONT_SIZE) * BOLD_WIDTH;
  const left = TITLE_RIGHT - textWidth - 3;
  return { left, right: left + textWidth + 6, top: baseline - TITLE_FONT_SIZE, bottom: baseline + 5 };
}

function union(a: Box, b: Box): Box {
  return {
    left: Math.min(a.left, b.left),
    right: Math.max(a.right, b.right),
    top: Math.min(a.top, b.top),
    bottom: Math.max(a.bottom, b.bottom),
  };
}

/**
 * The keyboard's focus on a mark or a lane title: a 2 px ring round what it shows, on a white
 * band each side, drawn over everything, so it reads on any mark's colour and on any open-ended
 * or faint mark (the fading bar of a course with no end, a symptom's pale span).
 */
function FocusRing({
  placed,
  plot,
  width,
  height,
}: {
  placed: PlacedLane[];
  plot: number;
  width: number;
  height: number;
}) {
  // Placed from the layout at each render, so the ring follows its mark through a zoom.
  const focused = useLaneFocus((s) => s.focused);
  const box = focused ? ringBox(placed, focused, plot, width) : undefined;
  if (!box) return null;
  // Whole pixels, and inside the picture, so each side is a crisp 2 px line.
  const left = Math.max(2, Math.round(box.left - RING_GAP));
  const top = Math.max(2, Math.round(box.top - RING_GAP));
  const right = Math.min(width - 2, Math.round(box.right + RING_GAP));
  const bottom = Math.min(height - 2, Math.round(box.bottom + RING_GAP));
  const rect = { x: left, y: top, width: Math.max(1, right - left), height: Math.max(1, bottom - top), rx: 3 };
  return (
    <g className="mark-focus" aria-hidden="true" pointerEvents="none" data-focus-ring="true">
      <rect className="focus-ring-halo" {...rect} />
      <rect className="focus-ring" {...rect} />
    </g>
  );
}

/** A lane's title in the gutter, cut to fit it; a cut title can take the focus, to be read whole. */
function LaneTitle({
  title,
  y,
  onShow,
  onHide,
  onRing,
  onRingOff,
}: {
  title: string;
  y: number;
  onShow(): void;
  onHide(): void;
  onRing(e: FocusEvent<SVGElement>): void;
  onRingOff(): void;
}) {
  const shown = fitLabel(title, (TITLE_RIGHT - TITLE_LEFT) / BOLD_WIDTH, TITLE_FONT_SIZE);
  const cut = shown !== title;
  return (
    <text
      className="lane-title"
      x={TITLE_RIGHT}
      y={y}
      textAnchor="end"
      data-full-text={cut ? title : undefined}
      {...(cut
        ? {
            tabIndex: 0,
            role: 'img',
            'aria-label': title,
            onPointerEnter: onShow,
            onPointerLeave: onHide,
            onFocus: (e: FocusEvent<SVGElement>) => {
              onShow();
              onRing(e);
            },
            onBlur: () => {
              onHide();
              onRingOff();
            },
          }
        : {})}
    >
      {shown}
    </text>
  );
}

/**
 * The whole text of a cut label (a mark's or a lane title) while it is hovered or focused, drawn
 * last, over everything, on a white ground and kept inside the picture, so "No injection-related
 * or other…" can be read without the tooltip.
 */
function WholeLabels({
  placed,
  width,
  titleShown,
}: {
  placed: PlacedLane[];
  width: number;
  titleShown: string | undefined;
}) {
  const target = useCourseHover((s) => (s.target?.kind === 'mark' ? s.target : undefined));
  const labels: { key: string; text: string; x: number; y: number; bold: boolean }[] = [];
  const title = placed.find((p) => p.lane.key === titleShown);
  if (title) {
    const textWidth = estimateTextWidth(title.lane.title, TITLE_FONT_SIZE) * BOLD_WIDTH;
    labels.push({
      key: 'title',
      text: title.lane.title,
      x: TITLE_RIGHT - textWidth,
      y: title.top + title.height / 2 + 4,
      bold: true,
    });
  }
  const lane = target ? placed.find((p) => p.lane.key === target.laneKey) : undefined;
  const mark = lane?.layout.marks.find((m) => m.mark.id === target?.markId);
  if (lane && mark && mark.fullLabel !== mark.label) {
    labels.push({
      key: 'mark',
      text: mark.fullLabel,
      x: mark.labelX,
      y: lane.top + LANE_PADDING + mark.row * LANE_ROW_HEIGHT + LABEL_BASELINE,
      bold: false,
    });
  }
  return labels.map((label) => {
    const fontSize = label.bold ? TITLE_FONT_SIZE : LABEL_FONT_SIZE;
    const textWidth = estimateTextWidth(label.text, fontSize) * (label.bold ? BOLD_WIDTH : 1);
    const x = wholeLabelLeft(label.x, textWidth, width);
    return (
      <g key={label.key} className="whole-label" aria-hidden="true" pointerEvents="none">
        <rect x={x - 3} y={label.y - fontSize} width={textWidth + 6} height={fontSize + 5} rx={3} />
        <text className={label.bold ? 'lane-title' : 'mark-label'} x={x} y={label.y} data-whole-label={label.text}>
          {label.text}
        </text>
      </g>
    );
  });
}

interface LaneMarkProps {
  placedMark: LaneLayout['marks'][number];
  colour: string;
  fade: string;
  description: string;
  onShow(e: PointerEvent<SVGGElement> | FocusEvent<SVGGElement>): void;
  onHide(): void;
  onRing(e: FocusEvent<SVGElement>): void;
  onRingOff(): void;
}

function LaneMark({ placedMark, colour, fade, description, onShow, onHide, onRing, onRingOff }: LaneMarkProps) {
  const { mark, x0, x1, labelX, label, row } = placedMark;
  const top = LANE_PADDING + row * LANE_ROW_HEIGHT;
  const middle = top + MARK_MIDDLE;
  let shape;
  switch (mark.shape) {
    case 'bar':
      shape = (
        <rect
          className={`course-bar${mark.approximate ? ' approximate' : ''}`}
          x={x0}
          y={top + BAR_TOP}
          width={x1 - x0}
          height={BAR_HEIGHT}
          rx={1.5}
          fill={colour}
          stroke={colour}
        />
      );
      break;
    case 'open':
      shape = <rect className="course-open" x={x0} y={top + BAR_TOP} width={x1 - x0} height={BAR_HEIGHT} fill={fade} />;
      break;
    case 'span':
      shape = (
        <rect
          className={`course-span${mark.approximate ? ' approximate' : ''}`}
          x={x0}
          y={middle - 2}
          width={x1 - x0}
          height={4}
          rx={2}
          fill={colour}
        />
      );
      break;
    case 'dose':
      shape = (
        <path
          className="course-dose"
          d={`M${x0},${middle - 5} L${x0 + 5},${middle} L${x0},${middle + 5} L${x0 - 5},${middle} Z`}
          fill={colour}
        />
      );
      break;
    case 'point':
      shape =
        mark.kind === 'outcome' ? (
          <rect className="course-point" x={x0 - 4} y={middle - 4} width={8} height={8} fill={colour} />
        ) : (
          <circle className="course-point" cx={x0} cy={middle} r={4} fill={colour} />
        );
      break;
  }
  return (
    <g
      className={`course-mark course-mark-${mark.shape}${mark.approximate ? ' approximate' : ''}`}
      data-mark={mark.shape}
      data-kind={mark.kind}
      data-event-ids={mark.eventIds.join(' ')}
      data-date={mark.start.date}
      data-end={mark.end?.date}
      data-label={mark.label}
      data-x={x0.toFixed(1)}
      tabIndex={0}
      // A picture of one treatment or event, named in words (a g with a name needs a role).
      role="img"
      aria-label={description}
      onPointerEnter={onShow}
      onPointerLeave={onHide}
      onFocus={(e) => {
        onShow(e);
        onRing(e);
      }}
      onBlur={() => {
        onHide();
        onRingOff();
      }}
    >
      {shape}
      {label === '' ? null : (
        <text className="mark-label" x={labelX} y={top + LABEL_BASELINE}>
          {label}
        </text>
      )}
    </g>
  );
}

export const TreatmentLanes = memo(TreatmentLanesView);
