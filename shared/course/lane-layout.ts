// Places a lane's marks in pixels: which are in view, where each starts and ends, and which row
// each takes so that no label covers another.
import type { CourseLane, CourseMark, TimeSpan } from './lanes';
import { estimateTextWidth, packRows, shortenLabel } from './packing';

export interface PlacedMark {
  mark: CourseMark;
  /** Where the mark starts and ends (pixels); equal for a dose or a point. */
  x0: number;
  x1: number;
  /** Where its label starts (kept inside the plot when the mark starts before it). */
  labelX: number;
  /** What is drawn: cut to fit when long (see {@link fullLabel}). */
  label: string;
  /** The whole label, shown on hover and focus where `label` is cut; empty where `label` is. */
  fullLabel: string;
  row: number;
}

export interface LaneLayout {
  marks: PlacedMark[];
  rows: number;
  /** Too many marks to label within `maxRows`: drawn unlabelled, overlapping, some hidden behind others. */
  dense: boolean;
}

export interface LaneLayoutOptions {
  x(time: number): number;
  /** Period in view. */
  view: TimeSpan;
  /** Left and right edges of the plot, in pixels: labels are kept inside. */
  plotLeft: number;
  plotRight: number;
  /** How far an open course (no end reported) is drawn before it has faded out. */
  openPx: number;
  fontSize: number;
  maxLabel?: number;
  /** A lane taller than this many rows is drawn dense instead (default 5). */
  maxRows?: number;
}

/** Half the width of a dose or point marker. */
const MARKER_HALF = 6;

const NUMBER = /\d+(?:\.\d+)?/;

/**
 * One label for a taper: "500 mg daily", "250 mg daily", … → "500→250→120→60 mg daily", when
 * the labels differ only in their first number. Undefined when they differ otherwise.
 */
export function taperLabel(labels: readonly string[]): string | undefined {
  if (labels.length < 2) return undefined;
  const parts = labels.map((label) => {
    const found = NUMBER.exec(label);
    return found
      ? { before: label.slice(0, found.index), amount: found[0], after: label.slice(found.index + found[0].length) }
      : undefined;
  });
  const first = parts[0];
  if (!first || parts.some((p) => !p || p.before !== first.before || p.after !== first.after)) return undefined;
  return `${first.before}${parts.map((p) => p!.amount).join('→')}${first.after}`;
}

/** Bars that follow one another without a gap (a taper's steps, within a minute). */
const TOUCHING_MS = 60_000;

export function layoutLane(lane: CourseLane, options: LaneLayoutOptions): LaneLayout {
  const { x, view, plotLeft, plotRight, openPx, fontSize, maxLabel = 30, maxRows = 5 } = options;
  const visible = lane.marks.filter((mark) => mark.to >= view.from && mark.from <= view.to);

  // Steps of a taper are one unit: one row, one label, so the lane does not become a staircase.
  const units: CourseMark[][] = [];
  for (const mark of visible) {
    const run = units[units.length - 1];
    const last = run?.[run.length - 1];
    const joins =
      run !== undefined &&
      last !== undefined &&
      mark.shape === 'bar' &&
      last.shape === 'bar' &&
      mark.from >= last.to &&
      mark.from - last.to <= TOUCHING_MS &&
      taperLabel([...run.map((m) => m.label), mark.label]) !== undefined;
    if (joins) run.push(mark);
    else units.push([mark]);
  }

  const placed: Omit<PlacedMark, 'row'>[] = [];
  const unitOf: number[] = [];
  const footprints: { x0: number; x1: number }[] = [];
  units.forEach((unit, u) => {
    const text = unit.length > 1 ? taperLabel(unit.map((m) => m.label))! : unit[0]!.label;
    const label = shortenLabel(text, maxLabel);
    const labelWidth = label === '' ? 0 : estimateTextWidth(label, fontSize);
    let footprint: { x0: number; x1: number } | undefined;
    unit.forEach((mark, k) => {
      const x0 = x(mark.from);
      let x1 = x0;
      if (mark.shape === 'bar' || mark.shape === 'span') x1 = Math.max(x0 + 2, x(mark.to));
      else if (mark.shape === 'open') x1 = x0 + openPx;
      const point = mark.shape === 'dose' || mark.shape === 'point';
      // From the mark's start, moved left if it would run off the right edge, but never off the left.
      const labelX = Math.max(plotLeft, Math.min(point ? x0 - 3 : x0, plotRight - labelWidth));
      const own = k === 0 ? label : '';
      placed.push({ mark, x0, x1, labelX, label: own, fullLabel: k === 0 ? text : '' });
      unitOf.push(u);
      const from = Math.min(point ? x0 - MARKER_HALF : x0, own === '' ? x0 : labelX);
      const to = Math.max(point ? x0 + MARKER_HALF : x1, own === '' ? x1 : labelX + labelWidth);
      footprint = footprint
        ? { x0: Math.min(footprint.x0, from), x1: Math.max(footprint.x1, to) }
        : { x0: from, x1: to };
    });
    footprints.push(footprint!);
  });
  const unitRows = packRows(footprints);
  const rowCount = Math.max(1, ...unitRows.map((r) => r + 1));
  if (rowCount <= maxRows) {
    return { marks: placed.map((p, i) => ({ ...p, row: unitRows[unitOf[i]!]! })), rows: rowCount, dense: false };
  }
  return denseLayout(placed, maxRows);
}

/**
 * Hundreds of courses in one lane (years of follow-up at once) cannot all be labelled: the
 * marks are drawn without labels, overlapping, in at most `maxRows` rows, and a mark that would
 * fall on the very pixels of one already drawn is left out. Zooming in brings the labels back;
 * the tooltip names every mark drawn.
 */
function denseLayout(placed: Omit<PlacedMark, 'row'>[], maxRows: number): LaneLayout {
  const rows = packRows(
    placed.map((p) => ({ x0: p.x0 - 2, x1: Math.max(p.x1, p.x0) + 2 })),
    0,
  ).map((row) => Math.min(row, maxRows - 1));
  const seen = new Set<string>();
  const marks: PlacedMark[] = [];
  placed.forEach((p, i) => {
    const key = `${rows[i]}:${Math.round(p.x0)}:${Math.round(p.x1)}`;
    if (seen.has(key)) return;
    seen.add(key);
    marks.push({ ...p, label: '', fullLabel: '', row: rows[i]! });
  });
  return { marks, rows: Math.max(1, ...marks.map((m) => m.row + 1)), dense: true };
}
